// The signed-in person: who they are, their sessions, their impact, notices, data export, push.
import * as v from 'valibot';
import { correctionKinds, pushTopics } from '../../../schema';
import type { SessionUser } from '../../core/types';
import type { Leaderboard, UnitPlace } from '../../impact/impact.queries';
import type { RankedUnit } from '../../impact/leaderboard';
import type { ResponseDoc } from '../responses';
import { count, day, figures, id, isoTime, maybeText, maybeTime, province, provinceCode, role, sameAs, shareChannel, storyStatus, caseStatus } from './common';
import { campaignProgress } from './campaigns';

const sessionUser = sameAs<SessionUser>()(
  v.strictObject({ id: v.string(), email: v.string(), name: v.string(), role, provinceCode: v.nullable(provinceCode), unit: maybeText, unitId: v.nullable(id), phone: maybeText }),
);

const period = v.strictObject({ month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), from: day, to: day });
const unitRef = v.strictObject({ id, name: v.string(), path: v.string() });
const rankedUnit = sameAs<RankedUnit>()(
  v.strictObject({
    ...unitRef.entries,
    members: count,
    shares: count,
    clicks: count,
    sharers: count,
    clicksPerMember: v.number(),
    sharedPercent: v.number(),
    clicksRank: v.number(),
    sharedRank: v.number(),
  }),
);
const leaderboard = sameAs<Leaderboard>()(
  v.strictObject({ province, period, minMembers: v.number(), units: v.array(rankedUnit), tooSmall: count }),
);
const place = sameAs<UnitPlace>()(
  v.variant('status', [
    v.strictObject({ status: v.literal('ranked'), unit: unitRef, clicksRank: v.number(), sharedRank: v.number(), of: v.number(), province }),
    v.strictObject({ status: v.literal('no_unit') }),
    v.strictObject({ status: v.literal('too_small'), unit: unitRef, minMembers: v.number() }),
    v.strictObject({ status: v.literal('inactive') }),
  ]),
);

const notice = v.strictObject({
  id,
  kind: v.picklist(correctionKinds),
  note: v.string(),
  correctedAt: v.string(),
  story: v.strictObject({ id, slug: v.string(), title: v.string(), url: maybeText }),
});

const pushTopicFlags = v.strictObject(Object.fromEntries(pushTopics.map((t) => [t, v.boolean()])) as Record<(typeof pushTopics)[number], v.BooleanSchema<undefined>>);
const subscription = v.strictObject({ id: v.string(), host: v.string(), topics: pushTopicFlags, lang: v.string(), createdAt: isoTime, lastSentAt: maybeTime });

const myExport = v.strictObject({
  exportedAt: isoTime,
  about: v.string(),
  profile: v.strictObject({
    id: v.string(),
    name: v.string(),
    email: maybeText,
    phone: maybeText,
    role,
    roleName: v.string(),
    provinceCode: v.nullable(provinceCode),
    provinceName: maybeText,
    unit: maybeText,
    createdAt: isoTime,
  }),
  deletionRequest: v.strictObject({ requested: v.boolean(), requestedAt: maybeTime }),
  sessions: v.array(v.strictObject({ device: v.string(), userAgent: maybeText, thisDevice: v.boolean(), createdAt: isoTime, lastSeenAt: isoTime, expiresAt: isoTime })),
  apiTokens: v.array(v.strictObject({ label: v.string(), createdAt: isoTime, expiresAt: maybeTime, revokedAt: maybeTime, lastUsedAt: maybeTime })),
  shares: v.array(
    v.strictObject({
      story: v.strictObject({ title: maybeText, slug: maybeText }),
      channel: shareChannel,
      channelName: v.string(),
      campaign: maybeText,
      createdAt: isoTime,
      clicks: count,
    }),
  ),
  storiesWritten: v.array(v.strictObject({ title: v.string(), slug: v.string(), status: storyStatus, statusName: v.string(), createdAt: isoTime, publishedAt: maybeTime })),
  notices: v.array(v.strictObject({ story: v.strictObject({ title: maybeText, slug: maybeText }), kind: v.picklist(correctionKinds), note: v.string(), createdAt: isoTime, seenAt: maybeTime })),
  pushSubscriptions: v.array(v.strictObject({ host: v.string(), topics: pushTopicFlags, lang: v.string(), createdAt: isoTime, lastSentAt: maybeTime })),
  reports: v.strictObject({
    linkedToAccount: v.boolean(),
    note: v.string(),
    items: v.array(v.strictObject({ url: maybeText, description: maybeText, contact: maybeText, caseStatus: v.nullable(caseStatus), caseStatusName: maybeText, createdAt: isoTime })),
  }),
  savedStories: v.strictObject({ storedOnServer: v.literal(false), note: v.string() }),
  lessonAttempts: v.array(
    v.strictObject({ lesson: v.strictObject({ title: v.string(), slug: v.string() }), answers: v.array(count), correct: count, total: count, percent: count, passed: v.boolean(), createdAt: isoTime }),
  ),
  lessonCompletions: v.array(v.strictObject({ lesson: v.strictObject({ title: v.string(), slug: v.string() }), percent: count, completedAt: isoTime })),
});

