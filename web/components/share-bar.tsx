import type { Translate } from '../i18n';

export type ShareBarProps = {
  t: Translate;
  /** The id of the share kit's form: the bar's buttons submit it (no JS: the hand-off page, with a tracked link). */
  formId: string;
};

/**
 * The share actions on screen at once, fixed to the bottom of a phone's screen (share.css pads the
 * page so it never covers the story's end, and keeps clear of the home indicator).
 *
 * - "Chia sẻ": the system share sheet with the card image and caption; only with the script, and
 *   only where the browser has `navigator.share` (revealed by /js/share-kit.js).
 * - Zalo, Facebook, "Sao chép": without JS they submit the kit's form like its own buttons do;
 *   the script copies or opens the network directly with a tracked link.
 * - `data-save-slot`: where the offline branch puts "Lưu để chia sẻ sau" (its own script fills it).
 *
 * Buttons carry `data-bar-channel`, not `data-channel`, so the kit's own buttons stay unique.
 */
export function ShareBar(props: ShareBarProps) {
  const { t, formId } = props;
  return (
    <div class="share-bar" role="group" aria-label={t('share.bar.label')} data-share-bar="">
      <button type="button" class="share-bar__btn share-bar__btn--sheet" data-share-sheet="" hidden>
        {t('share.bar.sheet')}
      </button>
      <button type="submit" form={formId} name="channel" value="zalo" class="share-bar__btn share-bar__btn--zalo" data-bar-channel="zalo">
        {t('share.channel.zalo')}
      </button>
      <button type="submit" form={formId} name="channel" value="facebook" class="share-bar__btn share-bar__btn--facebook" data-bar-channel="facebook">
        {t('share.channel.facebook')}
      </button>
      <button type="submit" form={formId} name="channel" value="copy" class="share-bar__btn share-bar__btn--copy" data-bar-channel="copy">
        {t('share.bar.copy')}
      </button>
      <div class="share-bar__slot" data-save-slot=""></div>
    </div>
  );
}

/**
 * How to paste into Zalo, shown in the same tab after the script copied caption, hashtags and link
 * (Zalo has no share link without an Official Account). Hidden until then.
 */
export function ZaloPasteHint(props: { t: Translate; zaloUrl: string; aboveBar?: boolean }) {
  const { t } = props;
  return (
    <section class={props.aboveBar ? 'share-hint share-hint--above-bar' : 'share-hint'} aria-labelledby="share-hint-title" data-zalo-hint="" hidden>
      <h2 id="share-hint-title" tabindex={-1}>
        {t('share.zaloHint.title')}
      </h2>
      <ol>
        <li>{t('share.zaloHint.step1')}</li>
        <li>{t('share.zaloHint.step2')}</li>
        <li>{t('share.zaloHint.step3')}</li>
      </ol>
      <p class="share-hint__actions">
        <a class="button" href={props.zaloUrl} target="_blank" rel="noopener" data-zalo-open="">
          {t('share.zaloHint.open')}
        </a>
        <button type="button" class="button secondary" data-hint-close="">
          {t('share.zaloHint.close')}
        </button>
      </p>
    </section>
  );
}
