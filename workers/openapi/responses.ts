// Response schemas for the OpenAPI document and the contract test, keyed `METHOD /path`
// exactly as the route is registered (`GET /api/stories/:slug`). Written in valibot like the
// inputs; `workers/openapi/` turns them into JSON Schema with @valibot/to-json-schema.
// One file per area under ./responses/; tests/openapi/contract.test.ts checks the seeded hub's
// answers against them (strict objects: a field a route adds without saying so fails it).
import type * as v from 'valibot';
import { accountDocs } from './responses/account';
import { adminDocs } from './responses/admin';
import { campaignDocs } from './responses/campaigns';
import { checkDocs } from './responses/check';
import { deskDocs } from './responses/desk';
import { editorialDocs } from './responses/editorial';
import { feedDocs } from './responses/feed';
import { lessonDocs } from './responses/lessons';
import { pageDocs } from './responses/pages';
import { learnDocs } from './responses/learn';

export type ResponseDoc = {
  /** The 2xx (or 3xx) status this route answers with (200 unless said). */
  status?: number;
  /** Schema of the JSON body; absent for HTML pages, redirects and files (describe those with `contentType`). */
  schema?: v.GenericSchema;
  contentType?: string;
  description: string;
};

export const responseDocs: Record<string, ResponseDoc> = {
  ...feedDocs,
  ...campaignDocs,
  ...editorialDocs,
  ...deskDocs,
  ...accountDocs,
  ...adminDocs,
  ...pageDocs,
  ...lessonDocs,
  ...learnDocs,
  ...checkDocs,
};
