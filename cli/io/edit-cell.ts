import type ExcelJS from "exceljs";
import { appendNote as appendNoteText, MAX_CELL_TEXT } from "../../core/plan/notes";
import { shorten } from "../../core/text/shorten";

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
  const after = appendNoteText(before || null, xmlSafe(ours));
  if (after !== before) cell.note = after;
}

/** A text we write into a cell (the report's message, expected and actual), as a cell can hold it. */
export function clampCellText(text: string): string {
  return shorten(xmlSafe(text), MAX_CELL_TEXT);
}

/**
 * Text as an .xlsx can hold it. XML has no place for most control characters (U+0000–U+001F except
 * tab, line feed and carriage return), U+FFFE, U+FFFF, or half a surrogate pair. ExcelJS drops the
 * first silently and writes U+FFFE/U+FFFF as they are — a workbook no spreadsheet opens. Each is
 * written the way Excel stores it (`_x0001_`, `_xFFFE_`: read back as the character); half a pair
 * becomes the replacement character U+FFFD.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
