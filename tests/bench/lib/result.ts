import { round } from './stats';

/** One line of `npm run bench` output. */
export interface BenchResult {
  scenario: string;
  value: number;
  floor: number;
  ratio: number;
  unit: 'ms';
  detail: Record<string, unknown>;
}

/** Builds a result with rounded figures and ratio = value / floor. */
export function result(
  scenario: string,
  value: number,
  floor: number,
  detail: Record<string, unknown>,
): BenchResult {
  return {
    scenario,
    value: round(value),
    floor: round(floor),
    ratio: round(value / floor),
    unit: 'ms',
    detail,
  };
}
