// One glossary for the words of codes: the desk, the receipt page, the dashboard and its
// CSV say the same thing for the same code ("Tin sai sự thật", never "Tin giả" on one page).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseStatuses, reportCategories, reportPlatforms, storyStatuses } from '../../schema';
import { t } from '../../web/i18n';
import { campaignsEn, campaignsVi } from '../../web/i18n/campaigns';
import { commonEn, commonVi } from '../../web/i18n/common';
import { editorEn, editorVi } from '../../web/i18n/editor';
import { feedEn, feedVi } from '../../web/i18n/feed';
import { glossary, term } from '../../web/i18n/glossary';
import { historyEn, historyVi } from '../../web/i18n/history';
import { reportsEn, reportsVi } from '../../web/i18n/reports';
import { shareEn, shareVi } from '../../web/i18n/share';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { createReport, validReport } from './helpers';

let editor: TestUser;
let receipt: string;

const html = async (path: string) => (await fetchApp(path, { headers: { ...editor.headers, accept: 'text/html' } })).text();

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  const report = await createReport(validReport({ url: 'https://example.com/glossary', category: 'false_news' }));
  receipt = report.receipt;
  // A decided case, so every page has a verdict to name.
  await env.DB.prepare("UPDATE cases SET status = 'reviewing' WHERE id = ?").bind(report.caseId).run();
});

describe('the glossary', () => {
  it('is the only table of these words: no i18n table spells a status, reason or platform of its own', () => {
    const tables = { commonVi, commonEn, editorVi, editorEn, feedVi, feedEn, reportsVi, reportsEn, shareVi, shareEn, campaignsVi, campaignsEn, historyVi, historyEn };
    const codes = new Set<string>([...caseStatuses, ...storyStatuses, ...reportCategories, ...reportPlatforms]);
    for (const [name, table] of Object.entries(tables)) {
      const own = Object.keys(table).filter((key) => {
        const m = /\.(status|category|platform|reason|verdict)\.([a-z_]+)$/.exec(key);
        return m !== null && codes.has(m[2] ?? '');
      });
      expect(own, `${name} has its own words for codes`).toEqual([]);
    }
  });

  it('gives the old message keys the glossary’s words', () => {
    for (const code of caseStatuses) expect(t('vi', `report.status.${code}`)).toBe(term('vi', 'caseStatus', code));
    for (const code of reportCategories) expect(t('en', `report.category.${code}`)).toBe(term('en', 'reportReason', code));
    for (const code of storyStatuses) expect(t('vi', `ed.status.${code}`)).toBe(term('vi', 'storyStatus', code));
    expect(term('vi', 'reportReason', 'false_news')).toBe('Tin sai sự thật');
    expect(term('vi', 'caseStatus', 'new')).toBe('Mới');
    expect(term('vi', 'caseStatus', 'reviewing')).toBe('Đang xem xét');
    expect(Object.keys(glossary.storyCategory)).toContain('rebuttal');
  });
});

describe('every page uses the glossary’s words', () => {
  it('the triage desk', async () => {
    const page = await html('/editor/cases?status=all');
    expect(page).toContain(`>${term('vi', 'reportReason', 'false_news')}</td>`);
    expect(page).toContain(`>${term('vi', 'caseStatus', 'reviewing')}</span>`);
    expect(page).toContain(`<label for="filter-category">${'Vấn đề'}</label>`);
  });

  it('the receipt page', async () => {
    const page = await html(`/report/${receipt}`);
    expect(page).toContain(`>${term('vi', 'caseStatus', 'reviewing')}</span>`);
    expect(page).toContain(`<dd>${term('vi', 'reportReason', 'false_news')}</dd>`);
    expect(page).toContain('<dt>Vấn đề</dt>');
  });

  it('the dashboard page: its report tables name reasons and statuses as the desk does', async () => {
    const page = await html('/editor/stats');
    expect(page).toContain(`<td>${term('vi', 'reportReason', 'false_news')}</td>`);
    expect(page).toContain(`<td>${term('vi', 'caseStatus', 'reviewing')}</td>`);
    expect(page).not.toContain('Tin giả');
    expect(page).not.toContain('Đang xác minh');
    expect(page).not.toContain('Mới tiếp nhận');
  });

  it('the dashboard CSV: the same headers and values, in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const csv = async (table: string) =>
        (await (await fetchApp(`/api/stats/overview?format=csv&table=${table}&lang=${lang}`, { headers: editor.headers })).text()).replace(/^\uFEFF/, '');
      const reasons = await csv('report_categories');
      expect(reasons.split('\r\n')[0]).toBe(`${lang === 'vi' ? 'Vấn đề' : 'Problem'},${t(lang, 'stats.col.reports')}`);
      expect(reasons).toContain(`${term(lang, 'reportReason', 'false_news')},`);
      const statuses = await csv('case_statuses');
      expect(statuses).toContain(`${term(lang, 'caseStatus', 'reviewing')},`);
      const platforms = await csv('report_platforms');
      expect(platforms).toContain(`${term(lang, 'platform', 'website')},`);
    }
  });

  it('a case’s rebuttal says its story status in words ("Trạng thái bài: Bản nháp")', async () => {
    const { caseId } = await createReport(validReport({ url: 'https://example.com/glossary-rebuttal', province: 'HUE' }));
    await fetchApp(`/editor/cases/${caseId}/rebuttal`, {
      method: 'POST',
      headers: { ...editor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ title: 'Sự thật về tin đồn', provinceCode: 'HUE' }).toString(),
      redirect: 'manual',
    });
    const page = await html(`/editor/cases/${caseId}`);
    expect(page).toContain('Trạng thái bài: Bản nháp');
    expect(page).not.toContain('Trạng thái bài: draft');
  });
});
