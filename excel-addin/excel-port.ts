import { valueEntry } from "../core/commands/cell-entry";
import { CommandError, protectedSheet } from "../core/commands/errors";
import { FORMAT_PROPS, formatAreas, type FormatAreas } from "../core/commands/format-areas";
import { undoState, type UndoState } from "../core/commands/host-state";
import { currentMarks, markedCount, marksRecord, unmarkRecord } from "../core/commands/marks-record";
import { uniqueSheetName } from "../core/commands/sheet-name";
import { a1, columnLetters, type Grid, type RawCell } from "../core/grid";
import { columnRuns, mergeWrites, type ColumnRun } from "../core/plan/batch";
import { appendNote } from "../core/plan/notes";
import type { CellWrite, Plan, SheetLayout } from "../core/plan/types";
import type { Text } from "../core/rules/types";
import { recordsToDrop } from "../core/undo/history";
import { cellState, decodeRecord, encodeRecord, stateEntry, UNDO_SHEET, undoStates, withFillAndNote, type CellState, type UndoRecord } from "../core/undo/records";

/**
 * The only file that calls Excel.* (ARCHITECTURE.md §4). A command costs three round trips whatever
 * the table's size: (1) read — the range, the sheets, how many notes; (2) stage — the fills of the
 * cells about to change, the notes and where they sit, the undo records; (3) commit — the snapshot,
 * then every write. Excel on the web refuses a sync whose request or response passes 5 MB: only a
 * step that would is split into more syncs (tables of more than 10 000 rows, megabytes of notes,
 * an undo record over the history's budget). The core runs between the steps; the caller may still
 * cancel before the commit. What the undo sheet holds afterwards (the pane's "Urungkan: …" and marks
 * count) comes from the records a step read anyway — or, for a new sheet, which has no stage read,
 * from a load in the commit's first batch (no sync of its own; that batch's response is otherwise
 * empty). The history keeps a budget (core/undo/history.ts).
 *
 * Marks and plan notes are notes where Excel has them (ExcelApi 1.18) and threaded comments on
 * older Excel (1.10): the caller says which (Capabilities), so this file stays testable.
 */

export { UNDO_SHEET };

export interface Capabilities {
  /** ExcelApi 1.18: cell notes; otherwise threaded comments. */
  notes: boolean;
}

/** A sync's request, and its response, under the 5 MB limit with room for what our estimates leave out (Office.js's envelope). */
export const MAX_BATCH_BYTES = 4_000_000;
/** Request bytes Office.js sends besides the values: a range proxy's object path, and one property set or call. */
const RANGE_BYTES = 200;
const CALL_BYTES = 100;
const ONE_CALL = RANGE_BYTES + CALL_BYTES;
/** Excel takes at most 255 characters of addresses in one getRanges. */
const MAX_AREAS_ADDRESS = 255;
/** Cells per range call, so no single call comes near the batch limit. */
const CELLS_PER_CALL = 5_000;
/** Undo-record chunks (≤ 30 000 characters each) per call. */
const CHUNKS_PER_CALL = 50;
/**
 * Response bytes of a cell's content (formula or value, number format): ~50 for a T-C.27's figures,
 * with room for text of about 120 characters.
 */
const CELL_STATE_BYTES = 200;
/** Cells read per call outside the command's grid: few, and even 50 texts of 32 767 characters fit a response. */
const OUTSIDE_CELLS_PER_CALL = 50;
/** Response bytes of a cell's fill, as getCellProperties gives it ({"format":{"fill":{"color":"#FFFFFF"}}}). */
const FILL_BYTES = 60;
/** Response bytes expected of a note: a short one. Long ones make Excel refuse, and are read again in parts. */
const NOTE_BYTES = 1_000;
/** Response bytes of a note's location ("'Sheet'!H12"). */
const ADDRESS_BYTES = 100;

/** Notes (1.18) and threaded comments (1.10) offer the same calls; the port uses only these. */
interface Annotation {
  content: string;
  delete(): void;
  getLocation(): Excel.Range;
  load(path: string): unknown;
}
interface Annotations {
  getCount(): OfficeExtension.ClientResult<number>;
  /** By position: for reading only — a note added or deleted moves what a position points at. */
  getItemAt(index: number): Annotation;
  add(cell: Excel.Range, content: string): unknown;
}

/** What the first sync learnt about the workbook; every later step starts from it. */
export interface Book {
  context: Excel.RequestContext;
  sheets: { name: string; protected: boolean }[];
  activeSheet: string;
  annotations: Annotations;
  /** The note (or comment) of a cell ("'Sheet'!H12"), for writing: notes.getItem, comments.getItemByCell. */
  annotationAt: (address: string) => Annotation;
  /** How many notes (or comments) the workbook has: they are read by index when a write needs them. */
  notes: number;
}

/** The range a command works on, as the first sync read it. */
export interface Scope {
  book: Book;
  /** Its cells, or null when the sheet is empty. */
  grid: Grid | null;
  sheet: string;
  /** "A1:T139", for messages. */
  range: string;
  /** The active cell, 1-based. */
  active: { row: number; col: number };
}

/** One call (or a few) to queue, its request size, and what a load in it reads back. */
interface Op {
  bytes: number;
  queue: () => void;
  response: number;
}

/**
 * A write ready to commit: the cells it writes, and the undo sheet's part of the host state once
 * it is done (what Urungkan undoes, the marks of the sheet the commands use) — known from the
 * records the stage read, or read by the commit itself (no sync of its own), so call it after.
 */
export interface Staged {
  sheet: string;
  cells: number;
  state: () => UndoState;
  ops: Op[];
}

// ---- step 1: read -------------------------------------------------------------------------------

