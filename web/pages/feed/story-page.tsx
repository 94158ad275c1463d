import type { Child } from 'hono/jsx';
import type { SessionUser } from '../../../workers/core/types';
import type { StoryDetail } from '../../../workers/stories/present';
import { DateText } from '../../components/date';
import { Layout } from '../../components/layout';
import { StoryHead, type StoryImage } from '../../components/story-head';
import { translator, type Lang, type MessageKey } from '../../i18n';

export type StoryPageProps = {
  lang: Lang;
  user: SessionUser | null;
  path: string;
  origin: string;
  story: StoryDetail;
  /** Link-preview image (from storyImageProviders). */
  image?: StoryImage | null;
  /** Extra <head> elements (storyHeadSlots). */
  head?: Child;
  /** Blocks beside the story (storyAsideSlots), above the sharing reminder. */
  aside?: Child;
  /** Client scripts those blocks need (storyScripts). */
  scripts?: string[];
};

const SOURCE_LABELS: Record<string, MessageKey> = {
  document: 'story.source.document',
  event: 'story.source.event',
  interview: 'story.source.interview',
  other: 'story.source.other',
};

/** Up to `max` characters of `text`, cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** `/stories/:slug`: the story with its metadata, and slots for the share kit and more. */
export function StoryPage(props: StoryPageProps) {
  const { story, lang } = props;
  const t = translator(lang);
  const description = excerpt(story.summary || story.bodyText);
  const sourceLabel = story.source.type ? SOURCE_LABELS[story.source.type] : undefined;
  return (
    <Layout
      lang={lang}
      title={story.title}
      description={description}
      canonical={story.url}
      path={props.path}
      user={props.user}
      scripts={props.scripts}
      head={
        <>
          <StoryHead story={story} siteName={t('site.name')} origin={props.origin} description={description} image={props.image} />
          {props.head}
        </>
      }
    >
      <div class="story-layout">
        <article class="story" aria-labelledby="story-title" lang="vi">
          <nav class="breadcrumb" aria-label={t('story.breadcrumb')}>
            <a href="/">{t('story.back')}</a>
          </nav>
          <header class="story-header">
            <p class="story-kicker">
              <a class={`badge badge-cat-${story.category}`} href={`/?category=${story.category}`}>
                {lang === 'en' ? story.categoryName.en : story.categoryName.vi}
              </a>
            </p>
            <h1 id="story-title">{story.title}</h1>
            {story.summary ? <p class="story-summary">{story.summary}</p> : null}
            <dl class="story-facts" aria-label={t('story.facts')}>
              <div>
                <dt>{t('story.province')}</dt>
                <dd>
                  <a href={`/?province=${story.province.code}`}>{story.province.name}</a>
                </dd>
              </div>
              {story.commune ? (
                <div>
                  <dt>{t('story.commune')}</dt>
                  <dd>{story.commune}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('story.published')}</dt>
                <dd>
                  <DateText ms={Date.parse(story.publishedAt)} lang={lang} />
                </dd>
              </div>
            </dl>
          </header>
          {story.category === 'rebuttal' ? (
            <p class="notice story-rebuttal" lang={lang}>
              {t('story.rebuttal')}
            </p>
          ) : null}
          {story.cover ? (
            <figure class="story-cover">
              <img src={story.cover.url} alt={story.cover.alt} loading="lazy" decoding="async" />
            </figure>
          ) : null}
          {/* body_html is renderMarkdown output: escaped text plus a fixed set of tags. */}
          <div class="story-body" dangerouslySetInnerHTML={{ __html: story.bodyHtml }} />
          <footer class="story-footer" lang={lang}>
            {story.source.detail || sourceLabel ? (
              <p class="story-source">
                <strong>{t('story.source')}:</strong> {sourceLabel ? t(sourceLabel) : null}
                {sourceLabel && story.source.detail ? ' — ' : null}
                <span lang="vi">{story.source.detail}</span>
              </p>
            ) : null}
            {story.tags.length > 0 ? (
              <div class="story-tags">
                <h2 class="story-footer-title">{t('story.tags')}</h2>
                <ul class="tag-list" role="list">
                  {story.tags.map((tag) => (
                    <li>
                      <a class="tag" href={`/?tag=${encodeURIComponent(tag)}`}>
                        {tag}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {story.hashtags.length > 0 ? (
              <div class="story-hashtags">
                <h2 class="story-footer-title">{t('story.hashtags')}</h2>
                <p lang="vi">{story.hashtags.map((h) => `#${h}`).join(' ')}</p>
              </div>
            ) : null}
          </footer>
        </article>
        <aside class="story-aside" aria-label={t('story.aside')}>
          {props.aside}
          {/* "Lưu để chia sẻ sau" (/js/saved.js). NOTE: the share kit's own data-save-slot replaces this at merge. */}
          <div class="save-slot" data-save-slot="" />
          <section class="share-reminder" aria-labelledby="share-reminder-title">
            <h2 id="share-reminder-title">{t('story.shareTitle')}</h2>
            <p>{t('story.shareBody')}</p>
            <p>
              <a href="/guidelines">{t('story.guidelinesLink')}</a>
            </p>
          </section>
        </aside>
      </div>
    </Layout>
  );
}
