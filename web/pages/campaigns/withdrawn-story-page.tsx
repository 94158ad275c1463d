import type { SessionUser } from '../../../workers/core/types';
import type { WithdrawnStory } from '../../../workers/notices/notices.queries';
import { CorrectionNotes } from '../../components/correction-notices';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';

/**
 * `/stories/:slug` of a withdrawn story (410 Gone): people still follow links shared
 * before it was withdrawn, and deserve to know why it is gone rather than a bare 404.
 */
export function WithdrawnStoryPage(props: { lang: Lang; user: SessionUser | null; path: string; story: WithdrawnStory }) {
  const t = translator(props.lang);
  return (
    <Layout lang={props.lang} title={t('corrections.withdrawnTitle')} path={props.path} user={props.user} head={<meta name="robots" content="noindex" />}>
      <article class="withdrawn-story">
        <h1>{t('corrections.withdrawnTitle')}</h1>
        <p>{t('corrections.withdrawnBody', { title: props.story.title })}</p>
        <CorrectionNotes lang={props.lang} corrections={props.story.corrections} />
        <p>
          <a href="/">{t('corrections.backToFeed')}</a>
        </p>
      </article>
    </Layout>
  );
}
