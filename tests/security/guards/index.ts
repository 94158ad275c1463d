// Every route of the app must appear in exactly one domain's table below, either
// as public (with a reason) or as guarded (with the role it needs). The route-guard
// test fails on any route missing here. Add a domain: one import and one entry.
import { accountGuards } from './account';
import { campaignsGuards } from './campaigns';
import { coreGuards } from './core';
import { deadLettersGuards } from './dead-letters';
import { editorialGuards } from './editorial';
import { feedGuards } from './feed';
import { invitesGuards } from './invites';
import { reportsGuards } from './reports';
import { savedGuards } from './saved';
import { shareGuards } from './share';
import type { DomainGuards } from './types';

export const domainGuards: DomainGuards[] = [coreGuards, editorialGuards, shareGuards, reportsGuards, feedGuards, campaignsGuards, deadLettersGuards, accountGuards, savedGuards, invitesGuards];
