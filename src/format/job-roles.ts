/**
 * National RBAC job-role codes (R48) → the name a user knows their role by, in one place. A code
 * not in the table has no name: the caller then says only "your role", never the code (R49).
 */
import { translator } from '../i18n/core.js';
import { rolesMessages } from '../i18n/en-GB/roles.js';

const t = translator(rolesMessages);
type RoleKey = keyof typeof rolesMessages;

/** The job-role codes this library can name (the ones the mock ICR's roles use, and the R48 examples). */
export const NAMED_JOB_ROLES = Object.keys(rolesMessages).map((k) => k.slice('role.'.length));

/** `R8010` → "Clerical"; undefined for a code not in the table (or no code). */
export function jobRoleName(code: string | undefined): string | undefined {
  const key = `role.${code ?? ''}`;
  return key in rolesMessages ? t(key as RoleKey) : undefined;
}
