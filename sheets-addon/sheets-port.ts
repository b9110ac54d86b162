/// <reference types="google-apps-script" />
import { valueEntry } from "../core/commands/cell-entry";
import { CommandError, protectedSheet } from "../core/commands/errors";
import { type Area, formatAreas, type FormatAreas } from "../core/commands/format-areas";
import { a1, columnLetters, type Grid, type RawCell } from "../core/grid";
import { mergeWrites } from "../core/plan/batch";
import type { Plan } from "../core/plan/types";
import { type CellState, cellState, decodeRecord, encodeRecord, UNDO_SHEET, type UndoRecord } from "../core/undo/records";
import { areaArrays, boundingArea, columnBlocks, type CellTarget, type Snapshot } from "./cell-arrays";

/**
 * The only file that calls SpreadsheetApp (ARCHITECTURE.md §4). Every command costs a number of
 * service calls that does not grow with the table:
 * - a range is read with one getValues, one getFormulas and one getNumberFormats (plus, before a
 *   write, one getBackgrounds and one getNotes over the cells it will touch);
 * - a write goes out over the rectangle around the cells it changes, one call per property
 *   (formats, contents, fills, notes). A cell inside it that the command does not change is written
 *   back as the snapshot read it — text with its apostrophe, a date as its Date, a formula as its
 *   formula — so it keeps its content, format, fill and note (rich-text runs inside a text cell are
 *   what setValues cannot keep);
 * - a generated table goes into a new sheet with one setValues, and its formatting with one range
 *   list per formatting value (core/commands/format-areas.ts).
 *
 * Formulas: the core writes them with English function names and comma separators, and they go in
 * unchanged whatever the spreadsheet's locale. Apps Script takes formulas in that form, not in the
 * locale's own (";" in Indonesian spreadsheets), and the sheet then shows them localised. No
 * first-party page says so in as many words; sources: the Range.setValue reference (a string
 * beginning with "=" is entered as a formula), es.stackoverflow.com/q/527698 (formulas added by
 * Apps Script use the English function names whatever the account's and the spreadsheet's settings),
 * and Apps Script projects written for every locale ("setFormula always uses en-US syntax"). The
 * Sheets REST API is reported to parse user-entered formulas by locale
 * (github.com/googleapis/google-api-nodejs-client/issues/1994); the add-on does not use it.
 * tests/hosts/sheets-safety.test.ts writes them into en_US and id_ID fakes.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The cells a command reads: values as the core takes them, and the raw read for snapshots. */
export interface Read {
  grid: Grid;
  /** The active cell when the range is automatic (the commands look at the table around it). */
  active: { row: number; col: number } | null;
  contents: Contents;
}

/** Contents and number formats of a rectangle, as the service returned them. */
interface Contents {
  top: number;
  left: number;
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
}

const book = (): Spreadsheet => SpreadsheetApp.getActive();

/** The document's id, to keep per-document user properties apart. */
export function documentId(): string {
  return book().getId();
}

/**
 * Reads where the commands look: the picked range, else the active sheet's data and the active
 * cell. A picked range whose sheet is gone reads as automatic.
 */
export function readRange(picked: { sheet: string; range: string } | null): Read {
  const ss = book();
  const range = picked ? pickedRange(ss, picked) : null;
  const read = range ?? ss.getActiveSheet().getDataRange();
  const current = range ? null : ss.getCurrentCell();
  const contents = range ? readContents(read) : usedPart(readContents(read));
  const grid: Grid = {
    sheet: read.getSheet().getName(),
    originRow: contents.top,
    originCol: contents.left,
    values: contents.values.map((row) => row.map(rawCell)),
    formulas: contents.formulas.map((row) => row.map((f) => f || null)),
    numberFormats: contents.formats,
  };
  return { grid, active: current ? { row: current.getRow(), col: current.getColumn() } : null, contents };
}

function pickedRange(ss: Spreadsheet, picked: { sheet: string; range: string }): Range | null {
  return ss.getSheetByName(picked.sheet)?.getRange(picked.range) ?? null;
}

