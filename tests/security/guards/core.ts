import { assetUrl } from '../../../web/components/page-assets';
import type { DomainGuards } from './types';

export const coreGuards: DomainGuards = {
  domain: 'core',
  public: [
    { method: 'GET', path: '/api/health', why: 'liveness probe and version' },
    { method: 'GET', path: '/api/openapi.json', why: 'the OpenAPI document: describes the routes, holds no data' },
    { method: 'GET', path: '/api/docs', why: 'the API reference page, rendered from the OpenAPI document' },
    {
      method: 'GET',
      path: '/v/:hash/*',
      why: 'versioned static files (styles, scripts, icon) from web/public, served immutable',
      sample: assetUrl('/css/app.css'),
      sharedCache: 'the same file for everyone, named by its content hash; answered before sessions are read',
    },
  ],
  guarded: [],
};
