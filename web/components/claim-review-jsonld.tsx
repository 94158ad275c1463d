import { raw } from 'hono/html';
import { jsonLdText, type ClaimReview } from '../../workers/reports/claim-review';

/**
 * `<script type="application/ld+json">` for a rebuttal story's `<head>`.
 * NOTE: raw() is safe here because jsonLdText escapes every character that
 * could end the script element; JSON-LD is data, allowed by our CSP.
 */
export function ClaimReviewJsonLd(props: { data: ClaimReview | null }) {
  if (!props.data) return null;
  return <script type="application/ld+json">{raw(jsonLdText(props.data))}</script>;
}