function queueBook(context: Excel.RequestContext, caps: Capabilities): () => Book {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  // Excel without ExcelApi 1.18 has no workbook.notes: touching it there fails the batch.
  const annotations: Annotations = caps.notes ? context.workbook.notes : context.workbook.comments;
  // Only their number: planners' notes can hold megabytes, more than one response carries.
  const notes = annotations.getCount();
  const annotationAt = caps.notes ? (address: string) => context.workbook.notes.getItem(address) : (address: string) => context.workbook.comments.getItemByCell(address);
  return () => ({
    context,
    sheets: worksheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected })),
    activeSheet: active.name,
    annotations,
    annotationAt,
    notes: notes.value,
  });
}

/** The workbook's sheets and notes, in one sync (commands that read no range). */
export async function openBook(context: Excel.RequestContext, caps: Capabilities): Promise<Book> {
  const book = queueBook(context, caps);
  await context.sync();
  return book();
}

/**
 * The sheet rows whose cells the first sync reads, before anything about the table is known. A
 * Renstra table's row reads as 280–490 bytes (values and number formats of 13–20 columns: 376 for
 * tests/bench/generate-tc27.ts, ~440 once recalculated with its formulas; up to 490 for the real
 * tables of tests/fixtures), so 10 000 rows come back in 2.8–4.9 MB, under Excel on the web's 5 MB
 * response limit: a table in the sheet's first 10 000 rows costs that one sync. Further rows follow
 * in bands sized from the bytes per row of the band before, MAX_BATCH_BYTES each; rows denser than
 * that (a wide table of long texts) are refused by Excel and asked again in smaller bands.
 */
const FIRST_BAND_ROWS = 10_000;
/** Excel on the web's refusal of a response over 5 MB. */
const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/**
 * Reads the picked range ("'Sheet'!A1:T139") or else the active sheet's used range (values only:
 * formatted empty cells do not widen it) — values, formulas and number formats — with the active
 * cell and the workbook's sheets and notes: one sync for up to FIRST_BAND_ROWS rows, then one per
 * band of the rest.
 */
export async function readScope(context: Excel.RequestContext, caps: Capabilities, picked: string | null): Promise<Scope> {
  const first = await readBand(context, FIRST_BAND_ROWS, (rows) => {
    const book = queueBook(context, caps);
    // Never a null object (a blank sheet's used range is A1), so the band's calls can chain onto it.
    const range = picked ? rangeAt(context, picked) : context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
    range.load(["address", "rowCount", "columnCount"]);
    const cell = context.workbook.getActiveCell();
    cell.load(["rowIndex", "columnIndex"]);
    // The range's rows down to sheet row `rows` (its first row at least): never empty, never past the sheet's end.
    const band = queueCells(range.getIntersection(range.getRow(0).getBoundingRect(`${rows}:${rows}`)));
    return () => ({ book: book(), range, active: { row: cell.rowIndex + 1, col: cell.columnIndex + 1 }, band: band() });
  });
  const { book, range, active } = first;
  const { sheet, row, col, local } = parseAddress(range.address);
  const ws = context.workbook.worksheets.getItem(sheet);
  const bands = [first.band];
  for (let read = first.band.values.length; read < range.rowCount; ) {
    const last = bands[bands.length - 1];
    const [top, estimate] = [read, Math.max(1, Math.floor((MAX_BATCH_BYTES * last.values.length) / last.bytes()))];
    const band = await readBand(context, estimate, (rows) => queueCells(ws.getRangeByIndexes(row - 1 + top, col - 1, Math.min(rows, range.rowCount - top), range.columnCount)));
    bands.push(band);
    read += band.values.length;
  }
  const grid: Grid = {
    sheet,
    originRow: row,
    originCol: col,
    values: bands.flatMap((b) => b.values),
    formulas: bands.flatMap((b) => b.formulas),
    numberFormats: bands.flatMap((b) => b.numberFormats),
  };
  const empty = grid.values.every((r) => r.every((v) => v === null));
  return { book, grid: empty ? null : grid, sheet, range: local, active };
}

/** Rows of a range as read, and the bytes of Excel's response they took. */
interface Band {
  /** Empty cells as null, as the core reads them (Excel reports them as ""). */
  values: RawCell[][];
  /** A formula where a cell holds one, else null. */
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  bytes: () => number;
}

/**
 * Queues the read of a band: values and number formats, and formulas only of the cells that hold
 * one (special cells, ExcelApi 1.9) — every cell's `formulas` would send each constant twice.
 */
function queueCells(band: Excel.Range): () => Band {
  band.load(["address", "values", "numberFormat"]);
  const formulaCells = band.getSpecialCellsOrNullObject("Formulas");
  formulaCells.areas.load("items/address,items/formulas");
  return () => {
    const values = (band.values as RawCell[][]).map((r) => r.map((v) => (v === "" ? null : v)));
    const formulas: (string | null)[][] = values.map((r) => r.map(() => null));
    const areas = formulaCells.isNullObject ? [] : formulaCells.areas.items;
    const origin = parseAddress(band.address);
    for (const area of areas) {
      const at = parseAddress(area.address);
      (area.formulas as unknown[][]).forEach((line, r) =>
        line.forEach((f, c) => {
          if (typeof f === "string" && f.startsWith("=")) formulas[at.row - origin.row + r][at.col - origin.col + c] = f;
        }),
      );
    }
    const bytes = () => JSON.stringify([band.values, band.numberFormat, areas.map((a) => ({ address: a.address, formulas: a.formulas }))]).length;
    return { values, formulas, numberFormats: band.numberFormat as (string | null)[][], bytes };
  };
}

/**
 * Syncs a read of `rows` rows queued by `queue`. Rows denser than estimated can still make Excel
 * refuse the response: the read is then queued again with a quarter of the rows.
 */
async function readBand<T>(context: Excel.RequestContext, rows: number, queue: (rows: number) => () => T): Promise<T> {
  for (;;) {
    const result = queue(rows);
    try {
      await context.sync();
      return result();
    } catch (e) {
      if (!tooLarge(e) || rows === 1) throw e;
      rows = Math.ceil(rows / 4);
    }
  }
}

