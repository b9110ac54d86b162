import Decimal from "decimal.js";
import { capaian, matchesPrinted, type NegativeMethod, type RoundingMode } from "../../compute";
import { a1 } from "../../grid";
import type { ColumnRole, ColumnSpec } from "../../layout/types";
import type { ModelRow, Table, ValueCell } from "../../model";
import {
  cellNumber,
  computedDefinitions,
  evaluateOperand,
  isAverageRow,
  isMoneySum,
  isFooter,
  type RatioDef,
  renderOperand,
  type SumDef,
  type Printed,
  printedNumber,
  type TableCells,
} from "../../recalc/computed-cells";
import type { RuleContext } from "../types";
import { rowNature } from "../../recalc/nature";
import { guessAggregation } from "./indicator-nature";

/**
 * The ratios group's shared reading of a table: every printed ratio (capaian, rasio, tingkat
 * realisasi/capaian) and printed sum with its definition, recomputed, plus the conventions the table
 * follows (rounding, negative-indicator formula, how 0/0 is shown). Computed once per table and
 * shared by ratio-mismatch, ratio-rounding, ratio-undefined, ratio-over-100 and sum-mismatch.
 */

const HUNDRED = new Decimal(100);

export { cellNumber, type Printed, printedNumber };

/** Writes a percentage the way the cell does: "93,88%" or "94" (no sign when the cell has none). */
export function formatPercent(ctx: RuleContext, d: Decimal, decimals: number, percent: boolean): string {
  return ctx.formatNumber(d, decimals) + (percent ? "%" : "");
}

export type RatioStatus = "ok" | "rounding" | "mismatch" | "undefined";

export interface RatioItem {
  row: ModelRow;
  cell: ValueCell;
  printed: Printed;
  status: RatioStatus;
  /** The recomputed percentage (unrounded) under the table's conventions; null when undefined. */
  expected: Decimal | null;
  /** The formula with cell addresses: "K12/J12 × 100", "(2×I5 − N5)/I5 × 100". */
  formula: string;
  /** For status undefined: why. */
  denominator?: "zero" | "empty";
  cap: boolean;
  /** Column role of the printed ratio (for the message: capaian vs rasio). */
  role: ColumnRole;
  cells: string[];
}

export interface SumItem {
  row: ModelRow;
  cell: ValueCell;
  printed: Printed;
  expected: Decimal;
  money: boolean;
  /** The printed formula and the sum with cell addresses: "10 = (5+7+9): E4 + G4 + I4". */
  formula: string;
  cells: string[];
}

export interface TableConventions {
  rounding: { mode: RoundingMode; decimals: number; support: number; total: number };
  negative: { method: NegativeMethod; support: number; total: number };
  /** How 0/0 is shown ("0%", "100%", "-", "kosong", "#DIV/0!") with its count among 0/0 cells. */
  zeroOverZero: { shown: string; support: number; total: number } | null;
}

export interface RatioAnalysis {
  ratios: RatioItem[];
  sums: SumItem[];
  conventions: TableConventions;
}

interface Candidate {
  row: ModelRow;
  cell: ValueCell;
  printed: Printed;
  def: RatioDef;
  /** Recomputed values: q (quotient or R/T), lan, inverse. */
  q: Decimal | null;
  lan: Decimal | null;
  inverse: Decimal | null;
  negative: boolean;
  cells: string[];
  denominator?: "zero" | "empty";
}

const cache = new WeakMap<Table, RatioAnalysis>();

