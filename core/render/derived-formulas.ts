import Decimal from "decimal.js";
import { capaian, type Direction, percentOf, roundHalfUp } from "../compute";
import { a1 } from "../grid";
import { capaianFormula, latestFormula, quotientFormula, type Ref, sumOfCells } from "../recalc/excel";
import { percentFormat } from "../recalc/formats";
import type { Aggregation } from "../rules/support/indicator-nature";
import type { CellContent } from "./sheet";

/**
 * The computed cells of the evaluation tables, written with the recalculation's formula helpers (the
 * same guards and rounding as "Hitung ulang"), each with the result for the values pre-filled now.
 * Everything is in display units (a percentage as 75, not 0.75), so no reference needs scaling.
 */
export interface Operand {
  row: number;
  col: number;
  /** The value a formula reads there: null for an empty cell (or an empty result). */
  number: Decimal | null;
}

const DECIMALS = 2;
const ref = (o: Operand): Ref => ({ a1: a1(o.row, o.col), scale: false });
const shown = (d: Decimal | null) => (d ? d.toFixed() : "");

/** Capaian of realisasi R against target T by the indicator's direction, in percent. */
export function capaianCell(t: Operand, r: Operand, direction: Direction): { content: CellContent; number: Decimal | null } {
  const value = capaian(t.number, r.number, direction, "lan");
  const number = value && roundHalfUp(value, DECIMALS);
  const formula = capaianFormula(ref(t), ref(r), direction === "negative" ? "lan" : null, DECIMALS, "half-up");
  return { content: { formula, expected: shown(number), numberFormat: percentFormat(DECIMALS, true) }, number };
}

/** Numerator over denominator in percent (realisasi of an amount against its pagu). */
export function quotientCell(numerator: Operand, denominator: Operand): { content: CellContent; number: Decimal | null } {
  const value = numerator.number && percentOf(numerator.number, denominator.number);
  const number = value && roundHalfUp(value, DECIMALS);
  const formula = quotientFormula(ref(numerator).a1, ref(denominator).a1, [ref(numerator), ref(denominator)], DECIMALS, "half-up");
  return { content: { formula, expected: shown(number), numberFormat: percentFormat(DECIMALS, true) }, number };
}

/**
 * A printed sum ("10 = 5+7+9", "12 = 8+9+10+11"): for amounts and cumulative indicators the sum (SUM
 * reads blanks as 0), for an end-value indicator the latest filled value (DOMAIN.md §2).
 */
export function sumCell(parts: Operand[], aggregation: Aggregation | "amount", numberFormat?: string): { content: CellContent; number: Decimal | null } {
  if (aggregation === "nilai-akhir") {
    const number = [...parts].reverse().find((p) => p.number)?.number ?? null;
    return { content: { formula: latestFormula(parts.map(ref)), expected: shown(number), ...(numberFormat ? { numberFormat } : {}) }, number };
  }
  const number = parts.reduce((s, p) => (p.number ? s.plus(p.number) : s), new Decimal(0));
  return { content: { formula: sumOfCells(parts), expected: number.toFixed(), ...(numberFormat ? { numberFormat } : {}) }, number };
}