/** The current selection's address ("Ganti rentang"). */
export async function selectedAddress(context: Excel.RequestContext): Promise<string> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  await context.sync();
  return range.address;
}

/** Activates the sheet and selects the cell (a click on a finding). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** A workbook setting's stored text, or null. */
export async function readSetting(context: Excel.RequestContext, key: string): Promise<string | null> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? null : String(setting.value);
}

export async function writeSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  // add() sets the value when the key exists.
  context.workbook.settings.add(key, value);
  await context.sync();
}

// ---- step 2: stage ------------------------------------------------------------------------------

/**
 * Hitung ulang / Rapikan angka: the plan's cells on their sheet, after a snapshot of them (their
 * contents from `grid`, the range the command read, where it covers them). The undo records are
 * read with the cell states (the first batch of the stage's read), so the records the new one
 * pushes past the history's budget (core/undo/history.ts) go in the same commit.
 */
export async function stagePlan(book: Book, plan: Plan, grid: Grid): Promise<Staged> {
  assertWritable(book, plan.sheet);
  const writes = mergeWrites(plan.writes);
  const ws = book.context.workbook.worksheets.getItem(plan.sheet);
  const located = readLocations(book);
  const states = readCellStates(ws, plan.sheet, writes, located, grid);
  const records = await readWithRecords(book, located, states);
  const notes = located.result();
  const before = states.result();
  const record: UndoRecord = { kind: "edit", sheet: plan.sheet, label: plan.label, cells: [...before.values()] };
  const room = makeRoom(book, records, [], record);
  return {
    sheet: plan.sheet,
    cells: writes.length,
    state: () => undoState([...room.kept.map((r) => r.record), record], plan.sheet),
    ops: [...room.ops, ...recordOps(book, record), ...planOps(book, plan.sheet, writes, before, notes)],
  };
}

/**
 * Validasi's marks; they replace the sheet's marks (core/commands/marks-record.ts), so no marks at
 * all still takes the old ones off. Nothing to do: no ops (a protected sheet is refused only when
 * there is). Marks change fills and notes only, so only those are read.
 */
export async function stageMarks(book: Book, sheet: string, marks: CellWrite[]): Promise<Staged> {
  const ws = book.context.workbook.worksheets.getItem(sheet);
  const located = readLocations(book);
  const states = readCellStates(ws, sheet, marks, located, null);
  const records = await readWithRecords(book, located, states);
  const notes = located.result();
  const previous = records[currentMarks(records.map((r) => r.record), sheet)];
  if (!previous && marks.length === 0) return { sheet, cells: 0, state: () => undoState(records.map((r) => r.record), sheet), ops: [] };
  assertWritable(book, sheet);
  const record = marksRecord(sheet, previous?.record, states.result(), marks);
  const room = makeRoom(book, records, [], record);
  const after = [...room.kept.map((r) => r.record), record];
  return {
    sheet,
    cells: marks.length,
    state: () => undoState(after, sheet),
    ops: [
      ...room.ops,
      ...recordOps(book, record),
      ...restoreOps(book, sheet, record.marked ?? [], notes, true),
    ],
  };
}

/** Hapus tanda: the sheet's marks come off, fills and notes as they were (no ops when none). */
export async function stageClear(book: Book, sheet: string): Promise<Staged & { restored: number }> {
  const located = readLocations(book);
  const records = await readWithRecords(book, located);
  const marks = records[currentMarks(records.map((r) => r.record), sheet)];
  if (!marks) return { sheet, cells: 0, restored: 0, state: () => undoState(records.map((r) => r.record), sheet), ops: [] };
  assertWritable(book, sheet);
  const notes = located.result();
  // The notes as they are now (a note added below ours since stays); the fills as the marks left them.
  const now = new Map((marks.record.marked ?? []).map((s) => [a1(s[0], s[1]), withFillAndNote(s, s[4], notes.get(`${sheet}!${a1(s[0], s[1])}`) ?? null)]));
  const unmark = unmarkRecord(marks.record, now);
  const room = makeRoom(book, records, [], unmark);
  const after = [...room.kept.map((r) => r.record), unmark];
  return {
    sheet,
    cells: marks.record.cells.length,
    restored: markedCount(marks.record),
    state: () => undoState(after, sheet),
    // Only fills and notes: a value typed since Validasi stays.
    ops: [...room.ops, ...recordOps(book, unmark), ...restoreOps(book, sheet, unmark.cells, notes, true)],
  };
}

/**
 * Urungkan: the latest record's cells exactly as they were, or its sheet removed (label null: none).
 * `scopeSheet` is the picked range's sheet, or null when the commands use the active sheet — which
 * the commit reads after deleting a sheet Buat tabel made (Excel shows another one then).
 */
export async function stageUndo(book: Book, scopeSheet: string | null): Promise<Staged & { label: Text | null }> {
  const located = readLocations(book);
  const records = await readWithRecords(book, located);
  const last = records[records.length - 1];
  const older = records.slice(0, -1).map((r) => r.record);
  const state = (after: UndoRecord[], sheet = () => scopeSheet ?? book.activeSheet) => () => undoState(after, sheet());
  if (!last) return { sheet: book.activeSheet, label: null, cells: 0, state: state([]), ops: [] };
  const { record } = last;
  const staged = { sheet: record.sheet, label: record.label, cells: record.cells.length, state: state(older) };
  // A sheet deleted since leaves nothing to restore: the record just goes.
  if (!book.sheets.some((s) => s.name === record.sheet)) return { ...staged, ops: [removeRecordOp(book, last.row)] };
  const sheet = () => book.context.workbook.worksheets.getItem(record.sheet);
  if (record.kind === "sheet") {
    const active = scopeSheet === null ? readActiveSheet(book) : null;
    return {
      ...staged,
      state: state(older, () => scopeSheet ?? active!.result()),
      ops: [removeRecordOp(book, last.row), op(ONE_CALL, () => sheet().delete()), ...(active?.ops ?? [])],
    };
  }
  assertWritable(book, record.sheet);
  const { states, marksOnly } = undoStates(record);
  return { ...staged, ops: [removeRecordOp(book, last.row), ...restoreOps(book, record.sheet, states, located.result(), marksOnly)] };
}

