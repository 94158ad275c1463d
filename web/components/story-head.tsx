import type { StoryDetail } from '../../workers/stories/present';
import { JsonLd } from './json-ld';

/** An image for link previews (the share branch supplies the story card). */
export type StoryImage = { url: string; alt: string; width?: number; height?: number; type?: string };

export type StoryHeadProps = {
  story: StoryDetail;
  siteName: string;
  /** Absolute site origin, for the publisher in JSON-LD. */
  origin: string;
  description: string;
  image?: StoryImage | null;
};

/**
 * Link-preview and search metadata of a story page: Open Graph (always `og:locale`
 * vi_VN: the stories are written in Vietnamese), Twitter card tags and a schema.org
 * Article. `<title>`, description and canonical come from the Layout.
 */
export function StoryHead(props: StoryHeadProps) {
  const { story, image } = props;
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: story.title.slice(0, 110),
    description: props.description,
    url: story.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': story.url },
    inLanguage: 'vi',
    datePublished: story.publishedAt,
    dateModified: story.updatedAt,
    articleSection: story.categoryName.vi,
    keywords: story.tagNames.join(', '),
    contentLocation: {
      '@type': 'Place',
      name: story.commune ? `${story.commune}, ${story.province.name}` : story.province.name,
    },
    publisher: { '@type': 'Organization', name: props.siteName, url: props.origin },
    // The writer by name only with their consent; otherwise their unit, if any.
    ...(story.author ? { author: { '@type': 'Person', name: story.author } } : story.unit ? { author: { '@type': 'Organization', name: story.unit } } : {}),
    ...(image ? { image: [image.url] } : {}),
  };
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={props.siteName} />
      <meta property="og:title" content={story.title} />
      <meta property="og:description" content={props.description} />
      <meta property="og:url" content={story.url} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="article:published_time" content={story.publishedAt} />
      <meta property="article:modified_time" content={story.updatedAt} />
      <meta property="article:section" content={story.categoryName.vi} />
      {story.tagNames.map((name) => (
        <meta property="article:tag" content={name} />
      ))}
      {image ? (
        <>
          <meta property="og:image" content={image.url} />
          <meta property="og:image:alt" content={image.alt} />
          {image.type ? <meta property="og:image:type" content={image.type} /> : null}
          {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
          {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
        </>
      ) : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={story.title} />
      <meta name="twitter:description" content={props.description} />
      {image ? <meta name="twitter:image" content={image.url} /> : null}
      {image ? <meta name="twitter:image:alt" content={image.alt} /> : null}
      <JsonLd data={article} />
    </>
  );
}
