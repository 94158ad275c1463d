import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { StoryStatus } from '../../schema';
import { storyEventHandlers, type StoryEvent } from '../../workers/stories/events';
import type { TestUser } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';

export type EditorStory = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  status: StoryStatus;
  revision: number;
  tags: string[];
  hashtags: string[];
  captions: string[];
  authorId: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  rejectionReason: string | null;
  archiveReason: string | null;
  coverKey: string | null;
  coverUrl: string | null;
  coverAlt: string | null;
  consent: boolean;
  sourceType: string | null;
  sourceDetail: string | null;
  /** The approved revision readers see, and an edit of a public story awaiting a second editor. */
  liveRevision: number | null;
  pendingRevision: number | null;
  pending: { revision: number; editorId: string | null; correctionNote: string | null; content: { title: string; summary: string; body: string; tags: string[] } } | null;
  lastRejection: { revision: number; reason: string | null } | null;
};

export type Problem = { status: number; code: string; detail: string; errors?: { path: string; message: string }[]; currentState?: string; currentRevision?: number };

/** A complete draft: everything approval needs (source, consent) is filled in. */
export const completeStory = {
  title: 'Cô giáo vùng cao 20 năm bám bản',
  summary: 'Hai mươi năm dạy chữ cho trẻ em người Mông ở Sa Pa.',
  body: 'Mỗi sáng cô **Lan** đi bộ 5 km đến điểm trường.\n\nCô nói: "Các em là niềm vui của tôi."',
  categoryCode: 'role_model',
  provinceCode: 'LCI',
  tags: ['Giáo dục', 'vùng cao'],
  captions: ['Một tấm gương đáng trân trọng.'],
  hashtags: ['#LanToa', 'GiaoDuc'],
  sourceType: 'interview',
  sourceDetail: 'Phỏng vấn trực tiếp ngày 12/3/2026 tại điểm trường Lao Chải',
  consent: true,
} as const;

export async function createStory(author: TestUser, overrides: Record<string, unknown> = {}): Promise<EditorStory> {
  const res = await sendJson('POST', '/api/stories', { ...completeStory, ...overrides }, author.headers);
  const body = await readJson<{ story: EditorStory }>(res);
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.story;
}

/** POST an action (`submit`, `approve`, …) and return status and body. */
export async function act(user: TestUser, id: number, action: string, body: unknown = {}) {
  const res = await sendJson('POST', `/api/stories/${id}/${action}`, body, user.headers);
  return { status: res.status, body: await readJson<{ story: EditorStory } & Problem>(res) };
}

export async function submitted(author: TestUser, overrides: Record<string, unknown> = {}): Promise<EditorStory> {
  const story = await createStory(author, overrides);
  const res = await act(author, story.id, 'submit');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.story;
}

export async function published(author: TestUser, editor: TestUser, overrides: Record<string, unknown> = {}): Promise<EditorStory> {
  const story = await submitted(author, overrides);
  const res = await act(editor, story.id, 'approve', { revision: story.revision });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.story;
}

/** PATCH a story as `editor` (200 expected) and return it: for a public story the edit is pending. */
export async function edit(editor: TestUser, story: EditorStory, changes: Record<string, unknown>): Promise<EditorStory> {
  const res = await sendJson('PATCH', `/api/stories/${story.id}`, { revision: story.revision, ...changes }, editor.headers);
  const body = await readJson<{ story: EditorStory } & Problem>(res);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.story;
}

/** Approve the pending edit of `story` as `approver` (200 expected), naming its revision. */
export async function approveEdit(approver: TestUser, story: EditorStory): Promise<EditorStory> {
  const res = await act(approver, story.id, 'approve', { revision: story.pendingRevision });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.story;
}

/** Record every story event emitted while `fn` runs (handlers run through waitUntil). */
export async function captureEvents(fn: () => Promise<void>): Promise<StoryEvent[]> {
  const seen: StoryEvent[] = [];
  const handler = async (event: StoryEvent) => void seen.push(event);
  storyEventHandlers.push(handler);
  try {
    await fn();
    // Let waitUntil'd handlers finish.
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    storyEventHandlers.splice(storyEventHandlers.indexOf(handler), 1);
  }
  return seen;
}

export async function storyStatus(id: number): Promise<string | undefined> {
  const row = await env.DB.prepare('SELECT status FROM stories WHERE id = ?').bind(id).first<{ status: string }>();
  return row?.status;
}
