import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { SessionUser } from '../../workers/core/types';
import { translator, type Lang } from '../i18n';
import { assetUrl, PRELOADED_FONT, stylesheetsFor } from './page-assets';

export type LayoutProps = {
  lang: Lang;
  title: string;
  description?: string;
  /** Absolute canonical URL of the page. */
  canonical?: string;
  /** Extra <head> elements: Open Graph, JSON-LD, feeds. */
  head?: Child;
  /** Path of this page, so the language switch can link back to it. */
  path: string;
  user?: SessionUser | null;
  /** Client scripts under /js to load (deferred, same-origin only). */
  scripts?: string[];
  /** href of the nav entry for this page (`/`, `/guidelines`, …): marked aria-current="page". */
  current?: string;
  children?: Child;
};

/**
 * The language switch's link: `path` with its `lang` replaced (never appended, so
 * `?lang=en&lang=vi…` cannot grow) and every other query parameter kept.
 *
 * @example
 * languageSwitchHref('/editor/stats?days=30&lang=vi', 'en') // '/editor/stats?days=30&lang=en'
 */
export function languageSwitchHref(path: string, lang: Lang): string {
  // A relative base: only the path and query of `path` are read, so nothing can point off-site.
  const url = new URL(path, 'https://lantoa.invalid');
  url.searchParams.delete('lang');
  url.searchParams.append('lang', lang);
  return `${url.pathname}${url.search}`;
}

/** The frame of every page: landmarks, skip link, header nav, language switch, accessibility bar. */
export function Layout(props: LayoutProps) {
  const t = translator(props.lang);
  const other: Lang = props.lang === 'vi' ? 'en' : 'vi';
  const switchHref = languageSwitchHref(props.path, other);
  const signedIn = props.user != null;
  const here = (href: string) => (props.current === href ? 'page' : undefined);
  return (
    <>
    {/* Without a doctype browsers render in quirks mode. */}
    {raw('<!doctype html>')}
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('site.name')}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonical ? <link rel="canonical" href={props.canonical} /> : null}
        <link rel="preload" href={PRELOADED_FONT} as="font" type="font/woff2" crossorigin="anonymous" />
        {stylesheetsFor(props.path).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <link rel="icon" href={assetUrl('/favicon.svg')} type="image/svg+xml" />
        {/* Installable (web/public/manifest.webmanifest) and offline (/sw.js, registered by sw-register.js). */}
        <link rel="manifest" href="/manifest.webmanifest" />
        <meta name="theme-color" content="#b91c1c" />
        <link rel="alternate" type="application/rss+xml" title={t('site.name')} href="/feed.xml" />
        {props.head}
        <script src={assetUrl('/js/a11y.js')} defer />
        <script src={assetUrl('/js/sw-register.js')} defer />
        {(props.scripts ?? []).map((src) => (
          <script src={assetUrl(src)} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="a11y-bar" role="region" aria-label={t('a11y.bar')}>
            <button type="button" class="a11y-btn" data-a11y="text" aria-pressed="false">
              {t('a11y.textLarger')}
            </button>
            <button type="button" class="a11y-btn" data-a11y="contrast" aria-pressed="false">
              {t('a11y.contrast')}
            </button>
            <a class="lang-switch" href={switchHref} hreflang={other} lang={other}>
              {t('lang.switch')}
            </a>
          </div>
          <div class="brand-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">
                ✦
              </span>
              {t('site.name')}
            </a>
            <span class="tagline">{t('site.tagline')}</span>
            {/* A phone shows the links behind one "Menu" button (a <details>: no script needed);
                wider screens show them open, the button hidden (app.css, ::details-content). */}
            <details class="nav-menu">
              <summary class="nav-toggle">{t('nav.menu')}</summary>
              <nav aria-label={t('nav.main')}>
                <ul class="nav-list">
                  <li>
                    <a href="/" aria-current={here('/')}>{t('nav.feed')}</a>
                  </li>
                  <li>
                    <a href="/campaigns" aria-current={here('/campaigns')}>{t('nav.campaigns')}</a>
                  </li>
                  <li>
                    <a href="/report" aria-current={here('/report')}>{t('nav.report')}</a>
                  </li>
                  <li>
                    <a href="/kiem-tra" aria-current={here('/kiem-tra')}>{t('check.nav')}</a>
                  </li>
                  <li>
                    <a href="/guidelines" aria-current={here('/guidelines')}>{t('nav.guidelines')}</a>
                  </li>
                  <li>
                    <a href="/hoc" aria-current={here('/hoc')}>{t('learn.nav')}</a>
                  </li>
                  <li>
                    {/* Stories kept on this phone for sharing offline (/js/saved.js). */}
                    <a href="/da-luu" aria-current={here('/da-luu')}>{t('nav.saved')}</a>
                  </li>
                  {signedIn && props.user?.role !== 'member' ? (
                    <li>
                      <a href="/editor">{t('nav.editor')}</a>
                    </li>
                  ) : null}
                  {signedIn ? (
                    <li>
                      <a href="/me" aria-current={here('/me')}>{t('nav.me')}</a>
                    </li>
                  ) : null}
                  {signedIn ? (
                    <li>
                      <a href="/account" aria-current={here('/account')}>{t('nav.account')}</a>
                    </li>
                  ) : null}
                  <li>
                    {signedIn ? (
                      <form method="post" action="/logout" class="inline-form">
                        <button type="submit" class="link-button">
                          {t('nav.logout')}
                        </button>
                      </form>
                    ) : (
                      <a href="/login">{t('nav.login')}</a>
                    )}
                  </li>
                </ul>
              </nav>
            </details>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            <a href="/kiem-tra">{t('check.nav')}</a>
          </p>
          <p>{t('footer.law')}</p>
          <p>{t('footer.demo')}</p>
        </footer>
      </body>
    </html>
    </>
  );
}
