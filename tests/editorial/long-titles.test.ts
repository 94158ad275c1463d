// Titles of any allowed length save, by API and by form: D1 refuses LIKE
// patterns over 50 bytes, and slugs used to be made unique with one.
import { describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { completeStory, createStory, type EditorStory } from './story-helpers';

const WORDS = 'Gương sáng Đà Nẵng: người thợ điện Phạm Văn Đức hiến máu cứu người ở Thừa Thiên Huế, Quảng Ngãi và Bạc Liêu ';

/** A title of exactly `length` characters with full Vietnamese diacritics (no edge spaces). */
function vietnameseTitle(length: number, salt = ''): string {
  const text = (salt + WORDS.repeat(5)).slice(0, length - 1);
  return `${text}ữ`;
}

function postForm(path: string, user: TestUser, fields: Record<string, string>) {
  return fetchApp(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...user.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

async function editorStory(user: TestUser, id: number): Promise<EditorStory> {
  const res = await fetchApp(`/api/editor/stories/${id}`, { headers: user.headers });
  const body = await readJson<{ story: EditorStory }>(res);
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.story;
}

const formFields = (title: string) => ({
  title,
  summary: completeStory.summary,
  body: completeStory.body,
  categoryCode: completeStory.categoryCode,
  provinceCode: completeStory.provinceCode,
  commune: '',
  tags: 'giáo dục',
  captions: '',
  hashtags: '#LanToa',
  sourceType: completeStory.sourceType,
  sourceDetail: completeStory.sourceDetail,
  consent: 'yes',
});

describe('long Vietnamese titles', () => {
  it.each([49, 120, 200])('a %i-character title is created and edited through the API', async (length) => {
    const author = await signedInAs('contributor');
    const title = vietnameseTitle(length);
    expect(title).toHaveLength(length);
    const story = await createStory(author, { title });
    expect(story.title).toBe(title);
    expect(story.slug).toMatch(/^guong-sang-da-nang-nguoi-tho-dien-pham-van-duc/);

    const edited = vietnameseTitle(length, 'Sửa: ');
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { title: edited, revision: story.revision }, author.headers);
    const body = await readJson<{ story: EditorStory }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.story.title).toBe(edited);
    expect(body.story.slug).toMatch(/^sua-guong-sang/);
  });

  it.each([49, 120, 200])('a %i-character title is created and edited through the form', async (length) => {
    const author = await signedInAs('contributor');
    const title = vietnameseTitle(length);
    const created = await postForm('/editor/stories', author, formFields(title));
    expect(created.status, await created.clone().text()).toBe(303);
    const id = Number(/\/editor\/stories\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1]);
    expect((await editorStory(author, id)).title).toBe(title);

    const edited = vietnameseTitle(length, 'Bản sửa: ');
    const saved = await postForm(`/editor/stories/${id}`, author, { ...formFields(edited), revision: '1' });
    expect(saved.status, await saved.clone().text()).toBe(303);
    expect((await editorStory(author, id)).title).toBe(edited);
  });

  it('gives the same long title twice two distinct slugs', async () => {
    const author = await signedInAs('contributor');
    const title = vietnameseTitle(120, 'Trùng tên ');
    const first = await createStory(author, { title });
    const second = await createStory(author, { title });
    const third = await createStory(author, { title });
    expect(new Set([first.slug, second.slug, third.slug]).size).toBe(3);
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(third.slug).toBe(`${first.slug}-3`);
  });

  it('falls back to a short random suffix once the numbered slugs are used up', async () => {
    const author = await signedInAs('contributor');
    const title = vietnameseTitle(60, 'Mười lần ');
    const slugs: string[] = [];
    for (let i = 0; i < 11; i++) slugs.push((await createStory(author, { title })).slug);
    expect(new Set(slugs).size).toBe(11);
    expect(slugs[9]).toMatch(new RegExp(`^${slugs[0]}-[a-z0-9]{6}$`));
  });

  it('keeps a draft its own slug when its long title is saved unchanged apart from the body', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author, { title: vietnameseTitle(200, 'Giữ nguyên ') });
    const res = await sendJson('PATCH', `/api/stories/${story.id}`, { body: 'Nội dung mới.', revision: story.revision }, author.headers);
    expect(res.status).toBe(200);
    expect((await readJson<{ story: EditorStory }>(res)).story.slug).toBe(story.slug);
  });
});

describe('the same title at the same moment', () => {
  it('gives every one of 8 simultaneous stories its own slug instead of failing on the unique index', async () => {
    const author = await signedInAs('contributor');
    const title = vietnameseTitle(120, 'Cùng lúc ');
    const answers = await Promise.all(Array.from({ length: 8 }, () => sendJson('POST', '/api/stories', { ...completeStory, title }, author.headers)));
    const bodies = await Promise.all(answers.map((res) => readJson<{ story: EditorStory }>(res)));
    expect(answers.map((res) => res.status), JSON.stringify(bodies)).toEqual(Array(8).fill(201));
    expect(new Set(bodies.map((body) => body.story.slug)).size).toBe(8);
  });
});
