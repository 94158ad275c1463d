import { env } from 'cloudflare:workers';
import { unitPath, unitPathKey } from '../../workers/units/unit-keys';
import { withPassword } from '../auth/account-helpers';
import type { TestUser } from '../helpers/auth';
import { createReport, validReport } from '../reports/helpers';
import { insertStory } from '../share/fixtures';

export const PASSWORD = 'mat-khau-rieng-tu-2026';
const UNIT = ['Đảng bộ phường Hải Châu', 'Chi bộ khu phố 3'];

let counter = 0;

/** The demo unit DNG "Đảng bộ phường Hải Châu / Chi bộ khu phố 3", as the units seed makes it (INSERT OR IGNORE on its key). */
export async function demoUnit(): Promise<{ id: number; path: string }> {
  const now = Date.now();
  const top = [UNIT[0]!];
  await env.DB.prepare(
    `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES ('DNG', NULL, ?, 'other', ?, ?, ?, ?)`,
  )
    .bind(UNIT[0], unitPath(top), unitPathKey(top), now, now)
    .run();
  const parent = await env.DB.prepare('SELECT id FROM units WHERE province_code = ? AND path_key = ?').bind('DNG', unitPathKey(top)).first<{ id: number }>();
  await env.DB.prepare(
    `INSERT OR IGNORE INTO units (province_code, parent_id, name, kind, path, path_key, created_at, updated_at) VALUES ('DNG', ?, ?, 'other', ?, ?, ?, ?)`,
  )
    .bind(parent!.id, UNIT[1], unitPath(UNIT), unitPathKey(UNIT), now, now)
    .run();
  const unit = await env.DB.prepare('SELECT id, path FROM units WHERE province_code = ? AND path_key = ?').bind('DNG', unitPathKey(UNIT)).first<{ id: number; path: string }>();
  return unit!;
}

export type Person = TestUser & { name: string; phone: string; unitId: number; unitPath: string; storyId: number; storySlug: string; shareCodes: string[] };

/**
 * A member of Đà Nẵng with everything personal the hub can hold: a unique name, email and
 * phone, a unit, a session (the returned headers), two tracked links with clicks and their
 * daily counts, a story they wrote, a correction notice, an API token, a reset link,
 * a report whose contact is their email, and audit entries naming them.
 */
export async function personWithHistory(): Promise<Person> {
  counter += 1;
  const unit = await demoUnit();
  const tag = `${counter}${crypto.randomUUID().slice(0, 6)}`;
  const name = `Trịnh Thị Riêng Tư ${tag}`;
  const phone = `+84905${String(counter).padStart(6, '0')}`;
  const email = `rieng.tu.${tag}@example.vn`;
  const user = await withPassword('member', PASSWORD, { name, email, phone, provinceCode: 'DNG', unit: unit.path, unitId: unit.id });
  const now = Date.now();
  const story = await insertStory({ title: `Câu chuyện được chia sẻ ${tag}` });
  const written = await insertStory({ title: `Bài tôi viết ${tag}`, authorId: user.id, status: 'submitted', publishedAt: null, submittedAt: now });
  const codes = [`pv${tag}a`, `pv${tag}b`];
  const db = env.DB;
  await db.batch([
    db
      .prepare('INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at, reuse_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .bind(codes[0], story.id, 'zalo', user.id, 'DNG', unit.path, unit.id, 7, now, `u:${user.id}:${story.id}:zalo:0`),
    db
      .prepare('INSERT INTO share_links (code, story_id, channel, user_id, province_code, unit, unit_id, clicks, created_at, reuse_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .bind(codes[1], story.id, 'facebook', user.id, 'DNG', unit.path, unit.id, 3, now, `u:${user.id}:${story.id}:facebook:0`),
    db
      .prepare("INSERT INTO share_stats_daily (day, story_id, channel, campaign_id, province_code, unit, shares, clicks) VALUES ('2026-11-29', ?, 'zalo', 0, 'DNG', ?, 1, 7), ('2026-11-29', ?, 'facebook', 0, 'DNG', ?, 1, 3)")
      .bind(story.id, unit.path, story.id, unit.path),
    db.prepare("INSERT INTO story_corrections (event_id, story_id, kind, note, created_at) VALUES (?, ?, 'corrected', 'Sửa số liệu', ?)").bind(`ev-${tag}`, story.id, now),
    db
      .prepare('INSERT INTO member_notices (user_id, story_id, correction_id, created_at) SELECT ?, ?, id, ? FROM story_corrections WHERE event_id = ?')
      .bind(user.id, story.id, now, `ev-${tag}`),
    db.prepare('INSERT INTO api_tokens (id, token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?, ?)').bind(`tok-${tag}`, `hash-tok-${tag}`, user.id, 'Ứng dụng riêng', now),
    db
      .prepare("INSERT INTO account_links (id, purpose, token_hash, user_id, created_at, expires_at) VALUES (?, 'reset', ?, ?, ?, ?)")
      .bind(`link-${tag}`, `hash-link-${tag}`, user.id, now, now + 86_400_000),
    db
      .prepare("INSERT INTO audit_log (actor_id, action, target, after, created_at) VALUES (NULL, 'user.create', ?, json_object('email', ?, 'name', ?, 'role', 'member'), ?)")
      .bind(`user:${user.id}`, email, name, now),
  ]);
  await createReportWithContact(email);
  return { ...user, name, phone, unitId: unit.id, unitPath: unit.path, storyId: written.id, storySlug: written.slug, shareCodes: codes };
}

async function createReportWithContact(contact: string) {
  await createReport(validReport({ url: `https://example.com/bao-cao-${crypto.randomUUID()}`, province: 'DNG', contact }));
}
