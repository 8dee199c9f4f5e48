import { Types } from 'mongoose';
import { StaffUserModel, type StaffRole } from '../../domain/staff/staff-user.model.js';
import { addDays } from './dates.js';
import type { DemoPasswordHashes } from './passwords.js';
import { createPerson, type Person } from './russian-names.js';

export interface DemoStaff {
  _id: Types.ObjectId;
  role: StaffRole;
  person: Person;
  email: string;
  password: string;
}

/** The SRO's staff: an administrator and two experts, with the passwords written to credentials.json. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    _id: new Types.ObjectId(),
    role: 'admin',
    person: createPerson('Соколова', 'Елена', 'Викторовна', 'female'),
    email: 'e.sokolova@sro.example',
    password: 'demo-Admin-5831',
  },
  {
    _id: new Types.ObjectId(),
    role: 'expert',
    person: createPerson('Морозов', 'Дмитрий', 'Сергеевич', 'male'),
    email: 'd.morozov@sro.example',
    password: 'demo-Expert-2947',
  },
  {
    _id: new Types.ObjectId(),
    role: 'expert',
    person: createPerson('Лебедева', 'Анна', 'Игоревна', 'female'),
    email: 'a.lebedeva@sro.example',
    password: 'demo-Expert-6158',
  },
];

export const DEMO_EXPERTS = DEMO_STAFF.filter((staff) => staff.role === 'expert');

export async function seedStaff(now: Date, hashes: DemoPasswordHashes): Promise<void> {
  await StaffUserModel.insertMany(
    DEMO_STAFF.map((staff) => ({
      _id: staff._id,
      email: staff.email,
      fullName: staff.person.fullName,
      role: staff.role,
      passwordHash: hashes.of(staff.password),
      lastSignInAt: addDays(now, -1),
      createdAt: addDays(now, -900),
      updatedAt: addDays(now, -1),
    })),
  );
}
