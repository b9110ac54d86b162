/**
 * What "recalc then validate reports nothing" looks at: the findings that say a computed ratio or sum
 * is wrong, and the computed cells a spreadsheet can hold exactly. ratio-over-100 is left out: a
 * correct capaian above 100 % still asks for an explanation (information, by design).
 */
import Decimal from "decimal.js";
import type { CellWrite } from "../../../core/plan/types";
import type { Finding } from "../../../core/rules/types";

/** Findings that say a computed ratio or sum is wrong. */
export const RATIO_SUM = new Set<Finding["rule"]>(["ratio-mismatch", "ratio-rounding", "ratio-undefined", "sum-mismatch"]);

/** Excel and LibreOffice keep 15 significant digits. */
const SPREADSHEET_DIGITS = 15;

/**
 * A computed cell whose result a spreadsheet holds exactly: nothing, a label, or ≤ 15 significant
 * digits (a longer result is not what the sheet keeps, so not what the validator then reads).
 */
export function storable(w: CellWrite): boolean {
  const numeric = /^-?\d+(\.\d+)?$/.test(w.expected ?? "");
  return !numeric || new Decimal(w.expected!).sd(true) <= SPREADSHEET_DIGITS;
}
