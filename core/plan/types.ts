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
  /** Layout of generated tables: thin borders all round, wrapped text, indent level, alignment. */
  border?: boolean;
  wrap?: boolean;
  indent?: number;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
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
   * ambiguous number ("80,127"), split a compound ("10 & 2") or drop a qualitative prefix; the
   * recalculation leaves a parent's amount whose code tree is unsure ("unsure-tree").
   */
  skipped?: { row: number; col: number; text: string; reason: "ambiguous" | "compound" | "prefix" | "unsure-tree" }[];
  /** Sheet layout, for generated tables ("Buat tabel"): merged ranges ("F1:Q1"), widths, frozen header, print. */
  sheetLayout?: SheetLayout;
}

export interface SheetLayout {
  merges: string[];
  /** Column widths in characters, by 1-based column. */
  columnWidths: { col: number; width: number }[];
  /** Rows and columns kept in view when scrolling (the header block). */
  freeze?: { rows: number; cols: number };
  print?: {
    orientation: "landscape" | "portrait";
    /** "A4" or "F4" (folio, 215 × 330 mm, common in Indonesian government offices). */
    paper: "A4" | "F4";
    /** Header rows repeated on every printed page, e.g. "1:4". */
    repeatRows?: string;
    fitToWidth: boolean;
  };
  /** Cells that take a value from a list (data validation), e.g. Arah "positif"/"negatif" on "M8:M507". */
  validations?: { range: string; list: string[]; prompt?: string }[];
}
