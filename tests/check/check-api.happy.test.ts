// POST /api/check finds a known false claim by its link (canonicalised) or its text (the claims
// matcher at the high threshold), in the reader's language; unrelated or undecided ones stay clear.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { decide, indexedReport } from '../claims/helpers';
import { checkJson, debunkedLink, postCheck } from './helpers';

const RUMOUR = 'Nước máy ở Hà Nội đang nhiễm dầu thải, tuyệt đối không dùng để nấu ăn trong tuần này.';
const RETYPED = 'CHIA SẺ GẤP 😱 nuoc may HA NOI dang nhiem dau thai, tuyet doi ko dung de nau an trong tuan nay!!! #tinnong';

describe('POST /api/check: known false claims', () => {
  it('recognises a debunked link even with tracking parameters and a mobile host, with the verdict in words and the rebuttal', async () => {
    const { url, caseId, story } = await debunkedLink();
    const pasted = url.replace('www.facebook.com', 'm.facebook.com') + '&fbclid=IwAR0abc&mibextid=Nif5oz';
    const { res, json } = await checkJson({ url: pasted });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(json.knownClaims).toBe('checked');
    expect(json.check.clear).toBe(false);
    expect(json.check.findings).toHaveLength(1);
    expect(json.check.findings[0]).toMatchObject({
      kind: 'knownFalse',
      via: 'url',
      caseId,
      score: 1,
      verdict: 'false',
      label: 'Sai sự thật',
      rebuttal: { id: story.storyId, slug: story.slug, title: story.title, summary: 'Tóm tắt', replies: [], url: `/stories/${story.slug}`, shareUrl: `/share/${story.slug}` },
    });
  });

  it('recognises a retyped rumour (no accents, capitals, teencode) through the claims matcher, in English with ?lang=en', async () => {
    const older = await indexedReport(RUMOUR);
    const story = await decide(older.caseId, { status: 'misleading' });
    await env.DB.prepare(`UPDATE stories SET replies = '["Thông tin này đã được kiểm chứng là sai, mời bạn đọc bài đính chính."]' WHERE id = ?`).bind(story.storyId).run();
    const { json } = await checkJson({ text: RETYPED }, { query: '?lang=en' });
    const found = json.check.findings.find((f) => f.kind === 'knownFalse');
    expect(found).toMatchObject({ via: 'text', caseId: older.caseId, verdict: 'misleading', label: 'Misleading' });
    expect(found?.score).toBeGreaterThanOrEqual(0.45);
    expect(found?.rebuttal).toMatchObject({ slug: story.slug, replies: ['Thông tin này đã được kiểm chứng là sai, mời bạn đọc bài đính chính.'] });
  });

  it('says clear for an unrelated text and for a link nobody reported', async () => {
    await indexedReport('Cầu Rồng Đà Nẵng bị nứt dầm chính, cấm xe qua cầu vô thời hạn từ ngày mai.');
    const { json } = await checkJson({ text: 'Chiều nay đoàn thanh niên phường dọn rác bờ sông, bà con mang theo găng tay và nước uống nhé.' });
    expect(json).toEqual({ check: { clear: true, findings: [] }, knownClaims: 'checked' });
    const link = await checkJson({ url: 'https://example.com/bai-viet-binh-thuong' });
    expect(link.json.check).toEqual({ clear: true, findings: [] });
  });

  it('does not call a claim known false while its rebuttal is a draft, or when the verdict is "not misinformation"', async () => {
    const draft = await debunkedLink({ published: false });
    expect((await checkJson({ url: draft.url })).json.check.findings).toEqual([]);
    const fine = await debunkedLink({ status: 'not_misinformation' });
    expect((await checkJson({ url: fine.url })).json.check.findings).toEqual([]);
  });

  it('follows a merge: a link of a case merged into a debunked one finds the live case', async () => {
    const live = await debunkedLink();
    const merged = await debunkedLink({ published: false });
    await env.DB.prepare('UPDATE cases SET merged_into_id = ? WHERE id = ?').bind(live.caseId, merged.caseId).run();
    const { json } = await checkJson({ url: merged.url });
    expect(json.check.findings[0]).toMatchObject({ kind: 'knownFalse', caseId: live.caseId, rebuttal: { slug: live.story.slug } });
  });

  it('answers the findings as the page renders them when asked for text/html (what /js/check.js shows)', async () => {
    const { url, story } = await debunkedLink();
    const res = await postCheck({ url }, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('Đây là tin sai đã được kiểm chứng');
    expect(html).toContain('Kết luận: Sai sự thật');
    expect(html).toContain(story.title);
    expect(html).toContain('Chia sẻ bài này thay thế');
    expect(html).toContain(`data-story="${story.storyId}"`);
  });
});
