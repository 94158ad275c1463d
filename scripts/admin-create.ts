// Create the first administrator (or promote an existing account and reset its
// password) in the local or the remote D1:
//
//   npm run admin:create -- --email ban.tuyengiao@example.vn --name "Nguyễn Văn A" [--province HNI] [--unit "…"] [--remote]
// Without --province the admin is national; with one, a provincial admin (that province's accounts only).
//
// The password is never a command-line argument (it would land in shell history
// and `ps`): it comes from LANTOA_ADMIN_PASSWORD, from standard input when that is
// not a terminal, or from a prompt that does not echo. It is hashed here with the
// same PBKDF2 function the Worker uses; only the hash is sent to D1.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { hashPassword } from '../workers/auth/password';
import { createUserInput } from '../workers/users/users.schemas';
import { wrangler } from './lib/local-dev';
import { sqlLiteral } from './seed/sql';

const USAGE = 'Usage: npm run admin:create -- --email <email> --name <full name> [--province HNI] [--unit "…"] [--remote | --persist-to <dir>]';

function fail(message: string): never {
  console.error(`admin:create: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Read a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(), resolve(value);
        if (ch === '\u0003') return finish(), reject(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.LANTOA_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden('Password for the new admin (at least 10 characters): ');
  const again = await promptHidden('Type it again: ');
  if (first !== again) fail('the two passwords differ');
  return first;
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    province: { type: 'string' },
    unit: { type: 'string' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
  strict: true,
});
if (!values.email || !values.name) fail('--email and --name are required');
if (values.remote && values['persist-to']) fail('--persist-to only applies to the local database');

const password = await readPassword();
const parsed = v.safeParse(createUserInput, {
  email: values.email,
  name: values.name,
  password,
  role: 'admin',
  provinceCode: values.province ?? null,
  unit: values.unit ?? null,
});
if (!parsed.success) fail(parsed.issues.map((i) => `${i.path?.map((p) => String(p.key)).join('.') ?? 'input'}: ${i.message}`).join('; '));
const input = parsed.output;

const now = Date.now();
const hash = await hashPassword(input.password);
const email = sqlLiteral(input.email);
// Create, or promote and reset: re-running the command is how a locked-out admin gets back in.
const statements = [
  `INSERT INTO users (id, email, name, password_hash, role, province_code, unit, disabled_at, created_at, updated_at)
   VALUES (${sqlLiteral(randomUUID())}, ${email}, ${sqlLiteral(input.name)}, ${sqlLiteral(hash)}, 'admin', ${sqlLiteral(input.provinceCode ?? null)}, ${sqlLiteral(input.unit ?? null)}, NULL, ${now}, ${now})
   ON CONFLICT(email) DO UPDATE SET role = 'admin', name = excluded.name, password_hash = excluded.password_hash, disabled_at = NULL, updated_at = excluded.updated_at;`,
  `DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ${email});`,
  // A reset ends API tokens too, as in the admin API: a lost laptop's token must not outlive it.
  `UPDATE api_tokens SET revoked_at = ${now} WHERE revoked_at IS NULL AND user_id = (SELECT id FROM users WHERE email = ${email});`,
  `INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
   SELECT NULL, 'user.admin_create', 'user:' || id, NULL, json_object('email', email, 'role', 'admin', 'via', 'npm run admin:create'), ${now} FROM users WHERE email = ${email};`,
];

// The SQL (with the hash, never the password) goes through a private temporary file.
const dir = mkdtempSync(join(tmpdir(), 'lantoa-admin-'));
const file = join(dir, 'admin.sql');
try {
  writeFileSync(file, statements.join('\n'), { mode: 0o600 });
  const target = values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])];
  wrangler(['d1', 'execute', 'DB', ...target, '--yes', '--file', file], { quiet: true });
  console.log(`Admin account ready: ${input.email} (${values.remote ? 'remote' : 'local'} D1). Sign in at /login.`);
} catch (err) {
  console.error(`admin:create failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
