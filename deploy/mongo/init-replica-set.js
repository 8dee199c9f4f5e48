/* global rs, db, print, sleep */
// Run by the mongo-init service with mongosh on mongo1's loopback. Safe to run again: it does what is missing.
// mongosh runs the script as CommonJS
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('fs');

const REPLICA_SET = {
  _id: 'rs0',
  members: [
    { _id: 0, host: 'mongo1:27017', priority: 2 },
    { _id: 1, host: 'mongo2:27017', priority: 1 },
    { _id: 2, host: 'mongo3:27017', priority: 1 },
  ],
};

const secret = (name) => fs.readFileSync(`/run/secrets/${name}`, 'utf8').replace(/\r?\n$/, '');

// The application's user and password are the ones in its connection string, so that they are written once.
const uri = secret('mongodb_uri');
const credentials = /^mongodb(?:\+srv)?:\/\/([^:@/]+):([^@/]+)@/.exec(uri);
if (!credentials)
  throw new Error('deploy/secrets/mongodb_uri must hold mongodb://<user>:<password>@mongo1,…');
const appUser = decodeURIComponent(credentials[1]);
const appPassword = decodeURIComponent(credentials[2]);

// hello needs no authentication; before rs.initiate a member started with --replSet names no set
if (!db.hello().setName) {
  rs.initiate(REPLICA_SET);
  print('replica set rs0 initiated');
}

for (let waited = 0; !db.hello().isWritablePrimary; waited += 1) {
  if (waited > 120) throw new Error('mongo1 did not become the primary within 2 minutes');
  sleep(1000);
}

const admin = db.getSiblingDB('admin');
const rootPassword = secret('mongo_root_password');
const signIn = () => {
  try {
    admin.auth('root', rootPassword);
    return true;
  } catch {
    return false;
  }
};
// the first user may be created without signing in, through the loopback only (MongoDB's localhost exception)
if (!signIn()) {
  admin.createUser({ user: 'root', pwd: rootPassword, roles: ['root'] });
  print('user root created');
  if (!signIn()) throw new Error('cannot sign in as root with deploy/secrets/mongo_root_password');
}
if (admin.getUser(appUser) === null) {
  admin.createUser({ user: appUser, pwd: appPassword, roles: [{ role: 'readWrite', db: 'sro' }] });
  print(`user ${appUser} created`);
}
print('replica set and users ready');
