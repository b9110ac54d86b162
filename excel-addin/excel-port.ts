import { markWrites } from "../core/commands/marks";
import { a1, type Grid, type RawCell } from "../core/grid";
import type { Lang } from "../core/i18n/messages";
import { columnRuns, mergeWrites } from "../core/plan/batch";
import { appendNote } from "../core/plan/notes";
import type { CellWrite, Plan } from "../core/plan/types";
import type { Finding } from "../core/rules/types";
import { decodeRecord, encodeRecord, markedState, UNDO_SHEET, type CellState, type UndoRecord } from "../core/undo/records";

/**
 * The only file that calls Excel.* (ARCHITECTURE.md §4). Every command costs three round trips
 * whatever the table's size: (1) read the range, the undo sheet's presence and the workbook's notes;
 * (2) read the state of the cells about to change (plus where the notes sit and the undo records);
 * (3) queue the snapshot and every write, then sync once — more syncs only when a batch would pass
 * Excel on the web's 5 MB request limit. Needs ExcelApi 1.18 (notes).
 */

export { UNDO_SHEET };

/** Stay well under the 5 MB request limit: our estimate ignores Office.js's own envelope. */
const MAX_BATCH_BYTES = 4_000_000;

/** What the first sync learnt; the commands hand it to the next steps. */
export interface Session {
  context: Excel.RequestContext;
  undoSheet: Excel.Worksheet;
  notes: Excel.NoteCollection;
}

/** Queues what every command needs to know before its second sync. */
function openSession(context: Excel.RequestContext): Session {
  const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  undoSheet.load("isNullObject");
  const notes = context.workbook.notes;
  notes.load("items/content");
  return { context, undoSheet, notes };
}

/** Reads a range's values, formulas and number formats as a Grid, in one sync (with the session). */
export async function readGrid(context: Excel.RequestContext, range: Excel.Range): Promise<{ grid: Grid; session: Session }> {
  range.load(["address", "values", "formulas", "numberFormat"]);
  const session = openSession(context);
  await context.sync();
  const { sheet, row, col } = parseAddress(range.address);
  const formulas = range.formulas as unknown[][];
  const grid: Grid = {
    sheet,
    originRow: row,
    originCol: col,
    // Excel reports an empty cell as "": the core reads empty as null.
    values: (range.values as RawCell[][]).map((r) => r.map((v) => (v === "" ? null : v))),
    formulas: formulas.map((r) => r.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
    numberFormats: (range.numberFormat as (string | null)[][]).map((r) => r.slice()),
  };
  return { grid, session };
}

/** A session without a grid, for the commands that only restore (one sync). */
export async function openUndo(context: Excel.RequestContext): Promise<Session> {
  const session = openSession(context);
  await context.sync();
  return session;
}

/** Applies a Plan (values, formulas, number formats, fills, notes appended), after a snapshot. */
export async function applyPlan(session: Session, plan: Plan): Promise<void> {
  await writeWithSnapshot(session, "edit", plan.sheet, plan.label.id, mergeWrites(plan.writes));
}


/** Marks each finding's cell: a fill by its worst severity and a note with every message. */
export async function markFindings(session: Session, sheet: string, findings: Finding[], lang: Lang): Promise<number> {
  const writes = markWrites(findings, lang);
  await writeWithSnapshot(session, "marks", sheet, "Validasi", writes);
  return writes.length;
}

/** Hapus tanda: the latest marks of the sheet come off, fills and notes as they were before. */
export async function clearMarks(session: Session, sheet: string): Promise<number> {
  const { records, notes, next } = await readUndo(session);
  const marks = [...records].reverse().find((r) => r.record.kind === "marks" && r.record.sheet === sheet);
  if (!marks) return 0;
  clearRecord(session.undoSheet, marks);
  const unmark: UndoRecord = { ...marks.record, kind: "unmark", label: "Hapus tanda" };
  const bytes = queueRecord(session.undoSheet, next, unmark);
  // Only fills and notes: a value typed since Validasi stays.
  await restoreStates(session, notes, sheet, marks.record.cells, true, bytes);
  return marks.record.cells.length;
}

/** Urungkan: the last record's cells exactly as they were; returns its label, or null when none. */
export async function undoLast(session: Session): Promise<string | null> {
  const { records, notes } = await readUndo(session);
  const last = records[records.length - 1];
  if (!last) return null;
  const { record } = last;
  const states = record.kind === "unmark" ? record.marked ?? [] : record.cells;
  clearRecord(session.undoSheet, last);
  // Undoing a Hapus tanda brings its marks back, so a later Hapus tanda can take them off again.
  const bytes = record.kind === "unmark" ? queueRecord(session.undoSheet, last.row, { ...record, kind: "marks", label: "Validasi" }) : 0;
  await restoreStates(session, notes, record.sheet, states, record.kind !== "edit", bytes);
  return record.label;
}

// ---- snapshot and writes ------------------------------------------------------------------------

type NoteIndex = Map<string, Excel.Note>;

/** Where each note of the workbook sits ("Sheet!H12"); call after the session's sync. */
function queueNoteLocations(session: Session): () => NoteIndex {
  const located = session.notes.items.map((note) => {
    const range = note.getLocation();
    range.load("address");
    return { note, range };
  });
  return () =>
    new Map(
      located.map(({ note, range }) => {
        const { sheet, row, col } = parseAddress(range.address);
        return [`${sheet}!${a1(row, col)}`, note];
      }),
    );
}

/** Reads the touched cells (second sync), then queues the snapshot and the writes (third). */
async function writeWithSnapshot(
  session: Session,
  kind: UndoRecord["kind"],
  sheet: string,
  label: string,
  writes: CellWrite[],
): Promise<void> {
  const { context, undoSheet } = session;
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = session.undoSheet.isNullObject ? null : undoSheet.getUsedRangeOrNullObject(true);
  used?.load(["isNullObject", "rowIndex", "rowCount"]);
  const notesAt = queueNoteLocations(session);
  const states = queueCellStates(ws, writes);
  await context.sync();
  const notes = notesAt();
  const before = states(sheet, notes);
  const record: UndoRecord = { kind, sheet, label, cells: [...before.values()] };
  if (kind === "marks") {
    const byCell = new Map(writes.map((w) => [a1(w.row, w.col), w]));
    record.marked = record.cells.map((s) => markedState(s, byCell.get(a1(s[0], s[1]))!));
  }
  const target = session.undoSheet.isNullObject ? addUndoSheet(context) : undoSheet;
  const row = !used || used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
  const estimate = queueRecord(target, row, record);
  queuePlan(ws, writes, before);
  // Notes go last, one call per cell: the batch is split only if they push it past the limit.
  await syncInBatches(context, estimate + estimateWrites(writes), writes, (w) => queueNoteWrite(session, ws, notes, sheet, w, before));
}

/** The hidden sheet that holds the undo records; it survives reloads with the workbook. */
function addUndoSheet(context: Excel.RequestContext): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(UNDO_SHEET);
  ws.visibility = "Hidden";
  return ws;
}

