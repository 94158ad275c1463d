// A body that claims to be a form but cannot be parsed is the client's mistake.
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';

type Problem = { status: number; code: string; errors?: { path: string }[] };

describe('unreadable form bodies', () => {
  it.each([
    ['a multipart body without parts', 'multipart/form-data; boundary=boundary', '{"a":1}'],
    ['a multipart body with another boundary', 'multipart/form-data; boundary=expected', '--other\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--other--'],
    ['a multipart type without a boundary', 'multipart/form-data', 'title=x'],
  ])('%s answers 400 naming body, on a page form and on sign-in', async (_name, contentType, body) => {
    const contributor = await signedInAs('contributor');
    for (const [path, headers] of [
      ['/editor/stories', contributor.headers],
      ['/api/auth/login', { origin: ORIGIN }],
    ] as const) {
      const res = await fetchApp(path, { method: 'POST', redirect: 'manual', headers: { ...headers, 'content-type': contentType, accept: 'application/json' }, body });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toEqual(['body']);
    }
  });
});
