// Facebook's Share Dialog (with one hashtag) when the site has a Facebook app, sharer.php
// otherwise; Messenger's app link. Every one carries the member's tracked link.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { insertCampaign } from '../campaigns/fixtures';
import { ORIGIN, readJson } from '../helpers/http';
import { insertStory, type StoryFixture } from './fixtures';

type Shared = { url: string; links: { facebook: string; messenger: string } };

let story: StoryFixture;
let campaignStory: StoryFixture;
let campaign: number;

beforeAll(async () => {
  story = await insertStory({ hashtags: ['LanTỏa', 'ĐàNẵng'] });
  campaignStory = await insertStory({ hashtags: ['SinhVien'] });
  campaign = await insertCampaign({ hashtags: ['ThangThanhNien', 'LanToa'], storyIds: [campaignStory.id] });
});

/** The app with some vars changed (FB_APP_ID is a wrangler var, empty by default). */
async function request(path: string, init: RequestInit, vars: Partial<Env>): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await createApp().request(new URL(path, ORIGIN).toString(), init, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

async function shareLinks(body: Record<string, unknown>, vars: Partial<Env>): Promise<Shared> {
  const res = await request('/api/shares', { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(body) }, vars);
  const json = await readJson<Shared>(res);
  expect(res.status, JSON.stringify(json)).toBe(201);
  return json;
}

describe('the Facebook link of a share', () => {
  it('is the Share Dialog with the app id, the tracked link and the story’s first hashtag when FB_APP_ID is set', async () => {
    const shared = await shareLinks({ story: story.id, channel: 'facebook' }, { FB_APP_ID: '1234567890' });
    const link = new URL(shared.links.facebook);
    expect(`${link.origin}${link.pathname}`).toBe('https://www.facebook.com/dialog/share');
    expect(link.searchParams.get('app_id')).toBe('1234567890');
    expect(link.searchParams.get('href')).toBe(shared.url);
    expect(shared.url).toMatch(/^https:\/\/lantoa\.test\/l\/[A-Za-z0-9_-]{8}$/);
    expect(link.searchParams.get('hashtag')).toBe('#LanTỏa');
  });

  it('takes the campaign’s hashtag when the share is made for a running campaign', async () => {
    const shared = await shareLinks({ story: campaignStory.id, channel: 'facebook', campaign }, { FB_APP_ID: '1234567890' });
    expect(new URL(shared.links.facebook).searchParams.get('hashtag')).toBe('#ThangThanhNien');
  });

  it('is sharer.php with the tracked link when FB_APP_ID is empty (the default)', async () => {
    const shared = await shareLinks({ story: story.id, channel: 'facebook' }, { FB_APP_ID: '' });
    expect(shared.links.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(shared.url)}`);
  });
});

describe('Messenger', () => {
  it('gets its app link with the tracked link, counted as its own channel', async () => {
    const shared = await shareLinks({ story: story.id, channel: 'messenger' }, { FB_APP_ID: '' });
    expect(shared.links.messenger).toBe(`fb-messenger://share?link=${encodeURIComponent(shared.url)}`);
    const row = await env.DB.prepare('SELECT channel FROM share_links WHERE code = ?').bind(shared.url.split('/l/')[1]).first<{ channel: string }>();
    expect(row?.channel).toBe('messenger');
  });

  it('is forwarded to by the no-JS hand-off page', async () => {
    const res = await request(
      '/share',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, accept: 'text/html' },
        body: new URLSearchParams({ story: String(story.id), channel: 'messenger', use: '0' }).toString(),
      },
      { FB_APP_ID: '' },
    );
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=fb-messenger:\/\/share\?link=https%3A%2F%2Flantoa\.test%2Fl%2F/);
  });
});