/** The active sheet's name, loaded by the batch that queues it (after a sheet was deleted). */
function readActiveSheet(book: Book): Reading<string> {
  let active: Excel.Worksheet | undefined;
  const ops = [
    op(
      ONE_CALL + CALL_BYTES,
      () => {
        active = book.context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
      },
      ADDRESS_BYTES,
    ),
  ];
  return { ops, result: () => active!.name };
}

/**
 * Buat tabel: the plan into a new sheet (its undo record says to delete the sheet), which becomes
 * the active one. `scopeSheet` is the picked range's sheet, or null when the commands use the active
 * sheet (the new one, then). The undo records, for that sheet's marks, are read by the commit's
 * first batch, whose response is otherwise empty.
 */
export function stageNewSheet(book: Book, plan: Plan, scopeSheet: string | null): Staged {
  const sheet = uniqueSheetName(plan.sheet, book.sheets.map((s) => s.name));
  const record: UndoRecord = { kind: "sheet", sheet, label: plan.label, cells: [] };
  const ws = () => book.context.workbook.worksheets.getItem(sheet);
  const writes = mergeWrites(plan.writes);
  const stored = readRecords(book);
  return {
    sheet,
    cells: writes.length,
    state: () => undoState([...stored.result().map((r) => r.record), record], scopeSheet ?? sheet),
    ops: [
      ...stored.ops,
      ...recordOps(book, record),
      op(ONE_CALL + sheet.length, () => book.context.workbook.worksheets.add(sheet)),
      ...contentBandOps(ws, writes),
      ...formatAreas(writes, STYLE_PROPS).flatMap((f) => formatOps(ws, f)),
      ...writes.flatMap((w) => (w.note ? [noteOp(book, sheet, w.row, w.col, false, w.note)] : [])),
      ...(plan.sheetLayout ? layoutOps(ws, plan.sheetLayout, writes) : []),
      op(ONE_CALL, () => ws().activate()),
    ],
  };
}

/** The pane's "Urungkan: …" and how many cells of the sheet carry our marks (one sync). */
export async function readUndoState(book: Book, sheet: string): Promise<UndoState> {
  const records = await readWithRecords(book);
  return undoState(records.map((r) => r.record), sheet);
}

// ---- step 3: commit -----------------------------------------------------------------------------

/**
 * Queues the staged calls in order, the snapshot first, so a write that fails half way can still
 * be undone. A refusal Excel gives for a protection we could not see becomes the same message.
 */
export async function commit(book: Book, staged: Staged): Promise<void> {
  try {
    await inBatches(book.context, staged.ops);
  } catch (e) {
    if ((e as { code?: string }).code === "AccessDenied") throw new CommandError(protectedSheet(staged.sheet));
    throw e;
  }
}

/**
 * Queues calls (loads or writes) in order and syncs whenever the next would take the request or
 * the response past the limit — only for very large tables — then once at the end; nothing
 * queued, no sync.
 */
async function inBatches(context: Excel.RequestContext, ops: Op[]): Promise<void> {
  if (ops.length === 0) return;
  let [request, response] = [0, 0];
  for (const op of ops) {
    if (request + response > 0 && (request + op.bytes > MAX_BATCH_BYTES || response + op.response > MAX_BATCH_BYTES)) {
      await context.sync();
      [request, response] = [0, 0];
    }
    op.queue();
    request += op.bytes;
    response += op.response;
  }
  await context.sync();
}

/** Loads to queue (split into batches like writes) and what they tell once synced. */
interface Reading<T> {
  ops: Op[];
  result: () => T;
}

function read(book: Book, ...readings: Reading<unknown>[]): Promise<void> {
  return inBatches(book.context, readings.flatMap((r) => r.ops));
}

// ---- helpers ------------------------------------------------------------------------------------

function op(bytes: number, queue: () => void, response = 0): Op {
  return { bytes, queue, response };
}

const jsonBytes = (v: unknown) => JSON.stringify(v).length + CALL_BYTES;

/** Excel refuses writes to a protected sheet: refuse first, before anything is written. */
function assertWritable(book: Book, sheet: string): void {
  if (book.sheets.find((s) => s.name === sheet)?.protected) throw new CommandError(protectedSheet(sheet));
}

/** The workbook's notes (or comments): their text by "Sheet!H12". */
type NoteIndex = Map<string, string>;

/**
 * Each note (or comment) of the workbook, by "Sheet!H12": its content and where it sits, read by
 * index. Their size is known only once read: the estimate is a short note's, and a response Excel
 * refuses is read again in smaller parts (readWithRecords).
 */
function readLocations(book: Book): Reading<NoteIndex> {
  const located: { note: Annotation; range: Excel.Range }[] = [];
  const ops = Array.from({ length: book.notes }, (_, i) =>
    op(
      2 * ONE_CALL + CALL_BYTES,
      () => {
        const note = book.annotations.getItemAt(i);
        note.load("content");
        const range = note.getLocation();
        range.load("address");
        // By index: an op queued again (a smaller part) replaces its earlier proxies.
        located[i] = { note, range };
      },
      ADDRESS_BYTES + NOTE_BYTES,
    ),
  );
  let index: NoteIndex | undefined;
  const result = () =>
    (index ??= new Map(
      located.map(({ note, range }) => {
        const { sheet, row, col } = parseAddress(range.address);
        return [`${sheet}!${a1(row, col)}`, note.content];
      }),
    ));
  return { ops, result };
}

/**
 * The given cells as they are, for the undo record: fills (one getCellProperties per column run)
 * and notes; with `grid`, also contents and number formats — from the grid where it covers the
 * cell (read already, formulas told from texts that start with "="), else read. Without `grid`
 * (marks, which change fills and notes only) the contents are left out: null, format "".
 */
