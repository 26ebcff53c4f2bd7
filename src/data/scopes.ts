/**
 * R52: SMART scopes. When the host's launch granted only some resource types, sections for the
 * others are shown as not available without being called (and failing). Understands SMART v1
 * (`patient/Observation.read`, `user/*.*`) and v2 (`patient/Observation.rs`, with query suffixes).
 */

const SCOPE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.(\*|read|write|[cruds]+)(\?.*)?$/;

/** True when the granted scope string lets the app search `resourceType`. */
export function scopeAllowsRead(granted: string, resourceType: string): boolean {
  return granted
    .split(/\s+/)
    .filter(Boolean)
    .some((scope) => {
      const match = SCOPE.exec(scope);
      if (!match) return false;
      const [, , type, permission] = match;
      if (type !== '*' && type !== resourceType) return false;
      if (permission === '*' || permission === 'read') return true;
      if (permission === 'write') return false;
      // v2: reading a section needs search (s); a plain read (r) is enough for Patient/{id}.
      return permission.includes('s') || (resourceType === 'Patient' && permission.includes('r'));
    });
}
