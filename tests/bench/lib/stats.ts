/** The q-quantile (0..1) of samples, linear interpolation between order statistics. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Rounds for printing: 3 significant decimals for small values, fewer for big ones. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** min / p25 / median / p75 / max of samples, rounded. */
export function spread(samples: readonly number[]): {
  min: number;
  p25: number;
  p50: number;
  p75: number;
  max: number;
} {
  return {
    min: round(Math.min(...samples)),
    p25: round(quantile(samples, 0.25)),
    p50: round(quantile(samples, 0.5)),
    p75: round(quantile(samples, 0.75)),
    max: round(Math.max(...samples)),
  };
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns the durations in ms. */
export function timeSync(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

/** Async variant of timeSync. */
export async function timeAsync(
  fn: () => Promise<unknown>,
  runs: number,
  warmup = 2,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * Runs every kind once per round, each round starting one kind later (A B C, B C A, C A B …), so
 * drift over the run hits every kind alike; with two kinds that is A B B A.
 */
export function rotationOrder<T>(kinds: readonly T[], rounds: number): T[] {
  const order: T[] = [];
  for (let round = 0; round < rounds; round++)
    for (let i = 0; i < kinds.length; i++) order.push(kinds[(round + i) % kinds.length]!);
  return order;
}

/** Interleaves app (A) and floor (B) runs as A B B A … so drift hits both alike. */
export const abbaOrder = (sessionsEach: number): ('app' | 'floor')[] =>
  rotationOrder(['app', 'floor'] as const, sessionsEach);
