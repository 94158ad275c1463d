import { env } from 'cloudflare:workers';
import type { TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';

// A real 1×1 PNG: the smallest cover the sniffer accepts.
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** What a contributor types into the new-story form (no province or category: tests add them). */
export const typed = {
  title: 'Bếp cơm nghĩa tình giữa lòng phố',
  summary: 'Mười năm nấu cơm miễn phí cho bệnh nhân nghèo.',
  body: 'Bà **Tư** nấu cơm mỗi sáng.\n\n- Cơm\n- Canh',
  commune: 'Phường Ninh Kiều',
  tags: 'nhân ái, bếp cơm',
  hashtags: '#BepCom',
  sourceType: 'interview',
  sourceDetail: 'Phỏng vấn ngày 2/11/2026',
  consent: 'yes',
  coverAlt: 'Bà Tư bên nồi cơm lớn',
};

/** POST the story form as multipart (what a browser sends once the form has a file input). */
export function postMultipart(path: string, user: TestUser, fields: Record<string, string>, file?: { bytes: Uint8Array; type: string; name: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  // A browser sends an empty file part when no file was chosen.
  form.append('file', file ? new Blob([file.bytes], { type: file.type }) : new Blob([], { type: 'application/octet-stream' }), file?.name ?? '');
  return fetchApp(path, { method: 'POST', redirect: 'manual', headers: { ...user.headers, accept: 'text/html' }, body: form });
}

export function page(path: string, user?: TestUser) {
  return fetchApp(path, { redirect: 'manual', headers: { accept: 'text/html', ...(user?.headers ?? {}) } });
}

export type StoryDbRow = { id: number; status: string; cover_key: string | null; cover_alt: string | null; revision: number; pending_revision: number | null; body: string; title: string };

export async function storyRow(id: number): Promise<StoryDbRow | null> {
  return env.DB.prepare('SELECT id, status, cover_key, cover_alt, revision, pending_revision, body, title FROM stories WHERE id = ?').bind(id).first<StoryDbRow>();
}

export async function storiesTitled(title: string): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM stories WHERE title = ?').bind(title).first<{ n: number }>();
  return row?.n ?? 0;
}

export function idFrom(location: string | null): number {
  return Number(location?.match(/\/editor\/stories\/(\d+)/)?.[1]);
}