function readCellStates(ws: Excel.Worksheet, sheet: string, cells: { row: number; col: number }[], located: Reading<NoteIndex>, grid: Grid | null): Reading<Map<string, CellState>> {
  const runs = pieces(columnRuns(cells));
  const fills: OfficeExtension.ClientResult<Excel.CellProperties[][]>[] = [];
  const ops = runs.map((run, i) =>
    op(
      RANGE_BYTES + 2 * CALL_BYTES,
      () => (fills[i] = ws.getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1).getCellProperties({ format: { fill: { color: true } } })),
      run.length * FILL_BYTES,
    ),
  );
  // Cells the grid does not cover (a footer row below the table, a cell outside a picked range): read.
  const outside = grid ? pieces(columnRuns(cells.filter((c) => !covers(grid, c.row, c.col))), OUTSIDE_CELLS_PER_CALL) : [];
  const bands: (() => Band)[] = [];
  outside.forEach((run, i) =>
    ops.push(op(RANGE_BYTES + 4 * CALL_BYTES, () => (bands[i] = queueCells(ws.getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1))), run.length * CELL_STATE_BYTES)),
  );
  const result = () => {
    const notes = located.result();
    const read = new Map<string, { formula: string | null; value: RawCell; format: string }>();
    outside.forEach((run, i) => {
      const band = bands[i]();
      for (let r = 0; r < run.length; r++) read.set(a1(run.row + r, run.col), { formula: band.formulas[r][0], value: band.values[r][0], format: band.numberFormats[r][0] ?? GENERAL });
    });
    const states = new Map<string, CellState>();
    runs.forEach((run, i) => {
      for (let r = 0; r < run.length; r++) {
        const [row, col] = [run.row + r, run.col];
        const address = a1(row, col);
        const fill = fillOf(fills[i].value[r][0].format?.fill?.color);
        const note = notes.get(`${sheet}!${address}`) ?? null;
        const content = grid ? (read.get(address) ?? gridContent(grid, row, col)) : null;
        states.set(address, content ? cellState(row, col, content.formula, content.value, content.format, fill, note) : [row, col, null, "", fill, note]);
      }
    });
    return states;
  };
  return { ops, result };
}

const GENERAL = "General";

/** Whether the grid holds the sheet cell (1-based). */
function covers(grid: Grid, row: number, col: number): boolean {
  const [r, c] = [row - grid.originRow, col - grid.originCol];
  return r >= 0 && c >= 0 && r < grid.values.length && c < (grid.values[r]?.length ?? 0);
}

/** A cell's content and number format as the grid read it. */
function gridContent(grid: Grid, row: number, col: number): { formula: string | null; value: RawCell; format: string } {
  const [r, c] = [row - grid.originRow, col - grid.originCol];
  return { formula: grid.formulas?.[r]?.[c] ?? null, value: grid.values[r][c] ?? null, format: grid.numberFormats?.[r]?.[c] ?? GENERAL };
}

/** Excel reports a cell without fill as white; white is stored as "no fill". */
function fillOf(color: string | undefined): string | null {
  return !color || color.toUpperCase() === "#FFFFFF" ? null : color.toUpperCase();
}

/** Column runs cut to at most `most` cells (CELLS_PER_CALL unless said). */
function pieces(runs: ColumnRun[], most = CELLS_PER_CALL): ColumnRun[] {
  return runs.flatMap((run) =>
    Array.from({ length: Math.ceil(run.length / most) }, (_, i) => ({
      row: run.row + i * most,
      col: run.col,
      length: Math.min(most, run.length - i * most),
    })),
  );
}

/** What to enter for a plan's write: its formula, or its value kept exactly (core/commands/cell-entry.ts). */
function writeEntry(w: CellWrite): RawCell {
  return w.formula ?? valueEntry(w.value);
}

/** A plan's contents and number formats per column run, then fills and notes, on an existing sheet. */
function planOps(book: Book, sheet: string, writes: CellWrite[], before: Map<string, CellState>, notes: NoteIndex): Op[] {
  const ws = () => book.context.workbook.worksheets.getItem(sheet);
  const byCell = new Map(writes.map((w) => [a1(w.row, w.col), w]));
  const ops = pieces(columnRuns(writes)).map((run) => {
    const cells = Array.from({ length: run.length }, (_, i) => byCell.get(a1(run.row + i, run.col))!);
    // A cell the plan leaves as it is keeps what it held: the snapshot says what that was.
    const keep = (i: number) => before.get(a1(run.row + i, run.col))!;
    // Number formats go only where one changes (a recalculation mostly keeps the table's own).
    const formats = cells.some((w, i) => w.numberFormat !== undefined && w.numberFormat !== keep(i)[3]) ? cells.map((w, i) => [w.numberFormat ?? keep(i)[3]]) : null;
    const contents = cells.some((w) => w.formula !== undefined || w.value !== undefined)
      ? cells.map((w, i) => [w.formula !== undefined || w.value !== undefined ? writeEntry(w) : stateEntry(keep(i))])
      : null;
    return op(RANGE_BYTES + (formats ? jsonBytes(formats) : 0) + (contents ? jsonBytes(contents) : 0), () => {
      const range = ws().getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1);
      // The format first, so text-formatted cells take their text as text.
      if (formats) range.numberFormat = formats;
      if (contents) range.formulas = contents;
    });
  });
  ops.push(...fillOps(ws, writes.flatMap((w) => (w.fill === undefined ? [] : [{ row: w.row, col: w.col, rows: 1, fill: `#${w.fill}` }]))));
  // A plan's note goes below the planner's own (once), as the CLI does.
  for (const w of writes) if (w.note) ops.push(noteOp(book, sheet, w.row, w.col, notes.has(`${sheet}!${a1(w.row, w.col)}`), appendNote(before.get(a1(w.row, w.col))?.[5] ?? null, w.note)));
  return ops;
}