/** The ratios group's analysis of the context's table (computed once, shared by the group's rules). */
export function analyseRatios(ctx: TableCells): RatioAnalysis {
  const cached = cache.get(ctx.table);
  if (cached) return cached;
  const { ratios: ratioDefs, sums: sumDefs } = computedDefinitions(ctx.table.layout);

  const candidates: Candidate[] = [];
  const zeroShown = new Map<string, number>();
  for (const row of ctx.rows) {
    if (isFooter(row)) continue;
    let negative: boolean | undefined;
    for (const def of ratioDefs) {
      const v = ctx.value(row, def.result);
      const num = evaluateOperand(ctx, row, def.numerator, false);
      const den = evaluateOperand(ctx, row, def.denominator, false);
      if (num === "unusable" || den === "unusable") continue;
      const zeroDen = den.value !== null && den.value.isZero();
      if (zeroDen && (num.value === null || num.value.isZero())) {
        const shown = !v ? "kosong" : v.cell.kind === "dash" ? "-" : v.cell.kind === "error" ? v.cell.text : v.cell.text.replace(/\s+/g, "");
        zeroShown.set(shown, (zeroShown.get(shown) ?? 0) + 1);
      }
      const p = printedNumber(v);
      if (!p || !v) continue;
      const cells = [...num.cells, ...den.cells];
      if (den.value === null || zeroDen) {
        candidates.push({ row, cell: v, printed: p, def, q: null, lan: null, inverse: null, negative: false, cells, denominator: zeroDen ? "zero" : "empty" });
        continue;
      }
      if (num.value === null) continue; // realisasi not filled in: value-missing's finding, not a ratio's
      if (isPlainQuotient(def)) {
        candidates.push({ row, cell: v, printed: p, def, q: num.value.div(den.value).times(HUNDRED), lan: null, inverse: null, negative: false, cells });
        continue;
      }
      // The recalculation's reading of the row (an "Arah" column wins over the guess), so a value it
      // writes is never called wrong here.
      negative ??= rowNature(row).direction === "negative";
      candidates.push({
        row,
        cell: v,
        printed: p,
        def,
        q: capaian(den.value, num.value, "positive"),
        lan: capaian(den.value, num.value, "negative", "lan"),
        inverse: capaian(den.value, num.value, "negative", "inverse"),
        negative,
        cells,
      });
    }
  }

  const conventions = inferConventions(candidates, zeroShown);
  const ratios = candidates.map((c) => classify(c, conventions));
  const sums = [...collectSums(ctx, sumDefs), ...collectAverages(ctx, candidates)];
  const analysis = { ratios, sums, conventions };
  cache.set(ctx.table, analysis);
  return analysis;
}

function values(c: Candidate): Decimal[] {
  return [c.q, c.lan, c.inverse].filter((x): x is Decimal => x !== null);
}

