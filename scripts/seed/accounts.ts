// Demo accounts for LOCAL use only (npm start, tests): seeding is only ever run
// against a local D1 (scripts/lib/local-dev.ts). All share the password below.
// Hashes come from the real PBKDF2 function with salts derived from the email,
// so the SQL is the same every run and INSERT OR IGNORE keeps it idempotent.
import { deterministicSalt, hashPassword } from '../../workers/auth/password';
import type { SeedPart } from './index';
import { insertOrIgnore } from './sql';

export const DEMO_PASSWORD = 'lantoa-demo-2026';

/** Fixed ids so other seed parts (stories, shares) can refer to these people. */
export const demoAccounts = [
  { id: 'seed-admin', email: 'admin@lantoa.local', name: 'Nguyễn Thị Quản Trị', role: 'admin', provinceCode: null, unit: 'Ban Tuyên giáo Thành ủy Hà Nội' },
  { id: 'seed-admin2', email: 'admin2@lantoa.local', name: 'Võ Thị Quản Lý', role: 'admin', provinceCode: 'DNG', unit: 'Đảng bộ phường Hải Châu' },
  // The national desk: sees every province. editor2 works for one province, so the scope shows too.
  { id: 'seed-editor', email: 'editor@lantoa.local', name: 'Trần Văn Biên', role: 'editor', provinceCode: null, unit: 'Báo điện tử Lan Tỏa' },
  { id: 'seed-editor2', email: 'editor2@lantoa.local', name: 'Lê Thị Tập', role: 'editor', provinceCode: 'HCM', unit: 'Báo điện tử Lan Tỏa, văn phòng phía Nam' },
  { id: 'seed-contributor', email: 'contributor@lantoa.local', name: 'Phạm Minh Cộng', role: 'contributor', provinceCode: 'DNG', unit: 'Đoàn Thanh niên phường Hải Châu' },
  { id: 'seed-member', email: 'member@lantoa.local', name: 'Hoàng Văn Thành', role: 'member', provinceCode: 'HCM', unit: 'Chi bộ khu phố 3, phường Bến Nghé' },
] as const;

const SEED_TIME = Date.UTC(2026, 0, 1);

export const accountsSeed: SeedPart = {
  name: 'accounts',
  statements: async () =>
    insertOrIgnore(
      'users',
      await Promise.all(
        demoAccounts.map(async (a) => ({
          id: a.id,
          email: a.email,
          name: a.name,
          password_hash: await hashPassword(DEMO_PASSWORD, await deterministicSalt(a.email)),
          role: a.role,
          province_code: a.provinceCode,
          unit: a.unit,
          created_at: SEED_TIME,
          updated_at: SEED_TIME,
        })),
      ),
    ),
};
