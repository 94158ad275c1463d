import { roles, type Role } from '../../schema';

/** Roles form a ladder: each can do everything the ones below it can. */
export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}
