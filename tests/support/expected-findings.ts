import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";
import type { Finding } from "../../core/rules/types";
import { type FixtureName, fixtureGrid, fixtureJson } from "./fixtures";

/** A verified finding of tests/fixtures/<name>.expected.json (1-based sheet row/col). */
export interface ExpectedFinding {
  row: number;
  col: number;
  rule: string;
  confidence: "high" | "medium" | "low";
  printed: string;
  expected: unknown;
  note: string;
}

export function expectedFindings(name: FixtureName): ExpectedFinding[] {
  return fixtureJson<{ findings: ExpectedFinding[] }>(`${name}.expected`).findings;
}

export function validateFixture(name: FixtureName): Finding[] {
  const [table] = readTables(fixtureGrid(name));
  return validateTable(table).findings;
}

/**
 * Which expected findings of the given rules and confidence the validator reports with the same
 * rule on the same row — the measure the product is judged by.
 */
export function recall(name: FixtureName, rules: readonly string[], confidence: ExpectedFinding["confidence"][] = ["high"]) {
  const expected = expectedFindings(name).filter((e) => rules.includes(e.rule) && confidence.includes(e.confidence));
  const found = validateFixture(name);
  const missed = expected.filter((e) => !found.some((f) => f.rule === e.rule && f.row === e.row));
  return { expected, found, missed, share: expected.length === 0 ? 1 : (expected.length - missed.length) / expected.length };
}
