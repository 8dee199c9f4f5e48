import { Types } from 'mongoose';
import type { PasswordHasher } from '../../../api/domain/accounts/password-hasher.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { calendarDayNumber } from '../../../api/domain/shared/sro-calendar.js';
import {
  createMember,
  createRepresentative,
  createStaff,
  representativeToken,
} from '../../helpers/factories.js';

const DAY_MS = 86_400_000;

/** Noon in Moscow of the SRO calendar day `offset` days from today, so that day counts are exact. */
export function moscowNoon(offset: number): Date {
  return new Date((calendarDayNumber(new Date()) + offset) * DAY_MS + 9 * 3600_000);
}

let letterSequence = 0;

export function letterFor(memberId: Types.ObjectId, overrides: Record<string, unknown> = {}) {
  letterSequence += 1;
  return LetterModel.create({
    memberId,
    direction: 'incoming',
    registrationNumber: `ИСХ-ТЕСТ-${String(letterSequence).padStart(6, '0')}-${new Types.ObjectId().toHexString()}`,
    status: 'sent',
    subject: `Письмо ${letterSequence}`,
    text: 'Текст письма',
    ...overrides,
  });
}

export interface CabinetCast {
  memberA: Awaited<ReturnType<typeof createMember>>;
  memberB: Awaited<ReturnType<typeof createMember>>;
  tokenA: string;
  tokenB: string;
  expert: Awaited<ReturnType<typeof createStaff>>;
}

/** Two members with a representative each and an SRO expert; member A is on КФ ВВ level 1 and КФ ОДО level 1. */
export async function createCast(hasher: PasswordHasher): Promise<CabinetCast> {
  const memberA = await createMember({
    workRight: {
      construction: true,
      reconstruction: true,
      majorRepair: false,
      demolition: true,
      objectKinds: ['ordinary', 'dangerous'],
      status: 'active',
      since: new Date('2020-03-01'),
    },
  });
  const memberB = await createMember({ levels: { vv: 2, odo: 2 } });
  const [representativeA, representativeB, expert] = await Promise.all([
    createRepresentative(hasher, memberA._id),
    createRepresentative(hasher, memberB._id),
    createStaff(hasher, 'expert'),
  ]);
  return {
    memberA,
    memberB,
    tokenA: await representativeToken(representativeA),
    tokenB: await representativeToken(representativeB),
    expert,
  };
}
