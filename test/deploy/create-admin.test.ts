import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { StaffUserModel } from '../../api/domain/staff/staff-user.model.js';
import { testMongoUri } from '../helpers/database.js';

function createAdmin(args: string[], password: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/create-admin.ts', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MONGODB_URI: testMongoUri() },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${password}\n`);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

describe('creating an administrator from the command line', () => {
  it('when an e-mail, a name and a good password are given, then an admin account with that password exists', async () => {
    const email = `admin-${randomUUID().slice(0, 8)}@sro.example`;
    const password = 'Shtukatur-Fasad-Kran-1947';

    const weak = await createAdmin(['--email', email, '--name', 'Иванова Мария Петровна'], '12345');
    const created = await createAdmin(['--email', email, '--name', 'Иванова Мария Петровна'], password);

    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/[а-я]/);
    expect(weak.output).not.toContain('12345');
    expect(created).toEqual({
      code: 0,
      output: `admin ${email} created; sign in at http://localhost:3000/admin/\n`,
    });
    const connection = await mongoose.createConnection(testMongoUri(), { dbName: 'sro' }).asPromise();
    try {
      const staff = await connection
        .model('StaffUser', StaffUserModel.schema)
        .findOne({ email })
        .select('+passwordHash')
        .lean();
      expect(staff).toMatchObject({ role: 'admin', fullName: 'Иванова Мария Петровна' });
      expect(await createPasswordHasher().verify(staff!.passwordHash!, password)).toBe(true);
      await connection.model('StaffUser', StaffUserModel.schema).deleteOne({ email });
    } finally {
      await connection.close();
    }
  }, 60_000);
});
