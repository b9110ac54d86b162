import type { FormulaNode, NegativeMethod, RoundingMode } from "../compute";
import { a1 } from "../grid";

/**
 * Spreadsheet formula text (English function names, comma separators) for the computed cells. Every
 * function used exists in Excel, Google Sheets and LibreOffice: the workbook computes the same
 * numbers without the add-in. Guards keep a missing or zero divisor from showing #DIV/0!: the cell
 * stays empty instead (DOMAIN.md §4).
 */

/** A reference as it enters arithmetic: `(F5*100)` when the cell stores a percent as a fraction. */
export type Ref = { a1: string; scale: boolean };

const term = (r: Ref) => (r.scale ? `(${r.a1}*100)` : r.a1);

/** ROUND (half-up, like the core) or ROUNDDOWN for a table that cuts digits. */
export function rounded(body: string, decimals: number, mode: RoundingMode): string {
  return `${mode === "truncate" ? "ROUNDDOWN" : "ROUND"}(${body},${decimals})`;
}

function guarded(conditions: string[], body: string): string {
  return `=IF(OR(${conditions.join(",")}),"",${body})`;
}

/**
 * Capaian of realisasi R against target T in percent: R/T×100; for a negative indicator (2T−R)/T×100
 * ("lan") or T/R×100 ("inverse"). Empty when T is missing or 0, R is missing, or (inverse) R is 0.
 */
export function capaianFormula(t: Ref, r: Ref, negative: NegativeMethod | null, decimals: number, mode: RoundingMode): string {
  const [T, R] = [term(t), term(r)];
  const conditions = [`${t.a1}=""`, `${t.a1}=0`, `${r.a1}=""`];
  if (negative === "inverse") return guarded([...conditions, `${r.a1}=0`], rounded(`${T}/${R}*100`, decimals, mode));
  const body = negative === "lan" ? `(2*${T}-${R})/${T}*100` : `${R}/${T}*100`;
  return guarded(conditions, rounded(body, decimals, mode));
}

/** An expression of the printed formula with cell references: "(F5+H5)", "J5". */
export function expression(node: FormulaNode, ref: (text: string) => Ref | undefined): string {
  if (node.type === "num") {
    const r = ref(node.text);
    return r ? term(r) : node.text.replace(",", ".");
  }
  const side = (n: FormulaNode) => (n.type === "op" ? `(${expression(n, ref)})` : expression(n, ref));
  return `${side(node.left)}${node.op}${side(node.right)}`;
}

/** numerator/denominator × 100, empty when an input is missing or the denominator is 0. */
export function quotientFormula(numerator: string, denominator: string, refs: Ref[], decimals: number, mode: RoundingMode): string {
  const conditions = [...refs.map((r) => `${r.a1}=""`), `${denominator}=0`];
  return guarded(conditions, rounded(`${numerator}/${denominator}*100`, decimals, mode));
}

/** A sum of cells: SUM(H8:K8) for a run of adjacent columns, SUM(H8,J8,L8) otherwise (blanks count 0). */
export function sumFormula(refs: Ref[], cols: number[], rowRange: (from: number, to: number) => string): string {
  const adjacent = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1) && refs.every((r) => !r.scale);
  if (adjacent && refs.length > 2) return `=SUM(${rowRange(cols[0], cols[cols.length - 1])})`;
  return `=SUM(${refs.map(term).join(",")})`;
}

/**
 * The mean of a column's filled cells, rounded; empty when none is filled (AVERAGE would be #DIV/0!).
 * `cells` are the numbers of the range when some are stored as fractions (a percent format): all of
 * them fractions, the mean is scaled by 100; fractions mixed with percent units, the mean is of the
 * cells listed one by one, each fraction scaled — a plain AVERAGE of the range would mix 0.75 with 80.
 */
export function averageFormula(range: string, decimals: number, mode: RoundingMode, cells: Ref[] = []): string {
  const fractions = cells.filter((r) => r.scale).length;
  const mean = fractions === 0 ? `AVERAGE(${range})` : fractions === cells.length ? `AVERAGE(${range})*100` : `AVERAGE(${cells.map(term).join(",")})`;
  return `=IF(COUNT(${range})=0,"",${rounded(mean, decimals, mode)})`;
}

/** The latest filled value among cells in order: the last non-empty one, empty when all are. */
export function latestFormula(refs: Ref[]): string {
  let expr = `""`;
  for (const r of refs) expr = `IF(${r.a1}<>"",${term(r)},${expr})`;
  return `=${expr}`;
}

/**
 * A sum of scattered cells, =SUM(H8,H9,H12): each run of three or more adjacent cells down a column
 * or along a row becomes a range (H8:H10). SUM reads a dash or a blank as 0.
 */
export function sumOfCells(cells: { row: number; col: number }[]): string {
  const terms: string[] = [];
  for (let i = 0; i < cells.length; ) {
    const [dr, dc] = i + 1 < cells.length ? [cells[i + 1].row - cells[i].row, cells[i + 1].col - cells[i].col] : [0, 0];
    const step = (dr === 1 && dc === 0) || (dr === 0 && dc === 1);
    let j = i + 1;
    while (step && j < cells.length && cells[j].row - cells[j - 1].row === dr && cells[j].col - cells[j - 1].col === dc) j++;
    if (step && j - i > 2) {
      terms.push(`${a1(cells[i].row, cells[i].col)}:${a1(cells[j - 1].row, cells[j - 1].col)}`);
      i = j;
    } else {
      terms.push(a1(cells[i].row, cells[i].col));
      i++;
    }
  }
  return `=SUM(${terms.join(",")})`;
}
