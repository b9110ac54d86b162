import type { RawCell } from "../grid";
import type { Text } from "../rules/types";

/**
 * A Plan is a host-neutral list of writes (ARCHITECTURE.md §1): recalculation, number tidying and
 * table generation produce one; Excel, Sheets and the CLI each apply it in one batch. Formulas use
 * English function names and comma separators, as Excel's `formulas` and Sheets' `setFormulas` take
 * them; addresses are A1 on the plan's sheet.
 */
export interface CellWrite {
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  /** A constant to write (ignored when `formula` is set). */
  value?: RawCell;
  /** "=IF(E5=0,\"\",ROUND(F5/E5*100,2))" */
  formula?: string;
  /** Excel number format code, e.g. `0.00"%"`, `"Rp "#,##0`, `0 "Dokumen"`. */
  numberFormat?: string;
  /** A note to put on the cell (replaces ours, keeps the planner's: hosts append). */
  note?: string;
  /** Background fill, RRGGBB. */
  fill?: string;
  bold?: boolean;
  /**
   * What the core computed for this cell (exact), for engine tests and for reporting a changed
   * value: a number for numeric results, "" for a deliberately empty result (no capaian).
   */
  expected?: string;
  /** What the cell held before (its text), when a person had typed a different value. */
  previous?: string;
}

export interface Plan {
  sheet: string;
  /** What the plan does, for "Urungkan: {label} ({n} sel)". */
  label: Text;
  writes: CellWrite[];
  /** Cells a person typed that the plan overwrites with a different value (ratio-mismatch). */
  changed: { row: number; col: number; previous: string; next: string }[];
  /**
   * Cells the plan deliberately left as they are, with why: "Rapikan angka" does not guess an
   * ambiguous number ("80,127"), split a compound ("10 & 2") or drop a qualitative prefix.
   */
  skipped?: { row: number; col: number; text: string; reason: "ambiguous" | "compound" | "prefix" }[];
}
