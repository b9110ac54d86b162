import type { RawCell } from "../grid";
import { appendNote } from "../plan/notes";
import type { CellWrite } from "../plan/types";
import type { Text } from "../rules/types";

/**
 * Undo records (ARCHITECTURE.md §4 "No data lost"): before any write, the touched cells as they were
 * go into a hidden sheet of the document, one record per row, so Urungkan survives a reload and works
 * the same in Excel and Sheets. A record is JSON split over cells below the hosts' 50 000-character
 * (Sheets) and 32 767-character (Excel) cell limits.
 */

export const UNDO_SHEET = "TabelRenstra_Urungkan";

/** One cell as it was: formula text or constant, number format, fill (#RRGGBB, null = none), note. */
export type CellState = [row: number, col: number, content: RawCell, numberFormat: string, fill: string | null, note: string | null];

/**
 * "marks" is a Validasi (Hapus tanda restores the latest one of a sheet); "unmark" is a Hapus tanda,
 * whose undo puts the marks and the record back; "edit" is any other write; "sheet" is a sheet the
 * add-in made (Buat tabel), which Urungkan deletes.
 */
export interface UndoRecord {
  kind: "marks" | "edit" | "unmark" | "sheet";
  sheet: string;
  /** What the pane says, in either language: "Urungkan: {label} ({cells} sel)". */
  label: Text;
  cells: CellState[];
  /** For "marks": the cells as the marks left them, so undoing a Hapus tanda can mark them again. */
  marked?: CellState[];
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

/** The cell as our marks leave it (for undoing a Hapus tanda). */
export function markedState(state: CellState, mark: CellWrite): CellState {
  const [row, col, content, format, , note] = state;
  return [row, col, content, format, mark.fill === undefined ? state[4] : `#${mark.fill}`, appendNote(note, mark.note ?? "")];
}

/** The pane's "Urungkan: …" for the latest record, or null. */
export function undoInfo(record: UndoRecord | undefined): { label: Text; cells: number } | null {
  return record ? { label: record.label, cells: record.cells.length } : null;
}
