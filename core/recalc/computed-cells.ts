import Decimal from "decimal.js";
import { asQuotient, evaluateFormula, type FormulaNode, formulaRefs, isSumFormula, parseFormula } from "../compute";
import { a1, columnLetters } from "../grid";
import type { ColumnRole, ColumnSpec, Layout, Measure } from "../layout/types";
import type { ModelRow, Table, ValueCell } from "../model";

/**
 * Which cell of a table is computed from which (DOMAIN.md §2): the printed column formulas ("8 =
 * (7/6)", "10 = (5+7+9)") and, for result columns no printed formula defines, the formulas of each
 * table kind by column role. One reading shared by the validator's ratio rules (to check printed
 * results) and by the recalculation (to write them as live formulas).
 */

/** A table's cells by row and column, as rules and the recalculation read them. */
export interface TableCells {
  table: Table;
  rows: ModelRow[];
  value(row: ModelRow, col: ColumnSpec): ValueCell | undefined;
}

const index = new WeakMap<Table, TableCells>();

/** The table's cells, indexed once per table. */
export function tableCells(table: Table): TableCells {
  let cells = index.get(table);
  if (!cells) {
    const byCol = table.model.rows.map((r) => new Map(r.values.map((v) => [v.col, v])));
    cells = { table, rows: table.model.rows, value: (row, col) => byCol[row.index].get(col.col) };
    index.set(table, cells);
  }
  return cells;
}

/** A cell's number: a Decimal, null when empty (missing), "unusable" for text, errors, undecided numbers. */
export function cellNumber(v: ValueCell | undefined): Decimal | null | "unusable" {
  if (!v || v.cell.kind === "empty") return null;
  if (v.cell.kind === "dash") return new Decimal(0);
  if (v.cell.kind !== "number" && v.cell.kind !== "percent" && v.cell.kind !== "money") return "unusable";
  if (v.cell.reading === "ambiguous" || v.cell.compound || !v.cell.value) return "unusable";
  return v.cell.value;
}

export interface Printed {
  value: Decimal;
  /** Decimals the cell shows: the precision to compare at. */
  decimals: number;
  percent: boolean;
}

/** The number a ratio/sum cell shows and its printed precision; null when it shows no clear number. */
export function printedNumber(v: ValueCell | undefined): Printed | null {
  const value = cellNumber(v);
  if (!v || value === null || value === "unusable" || v.cell.kind === "dash") return null;
  const decimals = printedDecimals(v, value);
  return decimals === null ? null : { value, decimals, percent: v.cell.kind === "percent" };
}

