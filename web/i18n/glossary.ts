// The one glossary of the hub's codes: the words people read for case statuses
// (verdicts are case statuses), story statuses, report reasons (a report's
// `category`), story categories and platforms, in Vietnamese and English.
// The triage desk, the receipt pages, the dashboard, its CSV and the history
// sentences all take their words from here, so the same code never reads two
// ways. The i18n tables' `report.status.*`, `report.category.*`,
// `report.platform.*` and `ed.status.*` keys are derived from this file
// (`glossaryMessages`), never written by hand: add or change a word HERE.
import type { CampaignStatus, CaseStatus, ReportCategory, ReportPlatform, StoryStatus } from '../../schema';
import { CATEGORIES, type CategoryCode } from '../../workers/geo/reference';

type Lang = 'vi' | 'en';
type Words = { vi: string; en: string };

const caseStatus: Record<CaseStatus, Words> = {
  new: { vi: 'Mới', en: 'New' },
  reviewing: { vi: 'Đang xem xét', en: 'Under review' },
  false: { vi: 'Sai sự thật', en: 'False' },
  misleading: { vi: 'Gây hiểu lầm', en: 'Misleading' },
  not_misinformation: { vi: 'Không phải tin sai', en: 'Not misinformation' },
  referred: { vi: 'Đã chuyển cơ quan chức năng', en: 'Referred to the authorities' },
};

const storyStatus: Record<StoryStatus, Words> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Awaiting review' },
  scheduled: { vi: 'Đã hẹn giờ', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  rejected: { vi: 'Bị trả lại', en: 'Returned' },
  archived: { vi: 'Đã gỡ', en: 'Archived' },
};

const campaignStatus: Record<CampaignStatus, Words> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  active: { vi: 'Đã kích hoạt', en: 'Active' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
};

/** Why something was reported (stored as the report's and the case's `category`). */
const reportReason: Record<ReportCategory, Words> = {
  false_news: { vi: 'Tin sai sự thật', en: 'False news' },
  distortion: { vi: 'Xuyên tạc', en: 'Distortion' },
  incitement: { vi: 'Kích động', en: 'Incitement' },
  defamation: { vi: 'Vu khống, bôi nhọ', en: 'Defamation' },
  scam: { vi: 'Lừa đảo', en: 'Scam' },
  leak_of_internal_documents: { vi: 'Lộ, lọt tài liệu nội bộ', en: 'Leak of internal documents' },
  other: { vi: 'Khác', en: 'Other' },
};

const platform: Record<ReportPlatform, Words> = {
  facebook: { vi: 'Facebook', en: 'Facebook' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  tiktok: { vi: 'TikTok', en: 'TikTok' },
  youtube: { vi: 'YouTube', en: 'YouTube' },
  x: { vi: 'X (Twitter)', en: 'X (Twitter)' },
  telegram: { vi: 'Telegram', en: 'Telegram' },
  website: { vi: 'Trang web', en: 'Website' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Story categories: the reference data's own names (workers/geo/reference.ts, kept equal to the migration). */
const storyCategory = Object.fromEntries(CATEGORIES.map((c) => [c.code, { vi: c.nameVi, en: c.nameEn }])) as Record<CategoryCode, Words>;

export const glossary = { caseStatus, storyStatus, campaignStatus, reportReason, platform, storyCategory } as const;
export type GlossaryKind = keyof typeof glossary;
export type GlossaryCode<K extends GlossaryKind> = keyof (typeof glossary)[K] & string;

/** What each kind of code is called, as a column header, filter label or history field name. */
const kindNames: Record<GlossaryKind, Words> = {
  caseStatus: { vi: 'Trạng thái', en: 'Status' },
  storyStatus: { vi: 'Trạng thái bài', en: 'Story status' },
  campaignStatus: { vi: 'Trạng thái chiến dịch', en: 'Campaign status' },
  reportReason: { vi: 'Vấn đề', en: 'Problem' },
  platform: { vi: 'Nền tảng', en: 'Platform' },
  storyCategory: { vi: 'Chuyên mục', en: 'Category' },
};

/**
 * The word for `code` of `kind` in `lang`. An unknown code (older data, a code
 * added to the schema but not here) reads as the code rather than throwing.
 *
 * @example
 * term('vi', 'caseStatus', 'reviewing') // 'Đang xem xét'
 */
export function term(lang: Lang, kind: GlossaryKind, code: string): string {
  const words = (glossary[kind] as Record<string, Words>)[code];
  return words ? words[lang] : code;
}

/** The name of a kind of code: `kindName('vi', 'reportReason')` is 'Vấn đề'. */
export function kindName(lang: Lang, kind: GlossaryKind): string {
  return kindNames[kind][lang];
}

/** True when `code` is one of `kind`'s codes. */
export function isTerm<K extends GlossaryKind>(kind: K, code: unknown): code is GlossaryCode<K> {
  return typeof code === 'string' && Object.hasOwn(glossary[kind], code);
}

type DerivedKey =
  | `report.status.${CaseStatus}`
  | `report.category.${ReportCategory}`
  | `report.platform.${ReportPlatform}`
  | `ed.status.${StoryStatus}`;

/** The message keys older code reads (`t('ed.status.draft')`), derived from the glossary so they cannot drift. */
export function glossaryMessages(lang: Lang): Record<DerivedKey, string> {
  const out: Record<string, string> = {};
  const add = (prefix: string, table: Record<string, Words>) => {
    for (const [code, words] of Object.entries(table)) out[`${prefix}.${code}`] = words[lang];
  };
  add('report.status', caseStatus);
  add('report.category', reportReason);
  add('report.platform', platform);
  add('ed.status', storyStatus);
  return out as Record<DerivedKey, string>;
}
