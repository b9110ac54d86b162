import type { RawCell } from "../grid";
import { appendNote } from "../plan/notes";
import type { CellWrite } from "../plan/types";
import type { Text } from "../rules/types";
import { cellEntry, valueEntry } from "../commands/cell-entry";

/**
 * Undo records (ARCHITECTURE.md §4 "No data lost"): before any write, the touched cells as they were
 * go into a hidden sheet of the document, one record per row, so Urungkan survives a reload and works
 * the same in Excel and Sheets. A record is JSON split over cells below the hosts' 50 000-character
 * (Sheets) and 32 767-character (Excel) cell limits.
 *
 * The records are a plain stack: each holds the cells as they were just before its command, and
 * Urungkan takes the newest off and puts those back — so any run of commands undoes step by step to
 * where it started, whatever mix of Validasi, Hapus tanda and edits it was.
 */

export const UNDO_SHEET = "TabelRenstra_Urungkan";

/**
 * One cell as it was: formula text or constant, number format, fill (#RRGGBB, null = none), note.
 * `text` (1) marks a constant text that starts with "=" ("=1+1" typed as text), which would
 * otherwise read as a formula. Marks records keep fills and notes only: content null, format "".
 */
export type CellState = [row: number, col: number, content: RawCell, numberFormat: string, fill: string | null, note: string | null, text?: 1];

/** A cell's state from what the host read: its formula (null for a constant) and value. */
export function cellState(row: number, col: number, formula: string | null, value: RawCell, numberFormat: string, fill: string | null, note: string | null): CellState {
  const state: CellState = [row, col, formula ?? value, numberFormat, fill, note];
  if (!formula && typeof value === "string" && value.startsWith("=")) state.push(1);
  return state;
}

/** What to enter to give a cell its content back: a formula as a formula, a text as text. */
export function stateEntry(state: CellState): RawCell {
  return state[6] ? valueEntry(state[2]) : cellEntry(state[2]);
}

/** The state with another fill and note: the fill and note are all a Validasi changes. */
export function withFillAndNote(state: CellState, fill: string | null, note: string | null): CellState {
  const [row, col, content, format, , , text] = state;
  return text ? [row, col, content, format, fill, note, text] : [row, col, content, format, fill, note];
}

/**
 * "marks" is a Validasi, "unmark" a Hapus tanda, "edit" any other write to a planner's sheet,
 * "sheet" a sheet the add-in made (Buat tabel), which Urungkan deletes.
 */
export interface UndoRecord {
  kind: "marks" | "edit" | "unmark" | "sheet";
  sheet: string;
  /** What the pane says, in either language: "Urungkan: {label} ({cells} sel)". */
  label: Text;
  /**
   * "edit": the cells before the command. "marks" and "unmark": every cell the sheet's marks touch,
   * as it was before any marks — what Hapus tanda puts back.
   */
  cells: CellState[];
  /** "marks" and "unmark": the same cells as the marks leave them. */
  marked?: CellState[];
  /** "marks": the same cells just before this Validasi, when an earlier one's marks were on them (else `cells`). */
  before?: CellState[];
}

/** What Urungkan puts back for a record, and whether only fills and notes (a value typed since stays). */
export function undoStates(record: UndoRecord): { states: CellState[]; marksOnly: boolean } {
  if (record.kind === "unmark") return { states: record.marked ?? [], marksOnly: true };
  if (record.kind === "marks") return { states: record.before ?? record.cells, marksOnly: true };
  return { states: record.cells, marksOnly: false };
}

/** Below both hosts' cell limits, with room for the prefix. */
const CHUNK_CHARS = 30_000;
/** Every stored chunk starts with this, so no host reads one as a number or a formula. */
const CHUNK_PREFIX = "~";

/** The cells of one undo-sheet row holding the record. */
export function encodeRecord(record: UndoRecord): string[] {
  const json = JSON.stringify(record);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(CHUNK_PREFIX + json.slice(i, i + CHUNK_CHARS));
  return chunks;
}

/** The record of an undo-sheet row and how many cells it spans; null for a cleared (undone) row. */
export function decodeRecord(cells: unknown[]): { record: UndoRecord; width: number } | null {
  const chunks = cells.filter((c): c is string => typeof c === "string" && c.startsWith(CHUNK_PREFIX));
  if (chunks.length === 0) return null;
  try {
    const record = JSON.parse(chunks.map((c) => c.slice(CHUNK_PREFIX.length)).join("")) as UndoRecord;
    // Records of the first release carried an Indonesian label only.
    if (typeof record.label === "string") record.label = { id: record.label, en: record.label };
    return { record, width: chunks.length };
  } catch {
    // A row someone edited by hand: skip it rather than fail every later Urungkan.
    return null;
  }
}

/** The cell as our marks leave it. */
export function markedState(state: CellState, mark: CellWrite): CellState {
  return withFillAndNote(state, mark.fill === undefined ? state[4] : `#${mark.fill}`, appendNote(state[5], mark.note ?? ""));
}

/** The pane's "Urungkan: …" for the latest record, or null. */
export function undoInfo(record: UndoRecord | undefined): { label: Text; cells: number } | null {
  return record ? { label: record.label, cells: record.cells.length } : null;
}
