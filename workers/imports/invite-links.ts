// Set-password links for the accounts an import created. Only a token's hash is stored, so a
// link can be shown once; the office downloads them as a CSV and sends them by its own channels.
// Downloading again issues new links (voiding the earlier ones) for whoever has not set a
// password yet: a lost file costs nothing but a new download.
import { sql } from 'drizzle-orm';
import { LINK_TTL_MS, RESET_PATH } from '../account/account-links';
import { randomToken, sha256Hex } from '../core/crypto';
import { d1Batch, type Db } from '../core/db';
import { realEmail } from '../users/identity';
import { formatPhone } from '../users/phone';
import { toCsv } from '../stats/csv';
import { vnDateTime } from '../../web/components/editor/format';
import { UNSET_PASSWORD_PREFIX } from './import-jobs';

/** Links per statement: one JSON parameter each, kept well under D1's statement and row sizes. */
const LINKS_PER_STATEMENT = 500;

type Pending = { userId: string; line: number; name: string; email: string; phone: string | null; unit: string | null };

/** The import's new accounts that still have no password and are not disabled or erased: who gets a link. */
const waitingForLink = (importId: string) => sql`
    FROM user_import_accounts AS a JOIN users AS u ON u.id = a.user_id
    WHERE a.import_id = ${importId} AND substr(u.password_hash, 1, ${UNSET_PASSWORD_PREFIX.length}) = ${UNSET_PASSWORD_PREFIX}
      AND u.disabled_at IS NULL AND u.erased_at IS NULL`;

/** Those accounts, in file order. */
async function stillWithoutPassword(db: Db, importId: string): Promise<Pending[]> {
  return db.all<Pending>(sql`
    SELECT u.id AS userId, a.line AS line, u.name AS name, u.email AS email, u.phone AS phone, u.unit AS unit
    ${waitingForLink(importId)}
    ORDER BY a.line`);
}

/** How many links a download would issue now (the import's page shows it). */
export async function linksPending(db: Db, importId: string): Promise<number> {
  return (await db.get<{ n: number }>(sql`SELECT count(*) AS n ${waitingForLink(importId)}`))?.n ?? 0;
}

export type InviteLinksFile = { csv: string; count: number };

/** Issue fresh invite links (voiding older unused ones) and return them as a CSV with a BOM, one audit entry. */
export async function inviteLinksCsv(db: Db, importId: string, actorId: string, origin: string, now = Date.now()): Promise<InviteLinksFile> {
  const people = await stillWithoutPassword(db, importId);
  const expiresAt = now + LINK_TTL_MS.invite;
  const issued = await Promise.all(people.map(async (p) => ({ ...p, token: randomToken(32), id: crypto.randomUUID() })));
  const statements = [];
  for (let i = 0; i < issued.length; i += LINKS_PER_STATEMENT) {
    const part = issued.slice(i, i + LINKS_PER_STATEMENT);
    const links = await Promise.all(part.map(async (p) => ({ id: p.id, userId: p.userId, hash: await sha256Hex(p.token) })));
    const ids = JSON.stringify(part.map((p) => p.userId));
    statements.push(
      sql`UPDATE account_links SET voided_at = ${now}
          WHERE purpose = 'invite' AND used_at IS NULL AND voided_at IS NULL AND user_id IN (SELECT value FROM json_each(${ids}))`,
      sql`INSERT INTO account_links (id, purpose, token_hash, user_id, created_by, created_at, expires_at)
          SELECT json_extract(j.value, '$.id'), 'invite', json_extract(j.value, '$.hash'), json_extract(j.value, '$.userId'), ${actorId}, ${now}, ${expiresAt}
          FROM json_each(${JSON.stringify(links)}) AS j`,
    );
  }
  statements.push(
    sql`INSERT INTO audit_log (actor_id, action, target, before, after, created_at)
        VALUES (${actorId}, 'user.invite_links', ${`import:${importId}`}, NULL, ${JSON.stringify({ linksIssued: issued.length, expiresAt })}, ${now})`,
  );
  await d1Batch(db, statements);
  const rows = issued.map((p) => [
    p.name,
    realEmail(p.email),
    p.phone ? formatPhone(p.phone) : null,
    p.unit,
    `${origin}${RESET_PATH}/${p.token}`,
    vnDateTime(expiresAt),
  ]);
  return { csv: toCsv(['Họ và tên', 'Email', 'Số điện thoại', 'Đơn vị', 'Liên kết đặt mật khẩu', 'Hết hạn'], rows), count: issued.length };
}
