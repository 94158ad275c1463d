// Every route of the app must appear in exactly one domain's table below, either
// as public (with a reason) or as guarded (with the role it needs). The route-guard
// test fails on any route missing here. Add a domain: one import and one entry.
import { accountGuards } from './account';
import { campaignsGuards } from './campaigns';
import { checkToneGuards } from './check-tone';
import { checkBeforePostingGuards } from './check-before-posting';
import { claimsGuards } from './claims';
import { coreGuards } from './core';
import { deadLettersGuards } from './dead-letters';
import { editorialGuards } from './editorial';
import { feedGuards } from './feed';
import { importsGuards } from './imports';
import { impactGuards } from './impact';
import { invitesGuards } from './invites';
import { lessonsGuards } from './lessons';
import { learnGuards } from './learn';
import { reportsGuards } from './reports';
import { privacyGuards } from './privacy';
import { pushGuards } from './push';
import { savedGuards } from './saved';
import { shareGuards } from './share';
import { tiplineGuards } from './tipline';
import type { DomainGuards } from './types';
import { unitsGuards } from './units';

export const domainGuards: DomainGuards[] = [coreGuards, editorialGuards, shareGuards, reportsGuards, feedGuards, campaignsGuards, deadLettersGuards, accountGuards, savedGuards, unitsGuards, privacyGuards, importsGuards, impactGuards, invitesGuards, pushGuards, tiplineGuards, claimsGuards, checkToneGuards, learnGuards, checkBeforePostingGuards, lessonsGuards];

/** A provincial admin against every admin route and the province-scoped desk (tests/security/scoped-admin-guards.security.test.ts). */
export { scopedAdminRows } from './scoped-admin';
