/**
 * fast-check settings for the property tests: a fixed seed and a modest number of runs, so `npm test`
 * is fast and repeatable; FUZZ_RUNS and FUZZ_SEED override them for a long run, e.g.
 *   FUZZ_RUNS=5000 npx jest tests/robustness --testNamePattern property
 * A failure prints the seed and path to replay it (fast-check's own report).
 */
import type { Parameters } from "fast-check";

export const DEFAULT_SEED = 20_250_127;

function envInteger(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return n;
}

export const FUZZ_SEED = envInteger("FUZZ_SEED") ?? DEFAULT_SEED;
const FUZZ_RUNS = envInteger("FUZZ_RUNS");

/** Runs for one property: FUZZ_RUNS when set, else the property's own default. */
export function runs(defaultRuns: number): number {
  return FUZZ_RUNS ?? defaultRuns;
}

export function fuzzParameters<T>(defaultRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: runs(defaultRuns) };
}

/** A jest timeout for a property: `perRunMs` per run, at least 30 s. */
export function timeoutFor(defaultRuns: number, perRunMs: number): number {
  return Math.max(30_000, runs(defaultRuns) * perRunMs);
}