/**
 * Puts cell states back — content and number format (unless only marks were made) one range call
 * per column run, fills gathered by colour, a note call only where the note differs.
 */
function restoreOps(book: Book, sheet: string, states: CellState[], notes: NoteIndex, marksOnly: boolean): Op[] {
  const ws = () => book.context.workbook.worksheets.getItem(sheet);
  const byCell = new Map(states.map((s) => [a1(s[0], s[1]), s]));
  const runs = pieces(columnRuns(states.map(([row, col]) => ({ row, col }))));
  const ops: Op[] = [];
  const fills: FillStretch[] = [];
  for (const run of runs) {
    const cells = Array.from({ length: run.length }, (_, i) => byCell.get(a1(run.row + i, run.col))!);
    if (!marksOnly) {
      const formats = cells.map((c) => [c[3]]);
      const contents = cells.map((c) => [stateEntry(c)]);
      ops.push(
        op(RANGE_BYTES + jsonBytes(formats) + jsonBytes(contents), () => {
          const range = ws().getRangeByIndexes(run.row - 1, run.col - 1, run.length, 1);
          // The format first, so a text-formatted "0012" goes back as text.
          range.numberFormat = formats;
          range.formulas = contents;
        }),
      );
    }
    for (let i = 0; i < cells.length; ) {
      let j = i + 1;
      while (j < cells.length && cells[j][4] === cells[i][4]) j++;
      fills.push({ row: run.row + i, col: run.col, rows: j - i, fill: cells[i][4] });
      i = j;
    }
  }
  ops.push(...fillOps(ws, fills));
  for (const [row, col, , , , note] of states) {
    const existing = notes.get(`${sheet}!${a1(row, col)}`) ?? null;
    if (existing !== note) ops.push(noteOp(book, sheet, row, col, existing !== null, note));
  }
  return ops;
}

/** A fill (#RRGGBB, or null for none) on `rows` cells of a column from `row`. */
interface FillStretch {
  row: number;
  col: number;
  rows: number;
  fill: string | null;
}

/** Fills gathered by colour into few calls: one getRanges per 255 characters of addresses (ExcelApi 1.9). */
function fillOps(ws: () => Excel.Worksheet, stretches: FillStretch[]): Op[] {
  const byFill = new Map<string | null, string[]>();
  for (const { row, col, rows, fill } of stretches) {
    const address = rows === 1 ? a1(row, col) : `${a1(row, col)}:${a1(row + rows - 1, col)}`;
    const list = byFill.get(fill);
    if (list) list.push(address);
    else byFill.set(fill, [address]);
  }
  const ops: Op[] = [];
  for (const [fill, addresses] of byFill) {
    for (let i = 0; i < addresses.length; ) {
      let list = addresses[i++];
      while (i < addresses.length && list.length + 1 + addresses[i].length <= MAX_AREAS_ADDRESS) list += `,${addresses[i++]}`;
      ops.push(
        op(ONE_CALL + list.length, () => {
          const format = ws().getRanges(list).format.fill;
          if (fill === null) format.clear();
          else format.color = fill;
        }),
      );
    }
  }
  return ops;
}

/**
 * Sets a cell's note (or comment) to exactly `text`; null removes it. `existing`: the cell has one
 * now. Found by its cell, never by position, which the batch's other adds and deletes move.
 */
function noteOp(book: Book, sheet: string, row: number, col: number, existing: boolean, text: string | null): Op {
  const address = `'${sheet.replace(/'/g, "''")}'!${a1(row, col)}`;
  return op(ONE_CALL + address.length + JSON.stringify(text).length, () => {
    if (text === null) {
      if (existing) book.annotationAt(address).delete();
    } else if (existing) book.annotationAt(address).content = text;
    else book.annotations.add(book.context.workbook.worksheets.getItem(sheet).getCell(row - 1, col - 1), text);
  });
}

// ---- new sheets ---------------------------------------------------------------------------------

/** Bytes of content per call on a new sheet: rows go out in bands of about this size. */
const BAND_BYTES = 500_000;

/** A generated table's contents and number formats, whole rows of its bounding box per call. */
function contentBandOps(ws: () => Excel.Worksheet, writes: CellWrite[]): Op[] {
  if (writes.length === 0) return [];
  const { top, left, bottom, right } = bounds(writes);
  const width = right - left + 1;
  const rows = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const row = rows.get(w.row);
    if (row) row.push(w);
    else rows.set(w.row, [w]);
  }
  const ops: Op[] = [];
  let band: { row: number; contents: RawCell[][]; formats: string[][]; bytes: number } | null = null;
  const flush = () => {
    if (!band) return;
    const { row, contents, formats, bytes } = band;
    ops.push(
      op(RANGE_BYTES + 2 * CALL_BYTES + bytes, () => {
        const range = ws().getRangeByIndexes(row - 1, left - 1, contents.length, width);
        range.numberFormat = formats;
        range.formulas = contents;
      }),
    );
    band = null;
  };
  for (let r = top; r <= bottom; r++) {
    const contents: RawCell[] = Array(width).fill("");
    const formats: string[] = Array(width).fill("General");
    for (const w of rows.get(r) ?? []) {
      contents[w.col - left] = writeEntry(w);
      if (w.numberFormat !== undefined) formats[w.col - left] = w.numberFormat;
    }
    band ??= { row: r, contents: [], formats: [], bytes: 0 };
    band.contents.push(contents);
    band.formats.push(formats);
    band.bytes += JSON.stringify(contents).length + JSON.stringify(formats).length;
    if (band.bytes > BAND_BYTES) flush();
  }
  flush();
  return ops;
}

/** The 1-based rectangle holding every write (a loop: a million cells would overflow Math.min's arguments). */
function bounds(writes: CellWrite[]): { top: number; left: number; bottom: number; right: number } {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const { row, col } of writes) [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  return { top, left, bottom, right };
}

