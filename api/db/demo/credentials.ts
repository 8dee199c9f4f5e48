import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StaffRole } from '../../domain/staff/staff-user.model.js';
import type { DemoRepresentative } from './seed-representatives.js';
import type { DemoStaff } from './seed-staff.js';

export interface DemoCredentials {
  generatedAt: string;
  staff: { role: StaffRole; email: string; password: string; fullName: string }[];
  representatives: {
    memberName: string;
    inn: string;
    email: string;
    password: string;
    fullName: string;
    note: string;
  }[];
}

/** Writes `<dataDir>/demo/credentials.json`: the accounts to try the demo with; returns the file's path. */
export async function writeCredentials(
  dataDir: string,
  now: Date,
  staff: readonly DemoStaff[],
  representatives: readonly DemoRepresentative[],
): Promise<string> {
  const credentials: DemoCredentials = {
    generatedAt: now.toISOString(),
    staff: staff.map(({ role, email, password, person }) => ({
      role,
      email,
      password,
      fullName: person.fullName,
    })),
    representatives: representatives.flatMap(({ member, email, person, credential }) =>
      credential
        ? [
            {
              memberName: member.shortName,
              inn: member.inn,
              email,
              password: credential.password,
              fullName: person.fullName,
              note: credential.note,
            },
          ]
        : [],
    ),
  };
  const file = path.join(dataDir, 'demo', 'credentials.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, 'utf8');
  return file;
}