/** The rectangle a read covers. */
export function readArea(read: Read): Area {
  const { top, left, values } = read.contents;
  return { row: top, col: left, rows: values.length, cols: values[0]?.length ?? 0 };
}

function readContents(range: Range): Contents {
  return { top: range.getRow(), left: range.getColumn(), values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

/**
 * The part of the data range from its first row and column holding anything, as Excel's used range
 * starts: getDataRange always starts at A1, and the blank rows above a table would count against the
 * rows the core looks through for its header. An empty sheet keeps its A1.
 */
function usedPart(c: Contents): Contents {
  let [top, left] = [-1, Infinity];
  c.values.forEach((line, r) =>
    line.forEach((v, col) => {
      if ((v === "" || v === null) && c.formulas[r][col] === "") return;
      if (top < 0) top = r;
      left = Math.min(left, col);
    }),
  );
  if (top < 0) return c;
  const cut = <T>(grid: T[][]) => grid.slice(top).map((line) => line.slice(left));
  return { top: c.top + top, left: c.left + left, values: cut(c.values), formulas: cut(c.formulas), formats: cut(c.formats) };
}

/** The selection, for "Ganti rentang". */
export function selection(): { sheet: string; range: string } {
  const range = book().getActiveRange();
  if (!range) throw new CommandError({ id: "Pilih dulu sel-sel tabelnya.", en: "Select the table's cells first." });
  return { sheet: range.getSheet().getName(), range: range.getA1Notation() };
}

export function activeSheetName(): string {
  return book().getActiveSheet().getName();
}

export function sheetNames(): string[] {
  return book()
    .getSheets()
    .map((s) => s.getName());
}

/** Click on a finding: the cell is selected and its sheet shown. */
export function selectCell(sheet: string, cell: string): void {
  sheetNamed(sheet).getRange(cell).activate();
}

function sheetNamed(name: string): Sheet {
  const ws = book().getSheetByName(name);
  if (!ws) throw new CommandError({ id: `Lembar "${name}" tidak ada lagi.`, en: `Sheet "${name}" no longer exists.` });
  return ws;
}

// ---- snapshots and writes -----------------------------------------------------------------------

/**
 * The cells of `area` as they are now: contents from `read` when it covers them (no second read),
 * fills and notes read once over the area.
 */
export function snapshot(sheet: string, area: Area, read: Read | null): Snapshot {
  const range = sheetNamed(sheet).getRange(area.row, area.col, area.rows, area.cols);
  const contents = read && read.grid.sheet === sheet && covers(read.contents, area) ? read.contents : readContents(range);
  const fills = range.getBackgrounds();
  const notes = range.getNotes();
  const content = (row: number, col: number) => {
    const [r, c] = [row - contents.top, col - contents.left];
    return { value: contents.values[r][c], formula: contents.formulas[r][c], format: contents.formats[r][c] };
  };
  const fill = (row: number, col: number) => fillOf(fills[row - area.row][col - area.col]);
  const note = (row: number, col: number) => notes[row - area.row][col - area.col];
  return {
    state(row, col): CellState {
      const { value, formula, format } = content(row, col);
      return cellState(row, col, formula || null, rawCell(value), format, fill(row, col), note(row, col) || null);
    },
    entry(row, col) {
      const { value, formula } = content(row, col);
      // A date goes back as the Date the service gave, so the cell keeps it exactly; a text as text.
      return formula || (value instanceof Date ? value : valueEntry(rawCell(value)));
    },
    format: (row, col) => content(row, col).format,
    fill,
    note,
  };
}

function covers(c: Contents, area: Area): boolean {
  const rows = c.values.length;
  const cols = c.values[0]?.length ?? 0;
  return area.row >= c.top && area.col >= c.left && area.row + area.rows <= c.top + rows && area.col + area.cols <= c.left + cols;
}

/** The service reports a cell without fill as white; white is kept as "no fill", as in Excel. */
function fillOf(color: string): string | null {
  return !color || color.toLowerCase() === "#ffffff" ? null : color.toLowerCase();
}

/** One range call that can be taken back. */
interface Op {
  apply(): void;
  revert(): void;
}

/**
 * Writes the targets over their blocks of neighbouring columns (cell-arrays.ts), one call per
 * property and block, formats first (so a text format holds before contents go in). When the
 * service refuses a write (a protected range), what was written is put back and `onRefused` undoes
 * the command's bookkeeping, so the sheet is as it was; the command then fails with a message
 * saying why.
 */
export function writeCells(sheet: string, targets: Map<string, CellTarget>, snap: Snapshot, onRefused: () => void): void {
  const ws = sheetNamed(sheet);
  const ops: Op[] = [];
  for (const area of columnBlocks([...targets.values()])) {
    const range = ws.getRange(area.row, area.col, area.rows, area.cols);
    const { format, content, fill, note } = areaArrays(area, targets, snap);
    if (format) ops.push(op(format, (v) => range.setNumberFormats(v as string[][])));
    if (content) ops.push(op(content, (v) => range.setValues(v)));
    if (fill) ops.push(op(fill, (v) => range.setBackgrounds(v as string[][])));
    if (note) ops.push(op(note, (v) => range.setNotes(v as string[][])));
  }
  const done: Op[] = [];
  try {
    for (const o of ops) {
      o.apply();
      done.push(o);
    }
  } catch (e) {
    for (const o of done.reverse()) o.revert();
    onRefused();
    throw refusal(e, sheet);
  }
}

function op(values: { after: unknown[][]; before: unknown[][] }, set: (v: unknown[][]) => unknown): Op {
  return { apply: () => void set(values.after), revert: () => void set(values.before) };
}

/** The service's refusal of a protected range (its own text is English) in the planner's words. */
function refusal(e: unknown, sheet: string): unknown {
  const message = e instanceof Error ? e.message : String(e);
  return /protected/i.test(message) ? new CommandError(protectedSheet(sheet)) : e;
}

// ---- generated tables ---------------------------------------------------------------------------

/** "Buat tabel": a new sheet (it becomes the active one) holding the generated table. */
export function newSheetWithTable(name: string, plan: Plan): void {
  writeTable(book().insertSheet(name), plan);
}

/**
 * A generated plan on an empty sheet: contents and notes over the table's rectangle in one call
 * each, then each formatting value over its cells with one range list, then merges, widths, the
 * frozen header and the dropdown lists. Apps Script has no indent and no page setup: the levels
 * show by bold and codes, and the planner sets paper and orientation in File > Print.
 */
function writeTable(ws: Sheet, plan: Plan): void {
  const writes = mergeWrites(plan.writes);
  const area = boundingArea(writes);
  const grid = <T>(empty: T, of: (w: (typeof writes)[number]) => T | undefined): T[][] => {
    const rows = Array.from({ length: area.rows }, () => Array<T>(area.cols).fill(empty));
    for (const w of writes) rows[w.row - area.row][w.col - area.col] = of(w) ?? empty;
    return rows;
  };
  const range = ws.getRange(area.row, area.col, area.rows, area.cols);
  for (const f of formatAreas(writes)) applyFormat(ws, f);
  range.setValues(grid<unknown>("", (w) => w.formula ?? (w.value !== undefined ? valueEntry(w.value) : undefined)));
  if (writes.some((w) => w.note)) range.setNotes(grid("", (w) => w.note));
  const layout = plan.sheetLayout;
  if (!layout) return;
  for (const merge of layout.merges) ws.getRange(merge).merge();
  // Widths are in characters, as in Excel; a character of the default font is about 7 pixels.
  for (const { col, width } of layout.columnWidths) ws.setColumnWidth(col, Math.round(width * 7 + 5));
  if (layout.freeze) {
    ws.setFrozenRows(layout.freeze.rows);
    ws.setFrozenColumns(layout.freeze.cols);
  }
  for (const v of layout.validations ?? []) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(false);
    ws.getRange(v.range).setDataValidation((v.prompt ? rule.setHelpText(v.prompt) : rule).build());
  }
}

function applyFormat(ws: Sheet, { prop, value, areas }: FormatAreas): void {
  if (prop === "indent") return;
  const list = ws.getRangeList(areas.map(areaA1));
  switch (prop) {
    case "numberFormat":
      return void list.setNumberFormat(String(value));
    case "bold":
      return void list.setFontWeight(value ? "bold" : "normal");
    case "border":
      return void list.setBorder(true, true, true, true, true, true);
    case "wrap":
      return void list.setWrap(Boolean(value));
    case "align":
      return void list.setHorizontalAlignment(value as "left" | "center" | "right");
    case "valign":
      return void list.setVerticalAlignment(value as "top" | "middle");
    case "fill":
      return void list.setBackground(`#${String(value)}`);
  }
}

/** Urungkan of "Buat tabel": the sheet goes; false when it was deleted already. */
export function deleteSheet(name: string): boolean {
  const ss = book();
  const ws = ss.getSheetByName(name);
  if (!ws) return false;
  ss.deleteSheet(ws);
  return true;
}

// ---- the undo sheet -----------------------------------------------------------------------------

export interface StoredRecord {
  row: number;
  width: number;
  record: UndoRecord;
}

/** The undo records, oldest first, and the row after the last one. */
export interface UndoSheet {
  records: StoredRecord[];
  next: number;
}

/** Reads the hidden sheet's records (one read). */
export function readUndo(): UndoSheet {
  const ws = book().getSheetByName(UNDO_SHEET);
  if (!ws) return { records: [], next: 1 };
  const values = ws.getDataRange().getValues();
  const records: StoredRecord[] = [];
  values.forEach((cells, i) => {
    const decoded = decodeRecord(cells);
    if (decoded) records.push({ row: i + 1, ...decoded });
  });
  return { records, next: values.length + 1 };
}

/** Writes a record into one row of the undo sheet, which is made (hidden) the first time. */
export function putRecord(row: number, record: UndoRecord): StoredRecord {
  const chunks = encodeRecord(record);
  undoSheetForWriting()
    .getRange(row, 1, 1, chunks.length)
    .setValues([chunks]);
  return { row, width: chunks.length, record };
}

export function clearRecord(stored: StoredRecord): void {
  undoSheetForWriting().getRange(stored.row, 1, 1, stored.width).clearContent();
}

function undoSheetForWriting(): Sheet {
  const ss = book();
  const existing = ss.getSheetByName(UNDO_SHEET);
  if (existing) return existing;
  // insertSheet shows the new sheet: hide it and give the planner the sheet they were on.
  const active = ss.getActiveSheet();
  const ws = ss.insertSheet(UNDO_SHEET);
  ws.hideSheet();
  active.activate();
  return ws;
}

// ---- the menu and the sidebar -------------------------------------------------------------------

export function addMenu(items: { caption: string; fn: string }[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const { caption, fn } of items) {
    if (fn) menu.addItem(caption, fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function showSidebar(output: GoogleAppsScript.HTML.HtmlOutput): void {
  SpreadsheetApp.getUi().showSidebar(output);
}

/** A short message in the corner of the sheet: how menu commands report. */
export function toast(message: string, title: string): void {
  book().toast(message, title, 8);
}

export function alert(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

// ---- values and addresses -----------------------------------------------------------------------

/** What the core reads from a value the service returned: "" is empty, a date its serial number. */
function rawCell(value: unknown): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (value instanceof Date) return dateSerial(value);
  return value as RawCell;
}

/**
 * The spreadsheet serial number of a date (days since 1899-12-30), from its components in the
 * script's time zone (appsscript.json: Asia/Jakarta, the users' own), in which the service made it.
 */
function dateSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** "B3:Q40" of an area. */
export function areaA1(area: Area): string {
  const first = a1(area.row, area.col);
  return area.rows * area.cols === 1 ? first : `${first}:${columnLetters(area.col + area.cols - 1)}${area.row + area.rows - 1}`;
}