function printedDecimals(v: ValueCell, value: Decimal): number | null {
  if (typeof v.raw === "number") {
    // A typed number shows what its number format shows; unformatted, its own digits.
    if (v.format && v.format !== "General") {
      const m = /\.([0#]+)/.exec(v.format.split(";")[0]);
      return m ? m[1].length : 0;
    }
    return Math.min(value.decimalPlaces(), 10);
  }
  const token = /\d[\d.,]*/.exec(v.cell.text)?.[0].replace(/[.,]$/, "");
  if (!token) return null;
  const sep = v.cell.reading === "en" ? "." : v.cell.reading === "id" ? "," : null;
  const at = sep ? token.lastIndexOf(sep) : -1;
  return at < 0 ? 0 : token.length - at - 1;
}

const MONEY_SIZE = new Decimal(1_000_000);

/** A row's cells are money: a rupiah column, a rupiah cell, or whole amounts in the millions (unlabelled budget rows). */
export function isMoneyRow(cols: ColumnSpec[], cells: ValueCell[]): boolean {
  if (cols.some((c) => c.measure === "Rp" || c.role === "anggaran" || c.role === "rp")) return true;
  if (cells.some((v) => v.cell.kind === "money")) return true;
  const numbers = cells.filter((v) => v.cell.value && v.cell.kind === "number");
  return numbers.length > 0 && numbers.every((v) => v.cell.value!.isInteger()) && numbers.some((v) => v.cell.value!.abs().gte(MONEY_SIZE));
}

/**
 * A sum adds money: a rupiah column or cell, or — where a table does not label its amounts (budget
 * absorption in evaluation tables) — whole amounts that reach a million, alone or in total. Judged on
 * the cells added and their total, never on the printed result, which the recalculation rewrites: so
 * the recalculation (sum or latest value) and sum-mismatch decide alike, before and after.
 */
export function isMoneySum(cols: ColumnSpec[], addends: ValueCell[], total: Decimal | null): boolean {
  if (isMoneyRow(cols, addends)) return true;
  const numbers = addends.filter((v) => v.cell.value && v.cell.kind === "number");
  return numbers.length > 0 && numbers.every((v) => v.cell.value!.isInteger()) && total !== null && total.abs().gte(MONEY_SIZE);
}

/** An expression over columns: the parsed formula and the column each of its references names. */
export type Operand = { node: FormulaNode; refs: Map<string, ColumnSpec> };

export interface RatioDef {
  result: ColumnSpec;
  /** capaian: direction-aware realisasi vs target; quotient: numerator/denominator as printed. */
  kind: "capaian" | "quotient";
  numerator: Operand;
  denominator: Operand;
  /** Above 100 % needs a cap or an explanation (achievement of the Renstra target, budget absorption). */
  cap: boolean;
  /**
   * A printed quotient of one realisasi column over one target column that measures kinerja ("14 =
   * 13/5 × 100", K): on a row of a negative indicator it means that indicator's capaian, never R/T.
   */
  directional?: boolean;
}

export interface SumDef {
  result: ColumnSpec;
  operand: Operand;
  /** "10 = (5+7+9)" as printed; empty for a sum known from the column roles. */
  text: string;
}

function column(c: ColumnSpec): Operand {
  const key = String(c.col);
  return { node: { type: "num", text: key }, refs: new Map([[key, c]]) };
}

function sumOf(cols: ColumnSpec[]): Operand {
  const refs = new Map(cols.map((c) => [String(c.col), c] as const));
  const leaves: FormulaNode[] = cols.map((c) => ({ type: "num", text: String(c.col) }));
  const node = leaves.slice(1).reduce<FormulaNode>((left, right) => ({ type: "op", op: "+", left, right }), leaves[0]);
  return { node, refs };
}

function pick(layout: Layout, role: ColumnRole, year?: number, measure?: Measure): ColumnSpec | undefined {
  return layout.columns.find((c) => c.role === role && (year === undefined || c.year === year) && (measure === undefined || c.measure === measure));
}

const KINERJA_RATIOS: readonly ColumnRole[] = ["capaian", "rasio", "tingkatRealisasi", "tingkatCapaian"];

/** Printed formulas resolved to columns, when every reference is a known column of a compatible measure. */
function printedDefinitions(layout: Layout) {
  const byIndex = new Map(layout.columns.map((c) => [c.index, c]));
  const ratios: RatioDef[] = [];
  const sums: SumDef[] = [];
  for (const f of layout.printedFormulas) {
    const result = byIndex.get(f.index);
    if (!result) continue;
    let node: FormulaNode;
    try {
      node = parseFormula(f.expression);
    } catch {
      continue; // a column-number label that is not arithmetic
    }
    const refs = new Map<string, ColumnSpec>();
    for (const [num, index] of Object.entries(f.refs)) {
      const c = byIndex.get(index);
      if (c) refs.set(num, c);
    }
    const used = formulaRefs(node, (t) => t in f.refs);
    // A K/Rp pair under one column number: the references must stay within the result's measure.
    if (used.length === 0 || used.some((t) => !refs.has(t) || (result.measure && refs.get(t)!.measure && refs.get(t)!.measure !== result.measure))) continue;
    const quotient = asQuotient(node);
    if (quotient) {
      ratios.push({
        result,
        kind: "quotient",
        numerator: { node: quotient.numerator, refs },
        denominator: { node: quotient.denominator, refs },
        cap: result.role === "tingkatCapaian",
        directional:
          KINERJA_RATIOS.includes(result.role) && result.measure !== "Rp" && layout.kind !== "anggaran-realisasi" && quotient.numerator.type === "num" && quotient.denominator.type === "num",
      });
    } else if (isSumFormula(node)) {
      sums.push({ result, operand: { node, refs }, text: f.text });
    }
  }
  return { ratios, sums };
}

/** The formulas of DOMAIN.md §2 by column role, for result columns no printed formula defines. */
function roleDefinitions(layout: Layout) {
  const ratios: RatioDef[] = [];
  const sums: SumDef[] = [];
  const ratio = (result: ColumnSpec | undefined, kind: RatioDef["kind"], num?: ColumnSpec, den?: ColumnSpec, cap = false) => {
    if (result && num && den) ratios.push({ result, kind, numerator: column(num), denominator: column(den), cap });
  };
  const yearly = (role: ColumnRole) => layout.columns.filter((c) => c.role === role);
  switch (layout.kind) {
    case "kinerja-pelayanan":
    case "pengukuran-kinerja":
      for (const r of [...yearly("rasio"), ...yearly("capaian")]) {
        ratio(r, "capaian", pick(layout, "realisasi", r.year), pick(layout, "target", r.year));
      }
      break;
    case "anggaran-realisasi":
      for (const r of yearly("rasio")) ratio(r, "quotient", pick(layout, "realisasi", r.year), pick(layout, "anggaran", r.year), true);
      break;
    case "evaluasi-renja":
      for (const r of yearly("tingkatRealisasi")) {
        ratio(r, "capaian", pick(layout, "realisasiRenjaLalu", r.year) ?? pick(layout, "realisasiRenjaLalu"), pick(layout, "targetRenjaLalu", r.year) ?? pick(layout, "targetRenjaLalu"));
      }
      for (const r of yearly("tingkatCapaian")) ratio(r, "capaian", pick(layout, "realisasiSdBerjalan"), pick(layout, "targetRenstraAkhir"), true);
      break;
    case "evaluasi-renja-triwulan":
      for (const m of ["K", "Rp"] as const) {
        const quarters = layout.columns.filter((c) => c.role === "realisasiTriwulan" && c.measure === m);
        const renja = pick(layout, "realisasiRenja", undefined, m);
        const sdLalu = pick(layout, "realisasiSdLalu", undefined, m);
        const sdBerjalan = pick(layout, "realisasiSdBerjalan", undefined, m);
        ratio(pick(layout, "tingkatCapaian", undefined, m), m === "K" ? "capaian" : "quotient", sdBerjalan, pick(layout, "targetRenstraAkhir", undefined, m), true);
        if (renja && quarters.length > 1) sums.push({ result: renja, operand: sumOf(quarters), text: "" });
        if (sdBerjalan && sdLalu && renja) sums.push({ result: sdBerjalan, operand: sumOf([sdLalu, renja]), text: "" });
      }
      break;
    default:
      break;
  }
  return { ratios, sums };
}

/** Every computed column of the layout: printed formulas first, the kind's role formulas for the rest. */
export function computedDefinitions(layout: Layout): { ratios: RatioDef[]; sums: SumDef[] } {
  const printed = printedDefinitions(layout);
  const roles = roleDefinitions(layout);
  const defined = new Set([...printed.ratios, ...printed.sums].map((d) => d.result.col));
  return {
    ratios: [...printed.ratios, ...roles.ratios.filter((d) => !defined.has(d.result.col))],
    sums: [...printed.sums, ...roles.sums.filter((d) => !defined.has(d.result.col))],
  };
}

/** The distinct columns an operand uses, in formula order. */
export function operandColumns(op: Operand): ColumnSpec[] {
  return [...new Set(formulaRefs(op.node, (t) => op.refs.has(t)))].map((t) => op.refs.get(t)!);
}

export type Evaluated = { value: Decimal | null; cells: string[] } | "unusable";

/** An operand on a row: empty cells are missing (null), "-" is 0; text or errors make it unusable. */
export function evaluateOperand(cells: TableCells, row: ModelRow, op: Operand, blankAsZero: boolean): Evaluated {
  const values = new Map<string, Decimal | null>();
  const addresses: string[] = [];
  // Only the references this operand uses: a quotient's numerator and denominator share one map.
  for (const key of new Set(formulaRefs(op.node, (t) => op.refs.has(t)))) {
    const col = op.refs.get(key)!;
    const n = cellNumber(cells.value(row, col));
    if (n === "unusable") return "unusable";
    values.set(key, n === null && blankAsZero ? new Decimal(0) : n);
    addresses.push(a1(row.row, col.col));
  }
  const r = evaluateFormula(op.node, (t) => values.get(t));
  return { value: r.value, cells: addresses };
}

function render(node: FormulaNode, refs: Map<string, ColumnSpec>, name: (col: number) => string): string {
  if (node.type === "num") {
    const c = refs.get(node.text);
    return c ? name(c.col) : node.text;
  }
  const op = { "+": "+", "-": "−", "*": "×", "/": "/" }[node.op];
  const wrap = (n: FormulaNode) => (n.type === "op" && (n.op === "+" || n.op === "-") && node.op !== "+" ? `(${render(n, refs, name)})` : render(n, refs, name));
  return `${wrap(node.left)}${op === "+" || op === "−" ? ` ${op} ` : op}${wrap(node.right)}`;
}

/** The operand for a reader, with cell addresses: "(E4 + G4)", "K12/J12". */
export function renderOperand(node: FormulaNode, refs: Map<string, ColumnSpec>, row: number): string {
  return render(node, refs, (col) => a1(row, col));
}

/** The operand with column letters, for a column's header note: "K/J", "E + G + I". */
export function renderColumns(node: FormulaNode, refs: Map<string, ColumnSpec>): string {
  return render(node, refs, columnLetters);
}

// ---------------------------------------------------------------------------------------------
// Footer rows of evaluation tables

const AVERAGE = /^\s*rata-?rata\s+(tingkat\s+)?capaian/i;
const PREDIKAT = /^\s*predikat/i;

const texts = (row: ModelRow) => [row.name, row.indicator, row.sasaran, row.tujuan];

/** "Rata-rata capaian kinerja (%)": the mean of the capaian column above it. */
export function isAverageRow(row: ModelRow): boolean {
  return texts(row).some((t) => AVERAGE.test(t));
}

/** "Predikat kinerja": the predikat of the average above it. */
export function isPredikatRow(row: ModelRow): boolean {
  return texts(row).some((t) => PREDIKAT.test(t));
}

/** A footer row: not a data row, its cells summarise the rows above. */
export function isFooter(row: ModelRow): boolean {
  return isAverageRow(row) || isPredikatRow(row);
}
