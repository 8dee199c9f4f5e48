import type { RaRecord } from 'react-admin';

export const REPRESENTATIVE_STATUSES = ['pending', 'active', 'suspended'] as const;
export type RepresentativeStatus = (typeof REPRESENTATIVE_STATUSES)[number];

/** A representative as the staff API answers it (StaffRepresentative in /api/openapi.json). */
export interface StaffRepresentative extends RaRecord {
  memberId: string;
  /** In lists only: the member the representative speaks for. */
  member?: { id: string; shortName: string; inn: string } | null;
  fullName: string;
  email: string;
  phone: string | null;
  status: RepresentativeStatus;
  emailConfirmedAt: string | null;
  authorityExpiresAt: string | null;
  suspendedAt: string | null;
  suspendReason: string | null;
  acceptedRegulation: { version: string; acceptedAt: string } | null;
  /** How many Telegram accounts are linked. */
  telegramLinks: number;
  createdAt: string;
}

/** POST /staff/representatives/:id/telegram-link-token. */
export interface LinkToken {
  token: string;
  deepLink: string;
  qrSvg: string;
  expiresAt: string;
}
