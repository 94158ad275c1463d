import { Hono } from 'hono';
import { accountPageRoutes } from '../account/account-pages.routes';
import { accountRoutes } from '../account/account.routes';
import { resetPageRoutes } from '../account/reset-pages.routes';
import { auditRoutes } from '../audit/audit.routes';
import { authRoutes } from '../auth/auth.routes';
import type { AppEnv } from '../core/types';
import { importPageRoutes } from '../imports/imports-pages.routes';
import { importRoutes } from '../imports/imports.routes';
import { usersPageRoutes } from '../users/users-pages.routes';
import { usersRoutes } from '../users/users.routes';
import { cardPreviewRoutes } from './card-preview.routes';
import { coverRoutes } from './covers.routes';
import { editorPageRoutes } from './editor-pages.routes';
import { editorialRoutes } from './editorial.routes';
import { writingRoutes } from './writing.routes';

/** Everything the editorial branch serves: sign-in, one's own account and reset links, accounts, the story workflow, covers, the audit log. */
export const editorialDomain = new Hono<AppEnv>()
  .route('/', authRoutes)
  .route('/', accountRoutes)
  .route('/', accountPageRoutes)
  .route('/', resetPageRoutes)
  // Before the users routes: /editor/users/import would otherwise be taken for an account id.
  .route('/', importRoutes)
  .route('/', importPageRoutes)
  .route('/', usersRoutes)
  .route('/', usersPageRoutes)
  .route('/', writingRoutes)
  .route('/', editorialRoutes)
  .route('/', coverRoutes)
  .route('/', editorPageRoutes)
  .route('/', cardPreviewRoutes)
  .route('/', auditRoutes);
