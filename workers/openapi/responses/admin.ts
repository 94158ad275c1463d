// Running the hub: accounts and tokens, units, invitations, imports, the audit log, dead letters.
import * as v from 'valibot';
import { importStatuses, unitKinds } from '../../../schema';
import type { ResponseDoc } from '../responses';
import { count, id, isoTime, maybeText, maybeTime, province, provinceCode, role } from './common';

const account = v.strictObject({
  id: v.string(),
  email: maybeText,
  phone: maybeText,
  name: v.string(),
  role,
  provinceCode: v.nullable(provinceCode),
  unit: maybeText,
  unitId: v.nullable(id),
  disabled: v.boolean(),
  disabledAt: maybeTime,
  deletionRequestedAt: maybeTime,
  createdAt: isoTime,
});

const unit = v.strictObject({
  id,
  provinceCode,
  parentId: v.nullable(id),
  name: v.string(),
  kind: v.picklist(unitKinds),
  path: v.string(),
  depth: v.optional(v.number()),
  active: v.boolean(),
  deactivatedAt: maybeTime,
  memberCount: v.optional(count),
});

const invite = v.strictObject({
  id: v.string(),
  unit: v.strictObject({ id, path: v.string(), provinceCode }),
  createdAt: isoTime,
  expiresAt: isoTime,
  maxUses: v.number(),
  uses: count,
  revokedAt: maybeTime,
  state: v.picklist(['active', 'expired', 'used_up', 'revoked']),
});

const counts = v.strictObject({ total: count, created: count, updated: count, unchanged: count, errors: count });
const importJob = v.strictObject({
  id: v.string(),
  status: v.picklist(importStatuses),
  provinceCode: v.nullable(provinceCode),
  totalRows: count,
  chunksTotal: count,
  chunksDone: count,
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  counts,
  errors: v.array(v.strictObject({ line: v.number(), name: v.string(), error: v.strictObject({ code: v.string(), message: v.string() }) })),
  createdAt: isoTime,
  finishedAt: maybeTime,
});

const auditEntry = v.strictObject({
  id,
  actorId: maybeText,
  actorName: maybeText,
  action: v.string(),
  target: v.string(),
  before: v.unknown(),
  after: v.unknown(),
  createdAt: isoTime,
});

export const adminDocs: Record<string, ResponseDoc> = {
  'GET /api/users': { description: 'Accounts (an admin with a province sees its accounts only).', schema: v.strictObject({ users: v.array(account) }) },
  'POST /api/users': { status: 201, description: 'The new account.', schema: v.strictObject({ user: account }) },
  'PATCH /api/users/:id': { description: 'The account after the change.', schema: v.strictObject({ user: account }) },
  'GET /api/users/:id/tokens': {
    description: 'An account’s API tokens (never the secrets).',
    schema: v.strictObject({ tokens: v.array(v.strictObject({ id: v.string(), label: v.string(), createdAt: isoTime, expiresAt: maybeTime, revokedAt: maybeTime })) }),
  },
  'DELETE /api/users/:id/sessions': { description: 'How many of the account’s sessions were ended.', schema: v.strictObject({ ended: count }) },
  'GET /api/users/import/:id': { description: 'An import’s progress and the rows it refused.', schema: v.strictObject({ import: importJob }) },
  'GET /api/units': { description: 'Units as a tree in path order (an admin with a province sees its units only).', schema: v.strictObject({ province: v.nullable(provinceCode), units: v.array(unit) }) },
  'POST /api/units': { status: 201, description: 'The new unit.', schema: v.strictObject({ unit }) },
  'PATCH /api/units/:id': { description: 'The unit after the change.', schema: v.strictObject({ unit }) },
  'GET /api/invites': { description: 'Invitation links of the admin’s or provincial editor’s units.', schema: v.strictObject({ invites: v.array(invite) }) },
  'POST /api/invites': { status: 201, description: 'The new invitation and its link (shown once).', schema: v.strictObject({ invite, link: v.string() }) },
  'GET /api/join/:code': { description: 'The unit and province an invitation link joins.', schema: v.strictObject({ unit: v.strictObject({ path: v.string() }), province }) },
  'GET /api/audit': {
    description: 'The audit log, newest first; pass `nextBefore` as `before` for the next page.',
    schema: v.strictObject({ entries: v.array(auditEntry), nextBefore: v.nullable(id) }),
  },
  'GET /api/admin/dead-letters': {
    description: 'Messages the queues gave up on, parked per queue, newest first.',
    schema: v.strictObject({
      parked: v.record(v.string(), count),
      items: v.array(v.strictObject({ id, queue: v.string(), attempts: count, error: maybeText, firstSeenAt: isoTime, lastSeenAt: isoTime })),
    }),
  },
  'POST /api/admin/dead-letters/replay': {
    description: 'How many parked messages were sent back to each queue.',
    schema: v.strictObject({ replayed: v.record(v.string(), count), total: count }),
  },
};
