import type { Types } from 'mongoose';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { DomainError } from '../shared/domain-error.js';
import { accountTokenRefused, loadTokenHolder } from './account-token-check.js';
import { spendAccountToken } from './account-tokens.repository.js';
import { requireCurrentRegulation } from './current-regulation.js';
import type { PasswordHasher } from './password-hasher.js';
import { assertPasswordAcceptable, passwordOwner } from './password-policy.js';

export interface ActivationInput {
  token: string;
  password: string;
  acceptRegulation: boolean;
  /** The edition the person was shown; when given and no longer current, they must read the new one first. */
  regulationVersionId?: string;
}

/**
 * Activation by the one-time link (§2.1, §2.3): the person accepts the current regulation and sets a password
 * nobody at the SRO sees, which also confirms the e-mail. The link works once, even under concurrent submissions.
 */
export async function activateAccount(
  input: ActivationInput,
  hasher: PasswordHasher,
  now = new Date(),
): Promise<{ representativeId: Types.ObjectId; memberId: Types.ObjectId; inn: string; email: string }> {
  const holder = await loadTokenHolder(input.token, 'activation', now);
  const regulation = await requireCurrentRegulation(now);
  if (input.regulationVersionId && input.regulationVersionId !== String(regulation._id)) {
    throw new DomainError(
      'invalid',
      `Регламент обновлён: действует редакция ${regulation.version}. Ознакомьтесь с ней и подтвердите согласие ещё раз.`,
      { field: 'acceptRegulation', regulationVersionId: String(regulation._id) },
    );
  }
  if (!input.acceptRegulation) {
    throw new DomainError('invalid', 'Подтвердите, что вы ознакомлены и согласны с Регламентом.', {
      field: 'acceptRegulation',
    });
  }
  assertPasswordAcceptable(input.password, passwordOwner(holder));
  const passwordHash = await hasher.hash(input.password);
  if (!(await spendAccountToken(holder.tokenHash, now)))
    throw accountTokenRefused('activation', 'token_used');
  const { representative } = holder;
  await RepresentativeModel.updateOne(
    { _id: representative._id },
    {
      $set: {
        status: 'active',
        emailConfirmedAt: now,
        passwordHash,
        passwordChangedAt: now,
        acceptedRegulation: { versionId: regulation._id, version: regulation.version, acceptedAt: now },
      },
    },
  );
  return {
    representativeId: representative._id,
    memberId: representative.memberId,
    inn: holder.member.inn,
    email: representative.email,
  };
}