export const accountDocs: Record<string, ResponseDoc> = {
  'POST /api/auth/login': { description: 'Signed in: the session cookie is set; the account and when the session ends.', schema: v.strictObject({ user: sessionUser, expiresAt: isoTime }) },
  'GET /api/me': {
    description: 'The signed-in account, and whether it came by cookie or bearer token.',
    schema: v.strictObject({ user: sessionUser, authVia: v.nullable(v.picklist(['cookie', 'bearer'])) }),
  },
  'GET /api/me/sessions': {
    description: 'The account’s open sessions, each described by its browser and system (never the token).',
    schema: v.strictObject({
      sessions: v.array(v.strictObject({ id: v.string(), current: v.boolean(), device: v.strictObject({ browser: maybeText, os: maybeText }), createdAt: isoTime, lastSeenAt: isoTime })),
    }),
  },
  'DELETE /api/me/sessions': { description: 'How many other sessions were ended.', schema: v.strictObject({ ended: count }) },
  'PUT /api/me/phone': { description: 'The phone number now on the account (E.164), or null.', schema: v.strictObject({ phone: maybeText }) },
  'POST /api/me/password': { description: 'The password was changed; the other sessions were ended.', schema: v.strictObject({ passwordChanged: v.literal(true), otherSessionsEnded: count }) },
  'GET /api/me/impact': {
    description: 'What the member’s shares brought: totals, this month, campaigns they shared for, corrections, their province’s unit leaderboard and their unit’s place.',
    schema: v.strictObject({
      period,
      totals: v.strictObject({ allTime: figures, thisMonth: figures }),
      campaigns: v.array(
        v.strictObject({
          id,
          slug: v.string(),
          title: v.string(),
          url: v.string(),
          status: v.picklist(['draft', 'active', 'ended']),
          startsOn: day,
          endsOn: day,
          mine: figures,
          progress: campaignProgress,
        }),
      ),
      corrections: v.array(notice),
      leaderboard: v.nullable(leaderboard),
      place,
      shares: v.array(
        v.strictObject({
          story: v.strictObject({ id, slug: v.string(), title: v.string(), url: maybeText }),
          channel: shareChannel,
          shares: count,
          clicks: count,
          lastSharedAt: maybeTime,
        }),
      ),
    }),
  },
  'GET /api/units/leaderboard': { description: 'The member’s province’s units this month, ranked by clicks per member and share of members who shared.', schema: leaderboard },
  'GET /api/me/notices': { description: 'Corrections to stories the member shared, not yet seen, newest first.', schema: v.strictObject({ items: v.array(notice) }) },
  'POST /api/me/notices/:id/seen': { description: 'The notice is marked seen.', schema: v.strictObject({ id, seenAt: maybeTime }) },
  'GET /api/me/export': { contentType: 'application/json', description: 'Everything the hub keeps about the account, as a JSON file to download.', schema: myExport },
  'POST /api/me/deletion': { description: 'Deletion requested: an admin erases the account.', schema: v.strictObject({ deletionRequested: v.literal(true), deletionRequestedAt: isoTime }) },
  'DELETE /api/me/deletion': { description: 'The deletion request is withdrawn.', schema: v.strictObject({ deletionRequested: v.literal(false), withdrawn: v.boolean() }) },
  'GET /api/push/key': { description: 'The hub’s public VAPID key for Web Push, or null when push is off.', schema: v.strictObject({ publicKey: maybeText }) },
  'GET /api/push/subscriptions': { description: 'The member’s devices subscribed to push, by host only.', schema: v.strictObject({ items: v.array(subscription) }) },
  'POST /api/push/subscriptions': {
    status: 201,
    description: 'The device is subscribed.',
    schema: v.strictObject({ subscription: v.strictObject({ id: v.string(), topics: pushTopicFlags, createdAt: isoTime }) }),
  },
  'PATCH /api/push/subscriptions/:id': { description: 'The subscription with its new topics.', schema: v.strictObject({ subscription }) },
};
