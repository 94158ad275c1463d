import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns } from '../../schema';
import { campaignCaption, captionWithHashtags, mergeHashtags } from '../../workers/campaigns/captions';
import { fetchApp } from '../helpers/http';
import { db, insertCampaign, insertStory } from './fixtures';

describe('captions shared from a campaign', () => {
  it('end with the campaign hashtags on their own line', () => {
    expect(captionWithHashtags('Gương sáng Ba Đình', ['LanToa', 'ThangThanhNien'])).toBe('Gương sáng Ba Đình\n\n#LanToa #ThangThanhNien');
  });

  it('do not repeat a hashtag the text already has, whatever its case', () => {
    expect(captionWithHashtags('Cùng #lantoa điều tốt', ['LanToa', 'HaNoi'])).toBe('Cùng #lantoa điều tốt\n\n#HaNoi');
  });

  it('stay as they are when every hashtag is present', () => {
    expect(captionWithHashtags('Đọc và chia sẻ #LanToa', ['#LanToa'])).toBe('Đọc và chia sẻ #LanToa');
  });

  it('put the story hashtags before the campaign ones, each once, with Vietnamese letters kept', () => {
    expect(mergeHashtags(['NhânÁi', 'LanToa'], ['#lantoa', 'ThángThanhNiên'])).toEqual(['NhânÁi', 'LanToa', 'ThángThanhNiên']);
  });

  it('start from the story caption, or its title when it has none, NFC-normalised', () => {
    const nfd = 'Người tốt'.normalize('NFD');
    expect(campaignCaption(['LanToa'], { title: nfd, captions: [], hashtags: ['GuongSang'] })).toBe('Người tốt\n\n#GuongSang #LanToa');
    expect(campaignCaption(['LanToa'], { title: 'Tiêu đề', captions: ['Lời dẫn 1', 'Lời dẫn 2'], hashtags: [] })).toBe('Lời dẫn 1\n\n#LanToa');
  });

  it('appear on the campaign page for every story of a running campaign, with a link to its share kit', async () => {
    const story = await insertStory({ title: 'Cô giáo bản Mông', captions: ['Chuyện cô giáo vùng cao'], hashtags: ['GiaoVien'] });
    const id = await insertCampaign({ hashtags: ['LanToa', 'ThangTriAn'], storyIds: [story] });
    const [row] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const html = await (await fetchApp(`/campaigns/${row?.slug}`)).text();
    expect(html).toContain('<blockquote class="campaign-caption">Chuyện cô giáo vùng cao\n\n#GiaoVien #LanToa #ThangTriAn</blockquote>');
    expect(html).toMatch(new RegExp(`href="/share/cau-chuyen-[^"?]+\\?campaign=${row?.slug}"`));
  });

  it('are not offered once the campaign has ended', async () => {
    const story = await insertStory();
    const id = await insertCampaign({ status: 'ended', storyIds: [story] });
    const [row] = await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id));
    const html = await (await fetchApp(`/campaigns/${row?.slug}`)).text();
    expect(html).not.toContain('campaign-caption');
    expect(html).toContain('Đã kết thúc');
  });
});