/** Number formats go out with the contents (a 2-D array per band is smaller than a call per area). */
const STYLE_PROPS = FORMAT_PROPS.filter((p) => p !== "numberFormat");
type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const EDGES: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

/** One call group per rectangle of equal style (core/commands/format-areas.ts). */
function formatOps(ws: () => Excel.Worksheet, { prop, value, areas }: FormatAreas): Op[] {
  return areas.map(({ row, col, rows, cols }) =>
    // A border is six edge objects with two sets each.
    op(prop === "border" ? RANGE_BYTES + 6 * (RANGE_BYTES + 2 * CALL_BYTES) : ONE_CALL, () => {
      const format = ws().getRangeByIndexes(row - 1, col - 1, rows, cols).format;
      switch (prop) {
        case "bold":
          format.font.bold = value as boolean;
          break;
        case "border": {
          // Thin lines all round every cell: the outer edges, and the inner ones the area has.
          const edges: Edge[] = [...EDGES, ...(rows > 1 ? (["InsideHorizontal"] as const) : []), ...(cols > 1 ? (["InsideVertical"] as const) : [])];
          for (const edge of edges) {
            const border = format.borders.getItem(edge);
            border.style = "Continuous";
            border.weight = "Thin";
          }
          break;
        }
        case "wrap":
          format.wrapText = value as boolean;
          break;
        case "indent":
          format.indentLevel = value as number;
          break;
        case "align":
          format.horizontalAlignment = HORIZONTAL[value as keyof typeof HORIZONTAL];
          break;
        case "valign":
          format.verticalAlignment = VERTICAL[value as keyof typeof VERTICAL];
          break;
        case "fill":
          format.fill.color = `#${String(value)}`;
          break;
      }
    }),
  );
}

/** Excel's paper for the plan's: F4 is folio (8.5 × 13 in), as in the CLI's paperSize 14. */
const PAPER = { A4: "A4", F4: "Folio" } as const;

/** Merges, widths, frozen header, print setup (ExcelApi 1.9), dropdown lists, row heights. */
function layoutOps(ws: () => Excel.Worksheet, layout: SheetLayout, writes: CellWrite[]): Op[] {
  const ops = layout.merges.map((range) => op(ONE_CALL, () => ws().getRange(range).merge(false)));
  for (const { col, width } of layout.columnWidths) {
    const letters = columnLetters(col);
    ops.push(op(ONE_CALL, () => (ws().getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(width))));
  }
  const { freeze, print } = layout;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    ops.push(
      op(2 * ONE_CALL, () => {
        const panes = ws().freezePanes;
        if (freeze.cols === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.cols);
        else panes.freezeAt(ws().getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
      }),
    );
  }
  if (print) {
    ops.push(
      op(RANGE_BYTES + 4 * CALL_BYTES, () => {
        const page = ws().pageLayout;
        page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        page.paperSize = PAPER[print.paper];
        // One page wide, as many pages down as the rows need (0 = automatic).
        if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.repeatRows) page.setPrintTitleRows(print.repeatRows.replace(/(\d+)/g, "$$$1"));
      }),
    );
  }
  for (const v of layout.validations ?? []) {
    ops.push(
      op(RANGE_BYTES + 3 * CALL_BYTES + JSON.stringify(v).length, () => {
        const validation = ws().getRange(v.range).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
        validation.errorAlert = { showAlert: true, style: "Stop", title: "Tabel Renstra", message: `Pilih salah satu: ${v.list.join(", ")}.` };
        // Excel keeps at most 255 characters of an input message.
        if (v.prompt) validation.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 255) };
      }),
    );
  }
  if (writes.some((w) => w.wrap)) {
    // Wrapped names need their rows tall enough, now that the widths are set.
    const { bottom, right } = bounds(writes);
    ops.push(op(ONE_CALL, () => ws().getRangeByIndexes(0, 0, bottom, right).format.autofitRows()));
  }
  return ops;
}

/** A width in characters (as the plan and the CLI give it) in points: 7 px a character plus 5 px padding, at 0.75 pt a pixel. */
function columnPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

// ---- the undo sheet -----------------------------------------------------------------------------

interface StoredRecord {
  /** 1-based row on the undo sheet. */
  row: number;
  record: UndoRecord;
  /** Characters of its JSON (core/undo/history.ts). */
  chars: number;
}

function undoSheet(book: Book): Excel.Worksheet {
  return book.context.workbook.worksheets.getItem(UNDO_SHEET);
}

/**
 * The undo records, oldest first (as both hosts keep them; the sheet holds them newest on top), in
 * the first batch of a read. Their size is known only once read, so the load carries no response
 * estimate: the history's budget (core/undo/history.ts) keeps them to ~3 MB of response, except
 * after one command whose record alone is larger (a recalculation of 50 000 rows stores ~4.6 MB).
 * Only a read-only batch may carry it: see readWithRecords.
 */
function readRecords(book: Book): Reading<StoredRecord[]> {
  if (!book.sheets.some((s) => s.name === UNDO_SHEET)) return { ops: [], result: () => [] };
  let used: Excel.Range | undefined;
  const ops = [
    op(ONE_CALL + CALL_BYTES, () => {
      used = undoSheet(book).getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "values"]);
    }),
  ];
  const result = () => (!used || used.isNullObject ? [] : storedRecords(used.values, used.rowIndex));
  return { ops, result };
}

/** The records of the undo sheet's rows read from 0-based sheet row `rowIndex`, oldest first. */
function storedRecords(values: unknown[][], rowIndex: number): StoredRecord[] {
  const records: StoredRecord[] = [];
  values.forEach((cells, i) => {
    const decoded = decodeRecord(cells);
    // The chunks' text less their one-character prefix: the record's JSON.
    const chars = cells.reduce<number>((n, c) => n + (typeof c === "string" && c.startsWith("~") ? c.length - 1 : 0), 0);
    if (decoded) records.push({ row: rowIndex + i + 1, record: decoded.record, chars });
  });
  return records.reverse();
}

