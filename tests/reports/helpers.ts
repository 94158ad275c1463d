import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../workers/app';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';

const app = createApp();

/**
 * The whole app (every middleware, real bindings) called in this isolate rather
 * than through SELF: lets a test change bindings (`envOverrides`), spy on the
 * Worker's outbound `fetch`, and run hundreds of requests at once (dispatch
 * through SELF slows down quadratically past ~100 concurrent requests).
 */
export function appFetch(path: string, init: RequestInit = {}, envOverrides: Partial<Env> = {}): Promise<Response> {
  const request = new Request(new URL(path, ORIGIN), init);
  return Promise.resolve(app.fetch(request, { ...env, ...envOverrides }, createExecutionContext()));
}

let ipCounter = 0;

/**
 * A distinct client address per call (documentation range 198.51.100.0/24 and
 * beyond), so tests are not throttled by the per-IP limit unless they mean to be.
 */
export function nextIp(): string {
  ipCounter += 1;
  return `203.0.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export type ReportBody = Record<string, unknown>;

export const validReport = (overrides: ReportBody = {}): ReportBody => ({
  url: 'https://www.facebook.com/story.php?story_fbid=1234567890&id=100064&mibextid=Nif5oz',
  category: 'false_news',
  description: 'Bài đăng nói rằng nước ngọt X gây ung thư, không có nguồn.',
  ...overrides,
});

function reportInit(body: ReportBody | string, headers: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** POST /api/reports as JSON from a fresh client address, through SELF. */
export function postReport(body: ReportBody | string, headers: Record<string, string> = {}) {
  return fetchApp('/api/reports', reportInit(body, headers));
}

/** The same, through `appFetch` (in-isolate, optionally with other bindings). */
export function postReportInApp(body: ReportBody | string, headers: Record<string, string> = {}, envOverrides: Partial<Env> = {}) {
  return appFetch('/api/reports', reportInit(body, headers), envOverrides);
}

export type ReportAnswer = { id: number; receipt: string; code?: string; status: string; caseId: number };

export async function createReport(body: ReportBody = validReport(), headers: Record<string, string> = {}): Promise<ReportAnswer> {
  const res = await postReport(body, headers);
  const json = await readJson<ReportAnswer>(res);
  if (res.status !== 201) throw new Error(`expected 201, got ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Bytes that start like a real PNG / JPEG / WebP file. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
export const WEBP_BYTES = new Uint8Array([0x52, 0x49, 0x46, 0x46, 36, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38]);

export async function rowCount(table: 'reports' | 'cases' | 'idempotency_keys' | 'case_notes' | 'audit_log' | 'stories'): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}

export async function caseRow(id: number) {
  return env.DB.prepare('SELECT * FROM cases WHERE id = ?').bind(id).first<Record<string, unknown>>();
}
