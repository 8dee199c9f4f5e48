import { text } from 'node:stream/consumers';
import { ConfigError, parseConfig } from './config.js';
import { connectDatabase } from './db/connection.js';
import { createPasswordHasher } from './domain/accounts/password-hasher.js';
import { ensureIndexes } from './domain/models.js';
import { DomainError } from './domain/shared/domain-error.js';
import { createStaffUser } from './domain/staff/create-staff-user.use-case.js';

const USAGE =
  'usage: node dist/api/create-admin.js --email <e-mail> --name "<full name>" < file-with-the-password\n';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/**
 * Opens an administrator's account (the first of a new install, or one more) on the configured MongoDB. The password
 * comes on standard input, so that it stays out of the shell's history and the process list.
 */
async function main(): Promise<number> {
  const email = argument('email');
  const fullName = argument('name');
  if (!email || !fullName) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = parseConfig();
  if (!config.mongodbUri) throw new ConfigError('MONGODB_URI: required to create an account');
  const password = (await text(process.stdin)).replace(/\r?\n$/, '');
  const db = await connectDatabase(config.mongodbUri, 'sro');
  try {
    await ensureIndexes();
    const admin = await createStaffUser(
      { email, fullName, role: 'admin', password },
      createPasswordHasher(),
      { principal: undefined },
    );
    process.stdout.write(`admin ${admin.email} created; sign in at ${config.publicUrl}/admin/\n`);
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof DomainError)) throw error;
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${error.message}\n`);
  process.exitCode = 1;
}
