// Checking an import file, row by row, against the database as it is now: what each row
// would do (create, update, leave unchanged) or why it is refused. The dry run shows this
// plan; the import writes exactly the plan's creates and updates (import-jobs.ts).
import { and, isNull, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { units, users, type Role } from '../../schema';
import { emailField } from '../auth/auth.schemas';
import { ownProvince } from '../auth/province-scope';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import type { SessionUser } from '../core/types';
import { listProvinces } from '../editorial/reference';
import { looksLikeFormula } from '../stats/csv';
import { unitNameKey, unitPathKey, splitUnitPath } from '../units/unit-keys';
import { isPlaceholderEmail, placeholderEmail } from '../users/identity';
import { normalisePhone } from '../users/phone';
import { mapColumns, type ColumnMap, type ImportColumn } from './columns';
import { parseCsv } from './csv';

/** The most records one file may hold; more is refused whole (413). */
export const MAX_IMPORT_ROWS = 5000;
const NAME_MAX = 120;

export const rowErrorCodes = [
  'formula',
  'missing_name',
  'name_too_long',
  'bad_email',
  'bad_phone',
  'no_contact',
  'missing_province',
  'unknown_province',
  'outside_scope',
  'unknown_unit',
  'bad_role',
  'duplicate_email',
  'duplicate_phone',
  'two_accounts',
  'protected_account',
  'erased_account',
] as const;
export type RowErrorCode = (typeof rowErrorCodes)[number];

export type Outcome = 'created' | 'updated' | 'unchanged' | 'error';

/** What an account will hold after its row is written (`id` is new for a created one). */
export type AccountWrite = {
  id: string;
  line: number;
  /** The stored email: the real one, or the phone-only placeholder. */
  email: string;
  name: string;
  phone: string | null;
  role: 'member' | 'contributor';
  provinceCode: string;
  unitId: number | null;
  unit: string | null;
};

export type PlannedRow = {
  line: number;
  outcome: Outcome;
  name: string;
  /** As the person gave them (real email only; phone in E.164), for the result table. */
  email: string | null;
  phone: string | null;
  provinceCode: string | null;
  unit: string | null;
  error?: RowErrorCode;
  /** Fields an update changes. */
  changes?: string[];
  write?: AccountWrite;
};

export type ImportPlan = {
  delimiter: ',' | ';';
  rows: PlannedRow[];
  counts: Record<Outcome, number> & { total: number };
};

const ROLE_WORDS: Record<string, 'member' | 'contributor'> = {
  'thanh vien': 'member',
  member: 'member',
  'cong tac vien': 'contributor',
  contributor: 'contributor',
};

/** The province an importing admin is limited to (null: national). Admins with a province are scoped like provincial editors. */
export function importScope(actor: SessionUser): string | null {
  return ownProvince(actor);
}

/** How a province may be written: its code, or its name with or without "Thành phố"/"Tỉnh"/"TP.". */
function provinceKeys(name: string): string[] {
  const key = unitNameKey(name);
  const bare = key.replace(/^(?:tp\.?|thanh pho|tinh)\s+/, '');
  return [key, bare, `thanh pho ${bare}`, `tinh ${bare}`, `tp ${bare}`, `tp. ${bare}`];
}

type Existing = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  provinceCode: string | null;
  unit: string | null;
  unitId: number | null;
  erasedAt: number | null;
};

async function existingAccounts(db: Db, emails: string[], phones: string[]): Promise<Existing[]> {
  if (emails.length === 0 && phones.length === 0) return [];
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      provinceCode: users.provinceCode,
      unit: users.unit,
      unitId: users.unitId,
      erasedAt: users.erasedAt,
    })
    .from(users)
    .where(
      sql`${users.email} IN (SELECT value FROM json_each(${JSON.stringify(emails)})) OR ${users.phone} IN (SELECT value FROM json_each(${JSON.stringify(phones)}))`,
    );
}

async function unitsOf(db: Db, provinceCodes: string[]) {
  const rows = await db
    .select({ id: units.id, provinceCode: units.provinceCode, path: units.path, pathKey: units.pathKey })
    .from(units)
    .where(and(sql`${units.provinceCode} IN (SELECT value FROM json_each(${JSON.stringify(provinceCodes)}))`, isNull(units.deactivatedAt)));
  return new Map(rows.map((u) => [`${u.provinceCode}|${u.pathKey}`, u]));
}

