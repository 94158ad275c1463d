// "Tải dữ liệu của tôi": everything the hub keeps about the signed-in person, as one
// JSON document (GET /api/me/export). Never a credential or its hash (sessions are
// described, not identified; tokens by label only), never the reserved placeholder
// address of a phone-only account. Codes come with their words in the reader's
// language beside them, times as ISO 8601 (UTC).
import { and, desc, eq, gt } from 'drizzle-orm';
import { apiTokens, campaigns, cases, lessonAttempts, lessonCompletions, lessons, memberNotices, provinces, pushSubscriptions, reports, sessions, shareLinks, stories, storyCorrections, units, users } from '../../schema';
import { describeUserAgent } from '../account/user-agent';
import { sessionPublicId } from '../account/sessions';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { isoTime, vnDay } from '../core/time';
import type { SessionUser } from '../core/types';
import { realEmail } from '../users/identity';
import { translator, type Lang } from '../../web/i18n';
import { term } from '../../web/i18n/glossary';

/** How many rows of each list an export carries at most (far beyond any real member's history). */
const MAX_ROWS = 5000;

function device(t: ReturnType<typeof translator>, userAgent: string | null): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return t('account.device.on', { browser, os });
  return browser ?? os ?? t('account.device.unknown');
}

export async function personalDataExport(db: Db, user: SessionUser, lang: Lang, currentSessionHash: string | null, now = Date.now()) {
  const t = translator(lang);
  // Separate reads, not one db.batch: a batch's rows come back keyed by column name, which
  // joins with two `title` or `name` columns would mix up. An export is rare; eight reads are fine.
  const [profile, sessionRows, tokenRows, shareRows, storyRows, noticeRows, pushRows, reportRows, attemptRows, completionRows] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        phone: users.phone,
        role: users.role,
        provinceCode: users.provinceCode,
        provinceName: provinces.name,
        unitPath: units.path,
        unitText: users.unit,
        createdAt: users.createdAt,
        deletionRequestedAt: users.deletionRequestedAt,
      })
      .from(users)
      .leftJoin(provinces, eq(provinces.code, users.provinceCode))
      .leftJoin(units, eq(units.id, users.unitId))
      .where(eq(users.id, user.id)),
    db
      .select({ tokenHash: sessions.tokenHash, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, now)))
      .orderBy(desc(sessions.createdAt))
      .limit(MAX_ROWS),
    db
      .select({ label: apiTokens.label, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .where(eq(apiTokens.userId, user.id))
      .orderBy(desc(apiTokens.createdAt))
      .limit(MAX_ROWS),
    db
      .select({
        title: stories.title,
        slug: stories.slug,
        channel: shareLinks.channel,
        campaign: campaigns.title,
        createdAt: shareLinks.createdAt,
        clicks: shareLinks.clicks,
      })
      .from(shareLinks)
      .innerJoin(stories, eq(stories.id, shareLinks.storyId))
      .leftJoin(campaigns, eq(campaigns.id, shareLinks.campaignId))
      .where(eq(shareLinks.userId, user.id))
      .orderBy(desc(shareLinks.createdAt))
      .limit(MAX_ROWS),
    db
      .select({ title: stories.title, slug: stories.slug, status: stories.status, createdAt: stories.createdAt, publishedAt: stories.publishedAt })
      .from(stories)
      .where(eq(stories.authorId, user.id))
      .orderBy(desc(stories.createdAt))
      .limit(MAX_ROWS),
    db
      .select({ title: stories.title, slug: stories.slug, kind: storyCorrections.kind, note: storyCorrections.note, createdAt: memberNotices.createdAt, seenAt: memberNotices.seenAt })
      .from(memberNotices)
      .innerJoin(stories, eq(stories.id, memberNotices.storyId))
      .innerJoin(storyCorrections, eq(storyCorrections.id, memberNotices.correctionId))
      .where(eq(memberNotices.userId, user.id))
      .orderBy(desc(memberNotices.createdAt))
      .limit(MAX_ROWS),
    db
      .select({
        endpoint: pushSubscriptions.endpoint,
        campaigns: pushSubscriptions.campaigns,
        corrections: pushSubscriptions.corrections,
        verdicts: pushSubscriptions.verdicts,
        lang: pushSubscriptions.lang,
        createdAt: pushSubscriptions.createdAt,
        lastSentAt: pushSubscriptions.lastSentAt,
      })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, user.id))
      .orderBy(desc(pushSubscriptions.createdAt))
      .limit(MAX_ROWS),
    // Reports sent while signed in carry the account (reports.user_id, for the verdict push).
    db
      .select({ url: reports.url, description: reports.description, contact: reports.contact, caseStatus: cases.status, createdAt: reports.createdAt })
      .from(reports)
      .innerJoin(cases, eq(cases.id, reports.caseId))
      .where(eq(reports.userId, user.id))
      .orderBy(desc(reports.createdAt))
      .limit(MAX_ROWS),
    // Quizzes taken while signed in (/hoc): every attempt, and the first pass of each lesson.
    db
      .select({ title: lessons.title, slug: lessons.slug, answers: lessonAttempts.answers, correct: lessonAttempts.correct, total: lessonAttempts.total, percent: lessonAttempts.percent, passed: lessonAttempts.passed, createdAt: lessonAttempts.createdAt })
      .from(lessonAttempts)
      .innerJoin(lessons, eq(lessons.id, lessonAttempts.lessonId))
      .where(eq(lessonAttempts.userId, user.id))
      .orderBy(desc(lessonAttempts.createdAt))
      .limit(MAX_ROWS),
    db
      .select({ title: lessons.title, slug: lessons.slug, percent: lessonCompletions.percent, completedAt: lessonCompletions.completedAt })
      .from(lessonCompletions)
      .innerJoin(lessons, eq(lessons.id, lessonCompletions.lessonId))
      .where(eq(lessonCompletions.userId, user.id))
      .orderBy(desc(lessonCompletions.completedAt))
      .limit(MAX_ROWS),
  ]);
  const me = profile[0];
  if (!me) throw new AppError('NOT_FOUND', 'No account with this id');
  return {
    exportedAt: isoTime(now),
    about: t('privacy.export.about'),
    profile: {
      id: me.id,
      name: me.name,
      // A phone-only account's stored address is a reserved placeholder, not something the person gave.
      email: realEmail(me.email),
      phone: me.phone,
      role: me.role,
      roleName: t(`users.role.${me.role}`),
      provinceCode: me.provinceCode,
      provinceName: me.provinceName,
      unit: me.unitPath ?? me.unitText,
      createdAt: isoTime(me.createdAt),
    },
    deletionRequest: { requested: me.deletionRequestedAt !== null, requestedAt: isoTime(me.deletionRequestedAt) },
    // Described, never identified: no token, no hash.
    sessions: sessionRows.map((s) => ({
      device: device(t, s.userAgent),
      userAgent: s.userAgent,
      thisDevice: currentSessionHash !== null && sessionPublicId(s.tokenHash) === sessionPublicId(currentSessionHash),
      createdAt: isoTime(s.createdAt),
      lastSeenAt: isoTime(s.lastSeenAt ?? s.createdAt),
      expiresAt: isoTime(s.expiresAt),
    })),
    apiTokens: tokenRows.map((k) => ({
      label: k.label,
      createdAt: isoTime(k.createdAt),
      expiresAt: isoTime(k.expiresAt),
      revokedAt: isoTime(k.revokedAt),
      lastUsedAt: isoTime(k.lastUsedAt),
    })),
    shares: shareRows.map((s) => ({
      story: { title: s.title, slug: s.slug },
      channel: s.channel,
      channelName: t(`stats.channel.${s.channel}`),
      campaign: s.campaign,
      createdAt: isoTime(s.createdAt),
      clicks: s.clicks,
    })),
    storiesWritten: storyRows.map((s) => ({
      title: s.title,
      slug: s.slug,
      status: s.status,
      statusName: t(`ed.status.${s.status}`),
      createdAt: isoTime(s.createdAt),
      publishedAt: isoTime(s.publishedAt),
    })),
    notices: noticeRows.map((n) => ({
      story: { title: n.title, slug: n.slug },
      kind: n.kind,
      note: n.note,
      createdAt: isoTime(n.createdAt),
      seenAt: isoTime(n.seenAt),
    })),
    // Phone notifications: each device by its push service's host only (the full endpoint and the
    // browser's keys are capabilities to reach the device, not information about the person).
    pushSubscriptions: pushRows.map((p) => ({
      host: new URL(p.endpoint).host,
      topics: { campaigns: p.campaigns, corrections: p.corrections, verdicts: p.verdicts },
      lang: p.lang,
      createdAt: isoTime(p.createdAt),
      lastSentAt: isoTime(p.lastSentAt),
    })),
    // Reports sent signed out are anonymous (no account is recorded with them); those sent signed in
    // are listed. Saved stories live only on the reader's own phone (Cache Storage), never on the server.
    reports: {
      linkedToAccount: reportRows.length > 0,
      note: t('privacy.export.reports'),
      items: reportRows.map((r) => ({
        url: r.url,
        description: r.description,
        contact: r.contact,
        caseStatus: r.caseStatus,
        caseStatusName: term(lang, 'caseStatus', r.caseStatus),
        createdAt: isoTime(r.createdAt),
      })),
    },
    savedStories: { storedOnServer: false, note: t('privacy.export.saved') },
    lessonAttempts: attemptRows.map((a) => ({
      lesson: { title: a.title, slug: a.slug },
      answers: a.answers,
      correct: a.correct,
      total: a.total,
      percent: a.percent,
      passed: a.passed,
      createdAt: isoTime(a.createdAt),
    })),
    lessonCompletions: completionRows.map((l) => ({ lesson: { title: l.title, slug: l.slug }, percent: l.percent, completedAt: isoTime(l.completedAt) })),
  };
}

/** `lantoa-du-lieu-cua-toi-2026-11-30.json`: the Vietnam day of the export. */
export function exportFileName(now: number): string {
  return `lantoa-du-lieu-cua-toi-${vnDay(now)}.json`;
}
