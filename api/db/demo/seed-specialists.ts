import { SpecialistModel } from '../../domain/specialists/specialist.model.js';
import { addDays, atMoscow, latest } from './dates.js';
import type { Random } from './random.js';
import { ENTREPRENEUR_POSITION, SPECIALIST_POSITIONS } from './russian-companies.js';
import { randomPerson } from './russian-names.js';
import type { DemoMember } from './seed-members.js';

/** The national register of specialists opened on 1 July 2017. */
const NRS_OPENED = atMoscow(2017, 7, 1);

/** Specialists in НРС: two to five per organization by its level, one for an ИП; numbers like «С-77-123456». */
export async function seedSpecialists(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<number> {
  const rows = members.flatMap((member) => {
    const count = member.kind === 'individual' ? 1 : random.int(2, 2 + Math.min(member.levels.vv, 3));
    const numbers = new Set<string>();
    while (numbers.size < count) numbers.add(`С-${member.locality.regionCode}-${random.digits(6)}`);
    return [...numbers].map((nrsNumber, i) => {
      // an ИП organizes the construction itself
      const entrepreneur = member.kind === 'individual';
      const person = entrepreneur ? member.head : randomPerson(random, 0.85);
      const includedAt = random.date(
        latest(NRS_OPENED, addDays(member.admissionDate, -720)),
        addDays(now, -30),
      );
      return {
        memberId: member._id,
        fullName: person.fullName,
        nrsNumber,
        position: entrepreneur
          ? ENTREPRENEUR_POSITION
          : i === 0
            ? 'Главный инженер'
            : random.pick(SPECIALIST_POSITIONS),
        includedAt,
        createdAt: latest(includedAt, member.admissionDate),
        updatedAt: latest(includedAt, member.admissionDate),
      };
    });
  });
  await SpecialistModel.insertMany(rows);
  return rows.length;
}
