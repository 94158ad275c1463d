import type { ClaimReview } from '../../workers/reports/claim-review';
import { JsonLd } from './json-ld';

/** `<script type="application/ld+json">` for a rebuttal story's `<head>`; nothing when there is no ClaimReview. */
export function ClaimReviewJsonLd(props: { data: ClaimReview | null }) {
  if (!props.data) return null;
  return <JsonLd data={props.data} />;
}