/** Queues loads of content, format and fill for every touched cell, one range per column run. */
function queueCellStates(ws: Excel.Worksheet, writes: CellWrite[]): (sheet: string, notes: NoteIndex) => Map<string, CellState> {
  const loads = columnRuns(writes).map(({ row, col, length }) => {
    const range = ws.getRangeByIndexes(row - 1, col - 1, length, 1);
    range.load(["formulas", "numberFormat"]);
    const fills = range.getCellProperties({ format: { fill: { color: true } } });
    return { row, col, range, fills };
  });
  return (sheet, notes) => {
    const states = new Map<string, CellState>();
    for (const { row, col, range, fills } of loads) {
      const formulas = range.formulas as RawCell[][];
      const formats = range.numberFormat as string[][];
      formulas.forEach(([content], i) => {
        const address = a1(row + i, col);
        const fill = fillOf(fills.value[i][0].format?.fill?.color);
        const note = notes.get(`${sheet}!${address}`)?.content ?? null;
        states.set(address, [row + i, col, content, formats[i][0], fill, note]);
      });
    }
    return states;
  };
}

/** Excel reports a cell without fill as white; white is stored as "no fill". */
function fillOf(color: string | undefined): string | null {
  return !color || color.toUpperCase() === "#FFFFFF" ? null : color.toUpperCase();
}


/** Queues a Plan's contents and number formats per column run, and each cell's fill. */
function queuePlan(ws: Excel.Worksheet, writes: CellWrite[], before: Map<string, CellState>): void {
  const byCell = new Map(writes.map((w) => [a1(w.row, w.col), w]));
  for (const run of columnRuns(writes)) {
    const cells = Array.from({ length: run.length }, (_, i) => byCell.get(a1(run.row + i, run.col))!);
    const range = ws.getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1);
    // A cell the plan leaves as it is keeps what it held: the snapshot read says what that was.
    const keep = (i: number) => before.get(a1(run.row + i, run.col))!;
    if (cells.some((w) => w.numberFormat !== undefined)) range.numberFormat = cells.map((w, i) => [w.numberFormat ?? keep(i)[3]]);
    if (cells.some((w) => w.formula !== undefined || w.value !== undefined)) {
      range.formulas = cells.map((w, i) => [w.formula ?? asEntry(w.value !== undefined ? w.value : keep(i)[2])]);
    }
  }
  for (const w of writes) if (w.fill !== undefined) queueFill(ws.getCell(w.row - 1, w.col - 1), `#${w.fill}`);
}

/**
 * Puts snapshots back — content and number format (unless only marks were made), fill, note — one
 * range call per column run and per stretch of equal fill, a note call only where the note differs.
 */
