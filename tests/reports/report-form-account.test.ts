// The report form tells a signed-in person, before they send, that the report is tied to their
// account (reports.user_id, used for the verdict push); an anonymous reader is told nothing of the sort.
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp } from '../helpers/http';

const SIGNED_IN_VI = 'báo cáo này được gắn với tài khoản của bạn';
const SIGNED_IN_EN = 'this report is linked to your account';

describe('GET /report: what the form says about the account', () => {
  it('tells a signed-in member that the report is linked to their account, in Vietnamese and English', async () => {
    const member = await signedInAs('member');
    const vi = await (await fetchApp('/report', { headers: member.headers })).text();
    expect(vi).toContain(SIGNED_IN_VI);
    const en = await (await fetchApp('/report?lang=en', { headers: member.headers })).text();
    expect(en).toContain(SIGNED_IN_EN);
  });

  it('says nothing of an account to an anonymous reader', async () => {
    const page = await (await fetchApp('/report')).text();
    expect(page).toContain('không lưu địa chỉ IP');
    expect(page).not.toContain(SIGNED_IN_VI);
  });
});
