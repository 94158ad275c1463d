// The single source of truth for the database. drizzle-kit diffs these tables
// into SQL under ./migrations; wrangler applies them (locally and remotely).
export * from './geo';
export * from './units';
export * from './users';
export * from './invites';
export * from './stories';
export * from './audit';
export * from './shares';
export * from './reports';
export * from './campaigns';
export * from './queues';
export * from './imports';
export * from './tipline';
export * from './push';
export * from './push-triggers';
export * from './claims';
export * from './case-merges';
export * from './lessons';
