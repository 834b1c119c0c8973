// Run by compose's mongodb-init service (mongosh --nodb) at every `up`; safe to run again.
// 1. Initiates the three-member replica set rs0 once (each member already has the root user, made by the
//    image's entrypoint on its first start from the mongodb_root_password secret).
// 2. Waits until the set has a PRIMARY: the applications start only after this service succeeded.
// 3. Creates, or updates the password of, each application's user from the user and password in that
//    application's connection-string secret, with readWrite on the database the string names.
// Prints no secret.
const fs = require('fs');
const secret = (name) => fs.readFileSync('/run/secrets/' + name, 'utf8').trim();
const MEMBERS = ['mongodb-1:27017', 'mongodb-2:27017', 'mongodb-3:27017'];
const root = 'root:' + encodeURIComponent(secret('mongodb_root_password')) + '@';

function retry(what, attempts, action) {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = action();
      if (result) {
        return result;
      }
    } catch (e) {
      if (attempt >= attempts) {
        throw new Error(what + ': ' + e.message);
      }
    }
    if (attempt >= attempts) {
      throw new Error(what + ': gave up after ' + attempts + ' attempts');
    }
    sleep(2000);
  }
}

function member(host) {
  return retry('connecting to ' + host, 60, () => {
    const admin = new Mongo('mongodb://' + root + host + '/admin?authSource=admin&directConnection=true')
      .getDB('admin');
    return admin.runCommand({ ping: 1 }).ok === 1 ? admin : null;
  });
}

const first = member(MEMBERS[0]);
const status = first.runCommand({ replSetGetStatus: 1 });
if (status.ok !== 1) {
  MEMBERS.slice(1).forEach(member); // every member must answer before it can be added
  const initiated = first.runCommand({
    replSetInitiate: { _id: 'rs0', members: MEMBERS.map((host, i) => ({ _id: i, host: host })) },
  });
  if (initiated.ok !== 1) {
    throw new Error('replSetInitiate failed: ' + initiated.codeName + ' ' + initiated.errmsg);
  }
  print('Initiated replica set rs0 with ' + MEMBERS.join(', '));
}

retry('waiting for a PRIMARY', 90, () => {
  const s = first.runCommand({ replSetGetStatus: 1 });
  return s.ok === 1 && s.members.some((m) => m.stateStr === 'PRIMARY');
});
print('Replica set rs0 has a PRIMARY');

const admin = new Mongo('mongodb://' + root + MEMBERS.join(',') + '/admin?replicaSet=rs0&authSource=admin')
  .getDB('admin');
for (const name of ['command_side_mongodb_uri', 'query_side_mongodb_uri']) {
  const parts = secret(name).match(/^mongodb:\/\/([^:@\/]+):([^@\/]+)@[^\/]+\/([^?]+)/);
  if (!parts) {
    throw new Error(name + ' must be mongodb://USER:PASSWORD@HOSTS/DATABASE?... (ops/runbook.md)');
  }
  const user = decodeURIComponent(parts[1]);
  const roles = [{ role: 'readWrite', db: decodeURIComponent(parts[3]) }];
  const pwd = decodeURIComponent(parts[2]);
  if (admin.getUser(user)) {
    admin.updateUser(user, { pwd: pwd, roles: roles });
  } else {
    admin.createUser({ user: user, pwd: pwd, roles: roles });
  }
  print('User ' + user + ' has readWrite on ' + roles[0].db);
}
