import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { createStory, submitted } from './story-helpers';

type Listed = { id: number; title: string; status: string; provinceCode: string; categoryCode: string; authorId: string; authorName: string };

let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
const ids: Record<string, number> = {};

beforeAll(async () => {
  editor = await signedInAs('editor');
  alice = await signedInAs('contributor', { name: 'Nguyễn Thị Alice' });
  bob = await signedInAs('contributor');
  ids.first = (await submitted(alice, { title: 'Gửi trước tiên', provinceCode: 'HNI' })).id;
  ids.second = (await submitted(bob, { title: 'Gửi thứ hai', provinceCode: 'HCM', categoryCode: 'local_achievement' })).id;
  ids.third = (await submitted(alice, { title: 'Gửi thứ ba', provinceCode: 'HNI' })).id;
  ids.draft = (await createStory(alice, { title: 'Chỉ là bản nháp' })).id;
  // Submission times a second apart, oldest first, whatever the clock did during setup.
  for (const [i, key] of ['first', 'second', 'third'].entries()) {
    await env.DB.prepare('UPDATE stories SET submitted_at = ? WHERE id = ?').bind(1_800_000_000_000 + i * 1000, ids[key]).run();
  }
  // A later edit must not move a story back in the queue.
  await env.DB.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').bind(Date.now() + 60_000, ids.first).run();
});

async function queue(query = '') {
  const res = await fetchApp(`/api/editor/queue${query}`, { headers: editor.headers });
  expect(res.status).toBe(200);
  return (await readJson<{ stories: Listed[] }>(res)).stories;
}

describe('the review queue', () => {
  it('lists only submitted stories, oldest submission first, with author names', async () => {
    const stories = await queue();
    expect(stories.map((s) => s.id)).toEqual([ids.first, ids.second, ids.third]);
    expect(stories.every((s) => s.status === 'submitted')).toBe(true);
    expect(stories[0]?.authorName).toBe('Nguyễn Thị Alice');
  });

  it('filters by province, category and author', async () => {
    expect((await queue('?province=hni')).map((s) => s.id)).toEqual([ids.first, ids.third]);
    expect((await queue('?category=local_achievement')).map((s) => s.id)).toEqual([ids.second]);
    expect((await queue(`?author=${bob.id}`)).map((s) => s.id)).toEqual([ids.second]);
  });

  it('names a malformed filter', async () => {
    const res = await fetchApp('/api/editor/queue?province=Hà Nội', { headers: editor.headers });
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('province');
  });
});

describe("a contributor's own list", () => {
  it('shows only their stories, with counts by state', async () => {
    const res = await fetchApp('/api/editor/stories', { headers: alice.headers });
    const body = await readJson<{ stories: Listed[]; counts: Record<string, number> }>(res);
    expect(body.stories.every((s) => s.authorId === alice.id)).toBe(true);
    expect(body.counts).toMatchObject({ submitted: 2, draft: 1, published: 0 });
  });
});
