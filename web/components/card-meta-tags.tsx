import type { CardMeta } from '../../workers/cards/card-meta';

/**
 * Open Graph and Twitter image tags for a story page's `<head>` (pass as Layout's `head`),
 * pointing at the story's 1200×630 card.
 *
 * @example
 * <Layout head={<CardMetaTags meta={await cardMetaFor(content, origin, lang)} />} …>
 */
export function CardMetaTags(props: { meta: CardMeta }) {
  const og = props.meta.og;
  return (
    <>
      <meta property="og:image" content={og.url} />
      <meta property="og:image:type" content={og.type} />
      <meta property="og:image:width" content={String(og.width)} />
      <meta property="og:image:height" content={String(og.height)} />
      <meta property="og:image:alt" content={og.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={og.url} />
      <meta name="twitter:image:alt" content={og.alt} />
    </>
  );
}