/** A refusal of the whole file (no header it can use, too many rows), naming the `file` field. */
export function fileError(reason: FileErrorReason, message: string, code: 'VALIDATION_FAILED' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' = 'VALIDATION_FAILED'): AppError {
  return new AppError(code, message, { errors: [{ path: 'file', message }], extra: { reason } });
}

/** Why a whole file is refused (the page words each in Vietnamese, `import.file.<reason>`). */
export type FileErrorReason = 'missing' | 'empty' | 'no_header' | 'too_many' | 'too_large' | 'type';

type Fields = Record<ImportColumn, string>;

/** Plan an import of `text` by `actor`. Throws (file-level) when the file cannot be read as an import at all. */
export async function planImport(db: Db, actor: SessionUser, text: string): Promise<ImportPlan> {
  const file = parseCsv(text);
  const columns: ColumnMap = mapColumns(file.header);
  if (file.header.length === 0) throw fileError('empty', 'The file is empty');
  if (columns.name === undefined || (columns.email === undefined && columns.phone === undefined)) {
    throw fileError('no_header', 'The first line must name the columns: "Họ và tên" and "Email" or "Số điện thoại" at least (see the template)');
  }
  if (file.records.length > MAX_IMPORT_ROWS) {
    throw fileError('too_many', `A file can hold at most ${MAX_IMPORT_ROWS} rows; this one has ${file.records.length}. Split it.`, 'PAYLOAD_TOO_LARGE');
  }
  const scope = importScope(actor);
  const provinces = await listProvinces(db);
  const provinceByKey = new Map<string, string>();
  for (const p of provinces) {
    provinceByKey.set(p.code.toLowerCase(), p.code);
    for (const key of provinceKeys(p.name)) if (!provinceByKey.has(key)) provinceByKey.set(key, p.code);
  }

  // First pass: each row on its own.
  type Draft = PlannedRow & { role: 'member' | 'contributor' | null; unitPathKey: string | null };
  const drafts: Draft[] = file.records.map(({ line, fields }) => {
    const raw = {} as Fields;
    for (const column of ['name', 'email', 'phone', 'province', 'unit', 'role'] as const) {
      const at = columns[column];
      raw[column] = at === undefined ? '' : (fields[at] ?? '');
    }
    const value = (column: ImportColumn) => raw[column].normalize('NFC').replace(/\s+/g, ' ').trim();
    const draft: Draft = { line, outcome: 'error', name: value('name'), email: null, phone: null, provinceCode: null, unit: value('unit') || null, role: null, unitPathKey: null };
    const refuse = (error: RowErrorCode) => Object.assign(draft, { error });

    const phoneText = value('phone');
    const phone = phoneText ? normalisePhone(phoneText) : null;
    const formula = (Object.keys(raw) as ImportColumn[]).some((column) => looksLikeFormula(raw[column]) && !(column === 'phone' && phone));
    if (formula) return refuse('formula');
    if (!draft.name) return refuse('missing_name');
    if (draft.name.length > NAME_MAX) return refuse('name_too_long');
    const emailText = value('email');
    if (emailText) {
      const parsed = v.safeParse(emailField, emailText);
      if (!parsed.success || isPlaceholderEmail(parsed.output)) return refuse('bad_email');
      draft.email = parsed.output;
    }
    if (phoneText && !phone) return refuse('bad_phone');
    draft.phone = phone;
    if (!draft.email && !draft.phone) return refuse('no_contact');
    const provinceText = value('province');
    if (provinceText) {
      const code = provinceByKey.get(unitNameKey(provinceText)) ?? provinceByKey.get(unitNameKey(provinceText).replace(/^(?:tp\.?|thanh pho|tinh)\s+/, ''));
      if (!code) return refuse('unknown_province');
      draft.provinceCode = code;
    } else if (scope) draft.provinceCode = scope;
    else return refuse('missing_province');
    if (scope && draft.provinceCode !== scope) return refuse('outside_scope');
    const roleText = unitNameKey(value('role'));
    if (roleText) {
      const role = ROLE_WORDS[roleText];
      if (!role) return refuse('bad_role');
      draft.role = role;
    }
    if (draft.unit) draft.unitPathKey = unitPathKey(splitUnitPath(draft.unit));
    draft.outcome = 'unchanged'; // decided below
    return draft;
  });

  const ok = drafts.filter((d) => d.outcome !== 'error');
  const unitMap = await unitsOf(db, [...new Set(ok.map((d) => d.provinceCode as string))]);
  const accounts = await existingAccounts(db, [...new Set(ok.flatMap((d) => (d.email ? [d.email] : [])))], [...new Set(ok.flatMap((d) => (d.phone ? [d.phone] : [])))]);
  const byEmail = new Map(accounts.map((a) => [a.email, a]));
  const byPhone = new Map(accounts.flatMap((a) => (a.phone ? [[a.phone, a] as const] : [])));
  const seenEmails = new Set<string>();
  const seenPhones = new Set<string>();

  // Second pass, in file order: units, duplicates within the file, existing accounts.
  for (const d of ok) {
    const refuse = (error: RowErrorCode) => Object.assign(d, { outcome: 'error' as const, error });
    const province = d.provinceCode as string;
    const unit = d.unitPathKey ? unitMap.get(`${province}|${d.unitPathKey}`) : undefined;
    if (d.unitPathKey && !unit) {
      refuse('unknown_unit');
      continue;
    }
    if (unit) d.unit = unit.path;
    if (d.email && seenEmails.has(d.email)) {
      refuse('duplicate_email');
      continue;
    }
    if (d.phone && seenPhones.has(d.phone)) {
      refuse('duplicate_phone');
      continue;
    }
    const withEmail = d.email ? byEmail.get(d.email) : undefined;
    const withPhone = d.phone ? byPhone.get(d.phone) : undefined;
    if (withEmail && withPhone && withEmail.id !== withPhone.id) {
      refuse('two_accounts');
      continue;
    }
    const account = withEmail ?? withPhone;
    if (account?.erasedAt != null) {
      refuse('erased_account');
      continue;
    }
    if (account && account.role !== 'member' && account.role !== 'contributor') {
      refuse('protected_account');
      continue;
    }
    if (account && scope && account.provinceCode !== scope) {
      refuse('outside_scope');
      continue;
    }
    if (d.email) seenEmails.add(d.email);
    if (d.phone) seenPhones.add(d.phone);

    if (!account) {
      d.outcome = 'created';
      d.write = {
        id: crypto.randomUUID(),
        line: d.line,
        email: d.email ?? placeholderEmail(d.phone as string),
        name: d.name,
        phone: d.phone,
        role: d.role ?? 'member',
        provinceCode: province,
        unitId: unit?.id ?? null,
        unit: unit?.path ?? null,
      };
      continue;
    }
    const sameProvince = account.provinceCode === province;
    const write: AccountWrite = {
      id: account.id,
      line: d.line,
      // A phone-only account that now has an email gives up its placeholder.
      email: d.email ?? account.email,
      name: d.name,
      phone: d.phone ?? account.phone,
      role: d.role ?? (account.role as 'member' | 'contributor'),
      provinceCode: province,
      // No unit in the row: the account keeps its unit, unless it moves to another province.
      unitId: unit ? unit.id : sameProvince ? account.unitId : null,
      unit: unit ? unit.path : sameProvince ? account.unit : null,
    };
    const changes = (['name', 'email', 'phone', 'role', 'provinceCode', 'unitId'] as const).filter((field) => write[field] !== account[field]);
    d.changes = changes;
    d.outcome = changes.length > 0 ? 'updated' : 'unchanged';
    if (changes.length > 0) d.write = write;
  }

  const rows: PlannedRow[] = drafts.map(({ role: _role, unitPathKey: _key, ...row }) => row);
  const counts = { created: 0, updated: 0, unchanged: 0, error: 0, total: rows.length };
  for (const row of rows) counts[row.outcome]++;
  return { delimiter: file.delimiter, rows, counts };
}
