/** The fault registry: rules apply in order to matching requests and expire after `times`. */
import type { FaultKind, FaultRule, MockFaults } from './types.js';

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
  /** Matching requests still to let through before the rule applies. */
  skip: number;
}

export const FAULT_KINDS: readonly FaultKind[] = [
  'delay',
  '500',
  '502',
  '503',
  '504',
  '429',
  '401',
  'truncated-json',
  'not-json',
  'html-content-type',
  'wrong-patient',
  'foreign-next',
  'network-error',
  'opted-out',
];

export interface FaultRegistry extends MockFaults {
  /** The rules matching a request for `resourceType`, each counted as used once. */
  take(resourceType: string | undefined): FaultRule[];
}

export function createFaultRegistry(): FaultRegistry {
  let active: ActiveRule[] = [];
  return {
    add(rule) {
      if (!FAULT_KINDS.includes(rule.fault)) throw new Error(`Unknown mock fault "${String(rule.fault)}"`);
      const entry: ActiveRule = { rule: { ...rule }, remaining: rule.times ?? Infinity, skip: rule.after ?? 0 };
      active.push(entry);
      return () => {
        active = active.filter((a) => a !== entry);
      };
    },
    clear() {
      active = [];
    },
    list() {
      return active.map((a) => a.rule);
    },
    take(resourceType) {
      const matched: FaultRule[] = [];
      for (const a of active) {
        if (a.rule.resourceType !== undefined && a.rule.resourceType !== resourceType) continue;
        if (a.skip > 0) {
          a.skip -= 1;
          continue;
        }
        matched.push(a.rule);
        a.remaining -= 1;
      }
      active = active.filter((a) => a.remaining > 0);
      return matched;
    },
  };
}

/**
 * Faults asked for on one request with the `X-Mock-Fault` header, e.g. `503; retryAfterSeconds=5`
 * or `delay; delayMs=1500` (several separated by commas). Handy from curl and the Node server.
 */
export function faultsFromHeader(value: string | null): FaultRule[] {
  if (!value) return [];
  const rules: FaultRule[] = [];
  for (const part of value.split(',')) {
    const [kind, ...params] = part.split(';').map((s) => s.trim());
    if (!kind || !FAULT_KINDS.includes(kind as FaultKind)) continue;
    const rule: FaultRule = { fault: kind as FaultKind };
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      const n = Number(v);
      if (k === 'delayMs' && Number.isFinite(n)) rule.delayMs = n;
      if (k === 'retryAfterSeconds' && Number.isFinite(n)) rule.retryAfterSeconds = n;
    }
    rules.push(rule);
  }
  return rules;
}
