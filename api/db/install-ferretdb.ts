// Entry point: builds FerretDB into var/tools once, for machines without mongod (used by .ci/run).
import path from 'node:path';
import { createLogger } from '../logger.js';
import { findOnPath, findWorkingFerretDb, installFerretDb } from './ferretdb.js';

const log = createLogger('info');
const toolsDir = path.resolve(process.argv[2] ?? 'var/tools');
const found = (await findOnPath('mongod')) ?? (await findWorkingFerretDb(toolsDir, log));
if (found) log.info(`MongoDB-compatible server already available: ${found}`);
else await installFerretDb(toolsDir, log);