function inferConventions(candidates: Candidate[], zeroShown: Map<string, number>): TableConventions {
  let halfUp = 0;
  let trunc = 0;
  let lan = 0;
  let inverse = 0;
  const decimals = new Map<number, number>();
  for (const c of candidates) {
    const { value, decimals: d } = c.printed;
    decimals.set(d, (decimals.get(d) ?? 0) + 1);
    // A cell decides the rounding only when exactly one of the two modes reproduces it.
    const h = values(c).some((x) => matchesPrinted(x, value, d, "half-up"));
    const t = values(c).some((x) => matchesPrinted(x, value, d, "truncate"));
    if (h && !t) halfUp++;
    if (t && !h) trunc++;
    if (c.negative && c.lan && c.inverse) {
      const l = matchesPrinted(c.lan, value, d, "half-up") || matchesPrinted(c.lan, value, d, "truncate");
      const i = matchesPrinted(c.inverse, value, d, "half-up") || matchesPrinted(c.inverse, value, d, "truncate");
      if (l && !i) lan++;
      if (i && !l) inverse++;
    }
  }
  const usualDecimals = [...decimals.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 2;
  const mode: RoundingMode = trunc > halfUp ? "truncate" : "half-up";
  const method: NegativeMethod = inverse > lan ? "inverse" : "lan";
  const zero = [...zeroShown.entries()].sort((a, b) => b[1] - a[1])[0];
  const zeroTotal = [...zeroShown.values()].reduce((a, b) => a + b, 0);
  return {
    rounding: { mode, decimals: usualDecimals, support: mode === "half-up" ? halfUp : trunc, total: halfUp + trunc },
    negative: { method, support: method === "lan" ? lan : inverse, total: lan + inverse },
    zeroOverZero: zero ? { shown: zero[0], support: zero[1], total: zeroTotal } : null,
  };
}

/** A printed quotient read as printed; a direction-aware one ("14 = 13/5" on kinerja) is a capaian. */
function isPlainQuotient(def: Candidate["def"]): boolean {
  return def.kind === "quotient" && !def.directional;
}

function capaianFormula(c: Candidate, method: NegativeMethod | "positive"): string {
  const [r, t] = c.cells;
  if (method === "positive") return `${r}/${t} × 100`;
  return method === "lan" ? `(2×${t} − ${r})/${t} × 100` : `${t}/${r} × 100`;
}

function classify(c: Candidate, conv: TableConventions): RatioItem {
  const base = { row: c.row, cell: c.cell, printed: c.printed, cap: c.def.cap, role: c.def.result.role, cells: c.cells };
  if (c.denominator) {
    const formula = !isPlainQuotient(c.def) ? capaianFormula(c, "positive") : `${renderOperand(c.def.numerator.node, c.def.numerator.refs, c.row.row)}/${renderOperand(c.def.denominator.node, c.def.denominator.refs, c.row.row)}`;
    return { ...base, status: "undefined", expected: null, formula, denominator: c.denominator };
  }
  let expected: Decimal;
  let formula: string;
  if (isPlainQuotient(c.def)) {
    expected = c.q!;
    const num = renderOperand(c.def.numerator.node, c.def.numerator.refs, c.row.row);
    const den = renderOperand(c.def.denominator.node, c.def.denominator.refs, c.row.row);
    formula = `${num}/${den} × 100`;
  } else if (c.negative) {
    const method = conv.negative.method === "inverse" && c.inverse ? "inverse" : "lan";
    expected = (method === "inverse" ? c.inverse : c.lan)!;
    formula = capaianFormula(c, method);
  } else {
    expected = c.q!;
    formula = capaianFormula(c, "positive");
  }
  const { value, decimals, percent } = c.printed;
  const mode = conv.rounding.mode;
  const other: RoundingMode = mode === "half-up" ? "truncate" : "half-up";
  // The indicator's direction is a guess: a value that one of the capaian formulas reproduces is not
  // called wrong on the strength of the guess.
  const accepted = [expected, ...values(c)];
  if (!percent) accepted.push(...accepted.map((x) => x.div(HUNDRED))); // a ratio printed as a fraction
  let status: RatioStatus;
  if (accepted.some((x) => matchesPrinted(x, value, decimals, mode))) status = "ok";
  else if (matchesPrinted(expected, value, decimals, other) || expected.minus(value).abs().lte(new Decimal(10).pow(-decimals))) status = "rounding";
  else status = "mismatch";
  return { ...base, status, expected, formula };
}

/**
 * Printed sums. A sum of kinerja columns holds only for cumulative indicators (for the others the
 * column holds the latest value), so a row is checked only when its values are money or its
 * indicator is a confident flow; otherwise the sum says nothing.
 */
function collectSums(ctx: TableCells, defs: SumDef[]): SumItem[] {
  const items: SumItem[] = [];
  for (const def of defs) {
    for (const row of ctx.rows) {
      const v = ctx.value(row, def.result);
      const p = printedNumber(v);
      if (!p || !v) continue;
      const parts = evaluateOperand(ctx, row, def.operand, true);
      if (parts === "unusable" || parts.value === null) continue;
      const operands = [...def.operand.refs.values()];
      const money = isMoneySum([def.result, ...operands], addendCells(ctx, row, operands), parts.value);
      if (!money && !isCumulative(row)) continue;
      const sum = renderOperand(def.operand.node, def.operand.refs, row.row);
      items.push({ row, cell: v, printed: p, expected: parts.value, money, formula: def.text ? `${def.text}: ${sum}` : sum, cells: parts.cells });
    }
  }
  return items;
}

/** The cells a sum adds on a row (not its printed result: the recalculation rewrites that one). */
function addendCells(ctx: TableCells, row: ModelRow, operands: ColumnSpec[]): ValueCell[] {
  return operands.map((c) => ctx.value(row, c)).filter((v): v is ValueCell => !!v);
}

/** Cumulative by the planner's "Sifat" column, or by a confident guess from the indicator. */
function isCumulative(row: ModelRow): boolean {
  const nature = rowNature(row);
  if (nature.aggregationFrom === "kolom") return nature.aggregation === "kumulatif";
  const g = guessAggregation(row.indicator || row.name, row.satuan);
  return g.value === "kumulatif" && g.confident;
}

// ---------------------------------------------------------------------------------------------
// Message helpers

const LABELS: Partial<Record<ColumnRole, { id: string; en: string }>> = {
  rasio: { id: "Rasio", en: "The ratio" },
  capaian: { id: "Capaian", en: "Achievement" },
  tingkatRealisasi: { id: "Tingkat realisasi", en: "The realisation rate" },
  tingkatCapaian: { id: "Tingkat capaian", en: "The achievement rate" },
};

/** Params naming the printed ratio in both languages: {label} (id) and {label_en}. */
export function ratioLabel(role: ColumnRole): { label: string; label_en: string } {
  const l = LABELS[role] ?? { id: "Rasio", en: "The ratio" };
  return { label: l.id, label_en: l.en };
}

/** A ratio item's printed and recomputed values, in the cell's own style. */
export function ratioValues(ctx: RuleContext, item: RatioItem): { actual: string; expected: string | null } {
  const { value, decimals, percent } = item.printed;
  return {
    actual: formatPercent(ctx, value, decimals, percent),
    expected: item.expected ? formatPercent(ctx, item.expected, decimals, percent) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Footer averages

/**
 * The footer "Rata-rata capaian kinerja": the mean of the printed capaian of the column above it
 * (E.81: column 14 K) — every one shown, also where the row's inputs cannot be read: the mean of what
 * the column shows, as the recalculation writes it. Compared like a sum (sum-mismatch covers averages).
 */
function collectAverages(ctx: TableCells, candidates: Candidate[]): SumItem[] {
  const items: SumItem[] = [];
  const footers = ctx.rows.filter(isAverageRow);
  for (const row of footers) {
    for (const def of new Set(candidates.map((c) => c.def))) {
      if (def.result.measure === "Rp") continue; // the average is of kinerja, not of budget absorption
      const v = ctx.value(row, def.result);
      const p = printedNumber(v);
      const above = printedAbove(ctx, def, row);
      if (!p || !v || above.length === 0) continue;
      const mean = above.reduce((sum, c) => sum.plus(c.printed.value), new Decimal(0)).div(above.length);
      const cells = above.map((c) => a1(c.row.row, c.cell.col));
      const formula = `rata-rata ${cells[0]}…${cells[cells.length - 1]} (${above.length})`;
      items.push({ row, cell: v, printed: p, expected: mean, money: false, formula, cells });
    }
  }
  return items;
}

/** The printed numbers (not dashes) of a ratio column above a footer row, since the previous footer. */
function printedAbove(ctx: TableCells, def: RatioDef, footer: ModelRow): { row: ModelRow; cell: ValueCell; printed: Printed }[] {
  const out: { row: ModelRow; cell: ValueCell; printed: Printed }[] = [];
  for (const row of ctx.rows) {
    if (row.row >= footer.row) break;
    if (isFooter(row)) {
      out.length = 0;
      continue;
    }
    const cell = ctx.value(row, def.result);
    const printed = printedNumber(cell);
    if (cell && printed && cell.cell.kind !== "dash") out.push({ row, cell, printed });
  }
  return out;
}
