import type ExcelJS from "exceljs";
import { appendNote as appendNoteText } from "../../core/plan/notes";

/**
 * Changing one cell of a loaded workbook without disturbing any other: its own style copy before a
 * format change, and our note added below the planner's instead of replacing it. Shared by annotate
 * (marks) and recalc (plans).
 */

/**
 * Sets style properties on this cell only. ExcelJS shares one style object among the cells loaded
 * with the same style: changing it in place would change every cell of that style.
 */
export function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** The cell's note as plain text ("" when it has none). */
export function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return "";
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : "";
}

/** Adds our note below the one the cell has (core/plan/notes.ts): a note already there is not repeated. */
export function appendNote(cell: ExcelJS.Cell, ours: string): void {
  const before = existingNote(cell);
  const after = appendNoteText(before || null, ours);
  if (after !== before) cell.note = after;
}