async function restoreStates(session: Session, notes: NoteIndex, sheet: string, states: CellState[], marksOnly: boolean, queued: number): Promise<void> {
  const ws = session.context.workbook.worksheets.getItem(sheet);
  const byCell = new Map(states.map((s) => [a1(s[0], s[1]), s]));
  await syncInBatches(session.context, queued, columnRuns(states.map(([row, col]) => ({ row, col }))), (run) => {
    const cells = Array.from({ length: run.length }, (_, i) => byCell.get(a1(run.row + i, run.col))!);
    let bytes = 100;
    if (!marksOnly) {
      const range = ws.getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1);
      // The format first, so a text-formatted "0012" goes back as text.
      range.numberFormat = cells.map((c) => [c[3]]);
      range.formulas = cells.map((c) => [asEntry(c[2])]);
      bytes += JSON.stringify(cells).length;
    }
    for (let i = 0; i < cells.length; ) {
      let j = i + 1;
      while (j < cells.length && cells[j][4] === cells[i][4]) j++;
      queueFill(ws.getRangeByIndexes(run.row - 1 + i, run.col - 1, j - i, 1), cells[i][4]);
      bytes += 150;
      i = j;
    }
    for (const [row, col, , , , note] of cells) {
      if ((notes.get(`${sheet}!${a1(row, col)}`)?.content ?? null) === note) continue;
      queueNote(session, ws, notes, sheet, row, col, note);
      bytes += (note?.length ?? 0) + 150;
    }
    return bytes;
  });
}

/**
 * What to enter for a content: text gets Excel's leading apostrophe, so "0012", "80,127" or "75%"
 * stay the text they were instead of becoming numbers.
 */
function asEntry(content: RawCell | undefined): RawCell {
  if (content === null || content === undefined || content === "") return "";
  return typeof content === "string" && !content.startsWith("=") ? `'${content}` : content;
}

function queueFill(cell: Excel.Range, fill: string | null): void {
  if (fill === null) cell.format.fill.clear();
  else cell.format.fill.color = fill;
}

/** Sets a cell's note to exactly `text` (null removes it). */
function queueNote(session: Session, ws: Excel.Worksheet, notes: NoteIndex, sheet: string, row: number, col: number, text: string | null): void {
  const existing = notes.get(`${sheet}!${a1(row, col)}`);
  if (text === null) existing?.delete();
  else if (existing) existing.content = text;
  else session.context.workbook.notes.add(ws.getCell(row - 1, col - 1), text);
}

/** A plan's note is added below the planner's (once), as the CLI does. */
function queueNoteWrite(session: Session, ws: Excel.Worksheet, notes: NoteIndex, sheet: string, w: CellWrite, before: Map<string, CellState>): number {
  if (!w.note) return 0;
  const note = appendNote(before.get(a1(w.row, w.col))?.[5] ?? null, w.note);
  queueNote(session, ws, notes, sheet, w.row, w.col, note);
  return note.length + 100;
}


/**
 * Queues the items one by one and syncs whenever the estimated request nears the limit (only very
 * large tables), then once at the end.
 */
async function syncInBatches<T>(context: Excel.RequestContext, queued: number, items: T[], queueItem: (item: T) => number): Promise<void> {
  let bytes = queued;
  for (const item of items) {
    bytes += queueItem(item);
    if (bytes > MAX_BATCH_BYTES) {
      await context.sync();
      bytes = 0;
    }
  }
  await context.sync();
}

/** Rough request size of the contents, formats and fills of a plan (JSON plus per-call overhead). */
function estimateWrites(writes: CellWrite[]): number {
  let bytes = 0;
  for (const w of writes) {
    bytes += 20 + JSON.stringify(w.formula ?? w.value ?? "").length + (w.numberFormat?.length ?? 0);
    if (w.fill !== undefined) bytes += 200;
  }
  return bytes;
}


// ---- the undo sheet -----------------------------------------------------------------------------

interface StoredRecord {
  row: number;
  width: number;
  record: UndoRecord;
}

/** Second sync of the restoring commands: the undo records and where the notes sit. */
async function readUndo(session: Session): Promise<{ records: StoredRecord[]; notes: NoteIndex; next: number }> {
  const notesAt = queueNoteLocations(session);
  const used = session.undoSheet.isNullObject ? null : session.undoSheet.getUsedRangeOrNullObject(true);
  used?.load(["isNullObject", "values", "rowIndex", "rowCount"]);
  await session.context.sync();
  const records: StoredRecord[] = [];
  if (used && !used.isNullObject) {
    (used.values as unknown[][]).forEach((cells, i) => {
      const decoded = decodeRecord(cells);
      if (decoded) records.push({ row: used.rowIndex + i + 1, ...decoded });
    });
  }
  const next = used && !used.isNullObject ? used.rowIndex + used.rowCount + 1 : 1;
  return { records, notes: notesAt(), next };
}

/** Writes a record into one row of the undo sheet; returns the estimated request bytes. */
function queueRecord(undoSheet: Excel.Worksheet, row: number, record: UndoRecord): number {
  const chunks = encodeRecord(record);
  undoSheet.getRangeByIndexes(row - 1, 0, 1, chunks.length).values = [chunks];
  return chunks.reduce((n, c) => n + c.length, 100);
}

function clearRecord(undoSheet: Excel.Worksheet, stored: StoredRecord): void {
  undoSheet.getRangeByIndexes(stored.row - 1, 0, 1, stored.width).clear("Contents");
}

/** "'My Sheet'!B3:Q40" → sheet name and 1-based origin. */
export function parseAddress(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1))!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(m[2]), col };
}
