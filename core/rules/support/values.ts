import Decimal from "decimal.js";
import type { ParsedCell } from "../../cells";
import type { ColumnRole, ColumnSpec } from "../../layout/types";
import type { ModelRow, RowLevel, ValueCell } from "../../model/schema";
import type { RuleContext } from "../types";

/** Helpers shared by the values group (value-*, number-*). */

/** Rows that carry their own indicator, targets and Rp (DOMAIN.md §2). */
export const PLAN_LEVELS: readonly RowLevel[] = ["program", "kegiatan", "subkegiatan"];

/** Columns whose values are computed percentages of two other columns. */
export const RATIO_ROLES: readonly ColumnRole[] = ["rasio", "capaian", "tingkatRealisasi", "tingkatCapaian"];

/** A cell holding a number (not empty, dash, text or error). */
export function numberOf(v: ValueCell | undefined): Decimal | undefined {
  if (!v) return undefined;
  const k = v.cell.kind;
  return k === "number" || k === "percent" || k === "money" ? v.cell.value : undefined;
}

/** A cell holding a non-zero amount. */
export function nonZero(v: ValueCell | undefined): boolean {
  const d = numberOf(v);
  return d !== undefined && !d.isZero();
}

/** "93,88%" in the table's convention, two decimals as the ratio columns of real tables print them. */
export function formatPercent(ctx: RuleContext, d: Decimal): string {
  return `${ctx.formatNumber(d, 2)}%`;
}

/**
 * Sections of a table: a new one starts at an urusan/bidang heading and after a total row. Real tables
 * paste each urusan's block from a different source, so a block keeps its own number habits (the
 * Balangan T-C.24 prints rasio "94", "77%" and "94,53" in its three blocks).
 */
export function blocksOf(rows: ModelRow[]): ModelRow[][] {
  const blocks: ModelRow[][] = [];
  let current: ModelRow[] = [];
  for (const row of rows) {
    if ((row.level === "urusan" || row.level === "bidang") && current.length) {
      blocks.push(current);
      current = [];
    }
    current.push(row);
    if (row.level === "total") {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** The given rows' cells that pass `keep`, by sheet column, in one pass over the values. */
export function cellsByColumn(rows: ModelRow[], keep: (v: ValueCell) => boolean): Map<number, ValueCell[]> {
  const out = new Map<number, ValueCell[]>();
  for (const row of rows) {
    for (const v of row.values) {
      if (!keep(v)) continue;
      const list = out.get(v.col);
      if (list) list.push(v);
      else out.set(v.col, [v]);
    }
  }
  return out;
}

/** The value that most items share and how many share it. */
export function majority<T>(items: T[]): { value: T; count: number } | undefined {
  const counts = new Map<T, number>();
  for (const it of items) counts.set(it, (counts.get(it) ?? 0) + 1);
  let best: { value: T; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

/** Digits after the decimal separator as written ("94,53" → 2, "100" → 0); undefined when unknown. */
export function writtenDecimals(cell: ParsedCell): number | undefined {
  if (cell.evidence === "typed" || cell.value === undefined || cell.reading === "ambiguous") return undefined;
  const token = /\d+(?:[.,]\d+)*/.exec(cell.text)?.[0];
  if (token === undefined) return undefined;
  if (cell.reading === "plain") return 0;
  const i = token.lastIndexOf(cell.reading === "id" ? "," : ".");
  return i < 0 ? 0 : token.length - i - 1;
}

/**
 * Where a ratio column's numerator and denominator live: the formula the table prints ("11 = (10/4)")
 * or, without one, the kind's definition (DOMAIN.md §2: rasio = realisasi / target or / anggaran).
 */
export interface RatioInputs {
  numerator: ColumnSpec;
  denominator: ColumnSpec;
  /** Direction cannot change the result: a rupiah ratio or a printed formula. */
  exact: boolean;
}

export function ratioInputs(ctx: RuleContext, col: ColumnSpec): RatioInputs | undefined {
  const { layout } = ctx.table;
  const printed = layout.printedFormulas.find((f) => f.index === col.index);
  if (printed) {
    const m = /^(\d+)\/(\d+)(?:\*100)?$/.exec(printed.expression);
    if (!m) return undefined;
    const byIndex = (i: number) => layout.columns.find((c) => c.index === i);
    const numerator = byIndex(printed.refs[m[1]]);
    const denominator = byIndex(printed.refs[m[2]]);
    return numerator && denominator ? { numerator, denominator, exact: true } : undefined;
  }
  const pick = (role: ColumnRole) =>
    layout.columns.find((c) => c.role === role && c.year === col.year && c.measure === col.measure && c.quarter === undefined);
  const pair = (num: ColumnRole, den: ColumnRole, exact: boolean): RatioInputs | undefined => {
    const numerator = pick(num);
    const denominator = pick(den);
    return numerator && denominator ? { numerator, denominator, exact } : undefined;
  };
  const money = col.measure === "Rp";
  switch (col.role) {
    case "rasio":
      return layout.kind === "anggaran-realisasi" ? pair("realisasi", "anggaran", true) : pair("realisasi", "target", money);
    case "capaian":
      return pair("realisasi", "target", money);
    case "tingkatRealisasi":
      return pair("realisasiRenjaLalu", "targetRenjaLalu", money);
    case "tingkatCapaian":
      return pair("realisasiSdBerjalan", "targetRenstraAkhir", money);
    default:
      return undefined;
  }
}

export const HUNDRED = new Decimal(100);