/**
 * Syncs the undo records with the (read-only) readings, the records' load first, and returns the
 * records. When Excel refuses that response — an undo sheet past one response (a record larger than
 * the history's budget), or notes larger than their estimate (megabytes of planners' notes) — the
 * readings are read again in halves until each part fits, and the undo sheet in pieces: a sync for
 * its size, then one per CHUNKS_PER_READ cells.
 */
async function readWithRecords(book: Book, ...readings: Reading<unknown>[]): Promise<StoredRecord[]> {
  const stored = readRecords(book);
  try {
    await read(book, stored, ...readings);
    return stored.result();
  } catch (e) {
    if (!tooLarge(e)) throw e;
  }
  await readInHalves(book, readings.flatMap((r) => r.ops));
  return stored.ops.length === 0 ? [] : readRecordsInPieces(book);
}

/** Syncs read ops, halving the list while Excel refuses a response (each op queues anew, replacing its proxies). */
async function readInHalves(book: Book, ops: Op[]): Promise<void> {
  try {
    await inBatches(book.context, ops);
  } catch (e) {
    if (!tooLarge(e) || ops.length < 2) throw e;
    const half = Math.ceil(ops.length / 2);
    await readInHalves(book, ops.slice(0, half));
    await readInHalves(book, ops.slice(half));
  }
}

/** Excel on the web refused a response over 5 MB. */
function tooLarge(e: unknown): boolean {
  return (e as { code?: string }).code === RESPONSE_TOO_LARGE;
}

/** Record chunks (≤ 30 000 characters) per sync when the undo sheet is read in pieces: ≤ 2.4 MB of text, ~3 MB of response. */
const CHUNKS_PER_READ = 80;

async function readRecordsInPieces(book: Book): Promise<StoredRecord[]> {
  const used = undoSheet(book).getUsedRangeOrNullObject(true);
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await book.context.sync();
  if (used.isNullObject) return [];
  const values = await readUndoCells(book, used.rowIndex, used.rowCount, used.columnIndex, used.columnCount);
  return storedRecords(values, used.rowIndex);
}

/**
 * The values of a block of the undo sheet (0-based), CHUNKS_PER_READ cells a sync at most: split in
 * halves by rows, then (one row of a large record) by columns; a block Excel still refuses is split again.
 */
async function readUndoCells(book: Book, top: number, rows: number, left: number, cols: number): Promise<unknown[][]> {
  if (rows * cols <= CHUNKS_PER_READ || (rows === 1 && cols === 1)) {
    const range = undoSheet(book).getRangeByIndexes(top, left, rows, cols);
    range.load("values");
    try {
      await book.context.sync();
      return range.values;
    } catch (e) {
      if (!tooLarge(e) || (rows === 1 && cols === 1)) throw e;
    }
  }
  if (rows > 1) {
    const half = Math.ceil(rows / 2);
    return [...(await readUndoCells(book, top, half, left, cols)), ...(await readUndoCells(book, top + half, rows - half, left, cols))];
  }
  const half = Math.ceil(cols / 2);
  const [a, b] = [await readUndoCells(book, top, 1, left, half), await readUndoCells(book, top, 1, left + half, cols - half)];
  return [[...a[0], ...b[0]]];
}

/**
 * Before a new record is stored: the records that stay once `removed` go and the history makes
 * room for it (core/undo/history.ts: the oldest first), and the ops deleting the others' rows —
 * the lowest first, so the rows above keep their numbers — staged before the new record's.
 */
function makeRoom(book: Book, records: StoredRecord[], removed: StoredRecord[], added: UndoRecord): { kept: StoredRecord[]; ops: Op[] } {
  const rest = records.filter((r) => !removed.includes(r));
  const dropped = new Set(recordsToDrop(rest.map((r) => r.chars), JSON.stringify(added).length).map((i) => rest[i]));
  const rows = [...removed, ...dropped].map((r) => r.row).sort((a, b) => b - a);
  return { kept: rest.filter((r) => !dropped.has(r)), ops: rows.map((row) => removeRecordOp(book, row)) };
}

/**
 * Stores a record in a new first row of the hidden undo sheet (made on first use; it survives
 * reloads with the workbook). Newest first: writing needs no read of where the records end.
 */
function recordOps(book: Book, record: UndoRecord): Op[] {
  const chunks = encodeRecord(record);
  const ops: Op[] = [];
  if (!book.sheets.some((s) => s.name === UNDO_SHEET)) {
    ops.push(
      op(ONE_CALL + CALL_BYTES, () => {
        book.context.workbook.worksheets.add(UNDO_SHEET).visibility = "Hidden";
      }),
    );
  }
  ops.push(op(ONE_CALL, () => undoSheet(book).getRange("1:1").insert("Down")));
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_CALL) {
    const part = chunks.slice(i, i + CHUNKS_PER_CALL);
    ops.push(op(RANGE_BYTES + jsonBytes(part), () => (undoSheet(book).getRangeByIndexes(0, i, 1, part.length).values = [part])));
  }
  return ops;
}

/** Deletes a record's row: staged before the batch's recordOps, whose insert moves the rows down. */
function removeRecordOp(book: Book, row: number): Op {
  return op(ONE_CALL, () => undoSheet(book).getRange(`${row}:${row}`).delete("Up"));
}

// ---- addresses ----------------------------------------------------------------------------------

/** The range of an address with its sheet ("'My Sheet'!B3:Q40"). */
function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  const { sheet, local } = parseAddress(address);
  return context.workbook.worksheets.getItem(sheet).getRange(local);
}

/** "'My Sheet'!B3:Q40" → sheet name, 1-based origin, and the address on the sheet. */
export function parseAddress(address: string): { sheet: string; row: number; col: number; local: string } {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const local = address.slice(bang + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)/.exec(local)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(m[2]), col, local };
}
