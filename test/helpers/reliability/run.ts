/**
 * Sizes, seeds and printed figures of the reliability suites. `npm test` runs them at CI size;
 * `npm run soak` sets ICR_SOAK (1, or a multiplier such as 5), which web-test-runner.config.mjs
 * hands to the page as `window.__ICR_SOAK__`. ICR_SEED replays one random sequence.
 */
declare global {
  interface Window {
    __ICR_SOAK__?: string;
    __ICR_SEED__?: string;
  }
}

const soakSetting = Number(globalThis.window?.__ICR_SOAK__ || 0);

/** True under `npm run soak`. */
export const SOAK = soakSetting > 0;

/** The soak multiplier (1 unless ICR_SOAK asks for more). */
export const SOAK_FACTOR = SOAK ? Math.max(1, Math.floor(soakSetting)) : 0;

/** `ci` in `npm test`, `soak × multiplier` under `npm run soak`. */
export function size(ci: number, soak: number): number {
  return SOAK ? soak * SOAK_FACTOR : ci;
}

/** The seed of this run: ICR_SEED when given, otherwise fresh (printed with every figure). */
export const SEED: number = (() => {
  const given = Number(globalThis.window?.__ICR_SEED__);
  return Number.isFinite(given) && given > 0 ? given >>> 0 : (Math.random() * 2 ** 32) >>> 0;
})();

/** Prints one figure line; web-test-runner shows browser logs in the terminal. */
export function figure(suite: string, text: string): void {
  // eslint-disable-next-line no-console
  console.log(`[figure] ${suite} (${SOAK ? `soak x${SOAK_FACTOR}` : 'ci'}, seed ${SEED}): ${text}`);
}

/** A small seeded PRNG (mulberry32), so a failing sequence can be replayed with ICR_SEED. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      if ((r -= w) < 0) return value;
    }
    return items[items.length - 1]![0];
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
