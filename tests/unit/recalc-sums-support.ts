import Decimal from "decimal.js";
import { a1 } from "../../core/grid";
import type { Plan } from "../../core/plan/types";
import { readTables } from "../../core/read-tables";
import { normalizeAndRecalcPlan, recalcPlan } from "../../core/recalc";
import { type Printed, printedNumber, tableCells } from "../../core/recalc/computed-cells";
import { paguAnalysis } from "../../core/rules/support/pagu";
import { expectedFindings } from "../support/expected-findings";
import { type FixtureName, fixtureConvention, fixtureGrid, fixtureXlsxGrid } from "../support/fixtures";

/** The shared fixtures with Renstra/Renja money sums (T-C.27, T-C.33). */
export const SUM_FIXTURES = ["balangan-tc27", "rotendao-rumusan"] as const satisfies readonly FixtureName[];

const PAGU_RULES = /^pagu-(rollup|rounding|final)$/;

/** "100,00%" / "74.48%" / "-17.556.475" in the document's convention → the number and its decimals. */
export function documentNumber(text: string, convention: "id" | "en"): { value: Decimal; decimals: number } | null {
  const t = text.replace(/%$/, "").trim();
  const [group, point] = convention === "id" ? [".", ","] : [",", "."];
  if (!/^-?[\d.,]+$/.test(t)) return null;
  const plain = t.split(group).join("").replace(point, ".");
  return { value: new Decimal(plain), decimals: plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0 };
}

/** The cells a =SUM(…) formula adds: "=SUM(G5,I5:I7)" → G5, I5, I6, I7. */
export function sumCells(formula: string): string[] {
  const m = /^=SUM\((.*)\)$/.exec(formula);
  if (!m) return [];
  const pos = (ref: string) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { row: Number(row), col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  };
  return m[1].split(",").flatMap((term) => {
    const [from, to] = term.split(":").map(pos);
    if (!to) return [a1(from.row, from.col)];
    const out: string[] = [];
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(a1(r, c));
    return out;
  });
}

/** The fixture's table recalculated: as Excel typed it, or pasted as text and tidied first; with each cell's printed number. */
export async function recalcFixture(name: FixtureName, normalize: boolean) {
  const grid = normalize ? fixtureGrid(name) : await fixtureXlsxGrid(name);
  const [table] = readTables(grid);
  const plan = normalize ? normalizeAndRecalcPlan(table) : recalcPlan(table);
  const cells = tableCells(table);
  const byCell = new Map(cells.rows.flatMap((r) => r.values.map((v) => [a1(v.row, v.col), v] as const)));
  // The cells a parent's amount adds, as the validator's roll-up reads them.
  const a = paguAnalysis(table);
  const childCells = (row: number, col: number): string[] => {
    const slot = a.slots.find((s) => s.col.col === col || s.alt?.col === col);
    const rollup = a.rollups.find((r) => a.place(r.row, slot!)?.row.row === row);
    const cells = rollup && slot ? a.addends(rollup, slot) : [];
    return cells === "unreadable" ? [] : cells.map((p) => a1(p.row.row, p.col.col));
  };
  return { plan, printed: (address: string): Printed | null => printedNumber(byCell.get(address)), childCells };
}

/**
 * The plan's money sums against the fixture's verified pagu findings. A finding's cell must be
 * rewritten to the expected value (the sum of the cells as printed) plus what the recalculation
 * changed in those cells: where one of them is itself corrected (the Rote Ndao total adds the
 * corrected Rehabilitasi program) the finding is listed as cascaded. Every change of a printed
 * amount must be a flagged cell or one that adds a changed cell.
 */
export function groundTruth(name: FixtureName, plan: Plan, printed: (address: string) => Printed | null, childCells: (row: number, col: number) => string[]) {
  const sums = new Map(plan.writes.filter((w) => w.formula?.startsWith("=SUM(")).map((w) => [a1(w.row, w.col), w] as const));
  const changed = new Set(plan.changed.map((c) => a1(c.row, c.col)));
  const addsChanged = (address: string) => sumCells(sums.get(address)?.formula ?? "").some((c) => changed.has(c));
  /** How much the recalculation changed the sum of these cells. */
  const correction = (cells: string[]) =>
    cells.reduce((d, c) => {
      const before = printed(c);
      const after = sums.get(c)?.expected;
      return before && after ? d.plus(new Decimal(after).minus(before.value)) : d;
    }, new Decimal(0));
  const findings = expectedFindings(name).filter((e) => PAGU_RULES.test(e.rule));
  const unwritten: string[] = [];
  const wrong: string[] = [];
  const cascaded = new Set<string>();
  let checked = 0;
  for (const e of findings) {
    if (e.confidence !== "high" || typeof e.expected !== "string") continue;
    const address = a1(e.row, e.col);
    const w = sums.get(address);
    if (!w) {
      unwritten.push(`${address} ${e.rule}`);
      continue;
    }
    // The expected value is the sum of some cells as printed: the cells the formula adds, or on a
    // kondisi akhir cell that is also a parent's, its children's (pagu-rollup). The recalculated value
    // is that sum plus what the recalculation changed in those cells: a cascade when that moves it.
    const want = documentNumber(e.expected, fixtureConvention(name))!;
    const sets = [sumCells(w.formula!), childCells(e.row, e.col)];
    const wanted = sets.map((cells) => want.value.plus(correction(cells)).toFixed(want.decimals));
    const got = new Decimal(w.expected!).toFixed(want.decimals);
    if (got !== want.value.toFixed(want.decimals)) cascaded.add(address);
    if (!wanted.includes(got)) {
      wrong.push(`${address} ${e.rule}: ${w.expected}, ground truth ${want.value.toFixed(want.decimals)} → ${wanted.join(" or ")} (printed ${printed(address)?.value})`);
    }
    checked++;
  }
  const flagged = new Set(findings.map((e) => a1(e.row, e.col)));
  const unexplainedChanges = [...changed].filter((c) => !flagged.has(c) && !addsChanged(c));
  return { unwritten, wrong, checked, cascaded: [...cascaded].sort(), unexplainedChanges };
}
