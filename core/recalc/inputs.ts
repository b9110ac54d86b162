import type Decimal from "decimal.js";
import { readNumberFormat } from "../cells/number-format";
import type { Table, ValueCell } from "../model";
import { cellNumber } from "./computed-cells";
import type { Ref } from "./excel";

/**
 * What a formula can make of an input cell. A spreadsheet formula reads real numbers and blanks; a
 * number written as text ("35,12%", "Rp 87.026.000,00", "3 Dokumen") or a dash would give #VALUE!,
 * so such a cell forces the recalculation to write a value instead, unless "Rapikan angka" turns it
 * into a real number first. A dash stays a dash and is read as 0 through N().
 */
export type InputState =
  | { kind: "blank" }
  /**
   * A number a formula can read. `fraction`: stored as a fraction of 1 under a percent format (0.3512
   * for 35,12 %). `dash`: a "-" (nothing planned), which counts 0 and is read through N().
   */
  | { kind: "number"; value: Decimal; fraction: boolean; dash?: boolean }
  /** A number only the core can read (text or a dash): `value` in the cell's own units. */
  | { kind: "text"; value: Decimal }
  | { kind: "unusable" };

/** A number written as text that "Rapikan angka" converts: unambiguous, one quantity, no qualitative prefix. */
export function isNormalizable(v: ValueCell | undefined): v is ValueCell & { raw: string } {
  if (!v || typeof v.raw !== "string" || v.cell.kind === "dash" || v.cell.prefix) return false;
  const n = cellNumber(v);
  return n !== null && n !== "unusable";
}

export function inputState(v: ValueCell | undefined, afterNormalize: boolean): InputState {
  const n = cellNumber(v);
  if (n === null) return { kind: "blank" };
  if (n === "unusable") return { kind: "unusable" };
  if (v!.cell.kind === "dash") return { kind: "number", value: n, fraction: false, dash: true };
  if (typeof v!.raw === "number") return { kind: "number", value: n, fraction: readNumberFormat(v!.format).scalePercent };
  if (afterNormalize && isNormalizable(v)) return { kind: "number", value: n, fraction: v.cell.kind === "percent" };
  return { kind: "text", value: n };
}

/**
 * Inputs a computed cell is left alone for: text no one can read, or nothing but blanks and dashes
 * (a heading row, or a row the planner marked "-": its own "-", emptiness or number stays). A
 * spreadsheet error there ("#DIV/0!" over "-") is replaced: the formula shows an empty cell instead.
 */
export function nothingToCompute(states: InputState[], result: ValueCell | undefined): boolean {
  if (states.some((s) => s.kind === "unusable")) return true;
  return states.every((s) => s.kind === "blank" || (s.kind === "number" && s.dash)) && result?.cell.kind !== "error";
}

/** How a formula reads the cell at `address`: N(F5) turns a dash into 0 where "-"*1 would be #VALUE!. */
export function inputRef(state: InputState, address: string, scale = false): Ref {
  return { a1: state.kind === "number" && state.dash ? `N(${address})` : address, scale };
}

/** 1-based sheet row of the table's lowest header row (not the column-number row): where header notes go. */
export function headerSheetRow(table: Table): number {
  const { firstDataRow, headerRows, columnNumberRow } = table.layout;
  return sheetRow(table, Math.max(firstDataRow - 1, ...headerRows.filter((r) => r !== columnNumberRow)));
}

/** 1-based sheet row of a 0-based grid row of the table (the model's range ends at the last data row). */
export function sheetRow(table: Table, gridRow: number): number {
  const end = Number(/(\d+)$/.exec(table.model.range)?.[1]);
  return end - table.layout.lastDataRow + gridRow;
}
