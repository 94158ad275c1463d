// Building blocks of the response schemas: the shapes every domain answers with
// (times, days, codes), so each domain file says only what is its own.
import * as v from 'valibot';
import { caseStatuses, reportCategories, reportPlatforms, roles, shareChannels, storyStatuses } from '../../../schema';

/** An instant, ISO 8601 in UTC (`2026-11-29T15:55:00.000Z`): how every `…At` field is written. */
export const isoTime = v.pipe(v.string(), v.isoTimestamp(), v.description('An instant, ISO 8601 in UTC'));
export const maybeTime = v.nullable(isoTime);
/** A calendar day in Vietnam, `YYYY-MM-DD`. */
export const day = v.pipe(v.string(), v.isoDate(), v.description('A calendar day in Vietnam, YYYY-MM-DD'));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const id = v.pipe(v.number(), v.integer(), v.minValue(1));
export const maybeText = v.nullable(v.string());
export const provinceCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/), v.description('A province code, e.g. HNI'));
export const province = v.strictObject({ code: provinceCode, name: v.string() });
export const figures = v.strictObject({ shares: count, clicks: count });
export const role = v.picklist(roles);
export const storyStatus = v.picklist(storyStatuses);
export const shareChannel = v.picklist(shareChannels);
export const caseStatus = v.picklist(caseStatuses);
export const reportCategory = v.picklist(reportCategories);
export const reportPlatform = v.picklist(reportPlatforms);

/**
 * Compile-time check that a schema fits a domain type: the same members, and every value the
 * schema accepts is one the domain type allows (it may be narrower: `isoTime` for `string | null`
 * where the route always sets it). `sameAs<FeedItem>()(schema)`.
 */
export function sameAs<T>() {
  return <S extends v.GenericSchema>(schema: S & (Fits<v.InferOutput<S>, T> extends true ? unknown : { doesNotFit: T })) => schema;
}
type Fits<A, B> = [A] extends [B] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false;
