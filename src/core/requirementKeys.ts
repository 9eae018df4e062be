/**
 * The stable keys of imported requirement rows, `req:<role id>:<requirement id>`: what re-imports
 * find rows by, and what tells, from the cells alone, which role a row was imported for. A role id
 * may hold colons (`handbook:sales/deal-desk#deal-desk-analyst`); a requirement id holds none.
 */

const KEY_PREFIX = 'req:';

/** The stable key of an imported requirement row. */
export function requirementKey(roleId: string, requirementId: string): string {
  return `${KEY_PREFIX}${roleId}:${requirementId}`;
}

export function isRequirementKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

/** The role and requirement ids a requirement key is made of. */
export function requirementKeyParts(key: string): { roleId: string; requirementId: string } {
  const last = key.lastIndexOf(':');
  return { roleId: key.slice(KEY_PREFIX.length, last), requirementId: key.slice(last + 1) };
}

/** The role id of a requirement key (a catalog or a handbook role's), or null for any other key. */
export function roleOfRequirementKey(key: string): string | null {
  if (!isRequirementKey(key)) return null;
  const { roleId } = requirementKeyParts(key);
  return roleId === '' ? null : roleId;
}
