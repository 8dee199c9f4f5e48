import type { Representative } from '../../domain/representatives/representative.model.js';
import { isoOrNull, representativeView } from '../auth/auth-views.js';

/** A representative as staff see them: the account, its standing and how many Telegram accounts are linked. */
export const staffRepresentativeView = (representative: Representative) => ({
  ...representativeView(representative),
  memberId: String(representative.memberId),
  emailConfirmedAt: isoOrNull(representative.emailConfirmedAt),
  suspendedAt: isoOrNull(representative.suspendedAt),
  suspendReason: representative.suspendReason ?? null,
  telegramLinks: representative.telegram.length,
  createdAt: isoOrNull(representative.createdAt),
});
