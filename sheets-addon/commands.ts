import { CommandError, emptySheet, noTable } from "../core/commands/errors";
import { generatedTable, renstraTable, requestedPlan } from "../core/commands/generate";
import { undoState, type UndoState } from "../core/commands/host-state";
import { currentMarks, markedCount, marksRecord, unmarkRecord } from "../core/commands/marks-record";
import { tablesPlan, type GridCommand } from "../core/commands/recalc";
import { scopeGrid } from "../core/commands/scope";
import { uniqueSheetName } from "../core/commands/sheet-name";
import { tableInfo } from "../core/commands/table-info";
import type { ClearReport, GenerateRequest, HostState, HostStatePart, TableInfo, UndoReport, ValidationReport, WriteReport } from "../core/commands/types";
import { validateGrid } from "../core/commands/validate";
import { writeReport } from "../core/commands/write-report";
import { a1, type Grid } from "../core/grid";
import type { Table } from "../core/model";
import { mergeWrites } from "../core/plan/batch";
import { readTables } from "../core/read-tables";
import type { Settings } from "../core/settings";
import { type CellState, type UndoRecord, undoStates } from "../core/undo/records";
import { boundingArea } from "./cell-arrays";
import { pickedRange, setPickedRange } from "./properties";
import * as port from "./sheets-port";
import { planTargets, stateTargets } from "./targets";

/**
 * The commands behind the sidebar and the menu: each reads once through the port, runs the core,
 * and writes once, after a snapshot in the undo sheet. Results are plain JSON (they cross
 * google.script.run). Labels of undo records are the Excel add-in's, so both hosts read each other's.
 * Each result carries the host state it leaves, from what the command read and the undo records it
 * read and wrote, so the sidebar need not call paneDescribe again.
 */

interface Picked {
  sheet: string;
  range: string;
}

function picked(): Picked | null {
  const stored = pickedRange(port.documentId());
  return stored ? (JSON.parse(stored) as Picked) : null;
}

/**
 * Reads the command range; without a picked range, the table around the active cell. `sheet` is the
 * one the host state speaks of: the picked range's, else the one read (the active sheet).
 */
function read(): { pick: Picked | null; read: port.Read; grid: Grid; sheet: string } {
  const pick = picked();
  const r = port.readRange(pick);
  return { pick, read: r, grid: r.active ? scopeGrid(r.grid, r.active.row, r.active.col) : r.grid, sheet: pick?.sheet ?? r.grid.sheet };
}

/** The state a command leaves, as describe() would read it. */
function hostState(pick: Picked | null, table: TableInfo | null, undo: UndoState): HostState {
  return { ...place(pick, undo.sheet), table, undo: undo.undo, marked: undo.marked };
}

/** Where the commands look: the start of every state a command reports (HostStatePart). */
function place(pick: Picked | null, sheet: string): HostStatePart {
  return { host: "sheets", sheet, pickedRange: pick ? `${pick.sheet}!${pick.range}` : null };
}

const recordsOf = (undo: port.UndoSheet): UndoRecord[] => undo.records.map((s) => s.record);

/** Why a read holds no table: the sheet is empty, or nothing in it (or in the picked range) looks like one. */
function noTableError(r: port.Read): CommandError {
  const { grid } = r;
  if (grid.values.every((row) => row.every((v) => v === null))) return new CommandError(emptySheet(grid.sheet));
  return new CommandError(noTable(grid.sheet, r.active ? null : port.areaA1(port.readArea(r))));
}

export function describe(): HostState {
  const { pick, grid, sheet } = read();
  const table = readTables(grid)[0];
  return hostState(pick, table ? tableInfo(table) : null, undoState(recordsOf(port.readUndo()), sheet));
}

/** "Ganti rentang": the selection becomes the range the commands use. */
export function useSelection(): HostState {
  setPickedRange(port.documentId(), JSON.stringify(port.selection()));
  return describe();
}

export function useAutomaticRange(): HostState {
  setPickedRange(port.documentId(), null);
  return describe();
}

/**
 * Validasi: the findings; with settings.mark, their cells marked (replacing the sheet's previous
 * marks). Without marks it writes nothing and reads no undo records: its state leaves that part out.
 */
export function validate(settings: Settings): ValidationReport {
  const { pick, read: r, grid, sheet: where } = read();
  const { tables, report, marks } = validateGrid(grid, settings.lang);
  if (tables.length === 0) throw noTableError(r);
  if (!settings.mark) return { ...report, host: { ...place(pick, where), table: report.tables[0] } };
  const state = (records: UndoRecord[]) => hostState(pick, report.tables[0], undoState(records, where));
  const sheet = grid.sheet;
  const undo = port.readUndo();
  const previous = undo.records[currentMarks(recordsOf(undo), sheet)];
  if (marks.length === 0 && !previous) return { ...report, host: state(recordsOf(undo)) };
  const cells = [...(previous?.record.cells ?? []).map(([row, col]) => ({ row, col })), ...marks];
  const snap = port.snapshot(sheet, boundingArea(cells), r);
  const current = new Map(cells.map(({ row, col }) => [a1(row, col), snap.state(row, col)]));
  const record = marksRecord(sheet, previous?.record, current, marks);
  const stored = port.putRecord(undo.next, record);
  port.writeCells(sheet, stateTargets(record.marked ?? [], true), snap, () => port.clearRecord(stored));
  return { ...report, marked: marks.length, host: state([...recordsOf(undo), record]) };
}

/** Hapus tanda: the marks of the command's sheet come off, fills and notes as they were before any marks. */
export function clearMarks(): ClearReport {
  const pick = picked();
  const sheet = pick?.sheet ?? port.activeSheetName();
  const undo = port.readUndo();
  const marks = undo.records[currentMarks(recordsOf(undo), sheet)];
  if (!marks) return { restored: 0, host: { ...place(pick, sheet), ...undoState(recordsOf(undo), sheet) } };
  const snap = port.snapshot(sheet, boundingArea(cells(marks.record.cells)), null);
  const unmark = unmarkRecord(marks.record, new Map(marks.record.cells.map(([row, col]) => [a1(row, col), snap.state(row, col)])));
  const stored = port.putRecord(undo.next, unmark);
  // Only fills and notes: a value typed since Validasi stays.
  port.writeCells(sheet, stateTargets(unmark.cells, true), snap, () => port.clearRecord(stored));
  return { restored: markedCount(marks.record), host: { ...place(pick, sheet), ...undoState([...recordsOf(undo), unmark], sheet) } };
}

export const recalc = (settings: Settings): WriteReport => writePlan("recalc", settings);

/** "Rapikan angka": numbers written as text become numbers, nothing else changes. */
export const normalize = (settings: Settings): WriteReport => writePlan("normalize", settings);

function writePlan(command: GridCommand, settings: Settings): WriteReport {
  const { pick, read: r, grid, sheet: where } = read();
  const tables = readTables(grid);
  const plan = tablesPlan(tables, command, settings);
  if (!plan) throw noTableError(r);
  // The table as read before the write: neither command changes where it is or what it holds.
  const state = (records: UndoRecord[]) => hostState(pick, tableInfo(tables[0]), undoState(records, where));
  const writes = mergeWrites(plan.writes);
  const undo = port.readUndo();
  if (writes.length === 0) return writeReport(plan, grid.sheet, state(recordsOf(undo)));
  const snap = port.snapshot(grid.sheet, boundingArea(writes), r);
  const record: UndoRecord = { kind: "edit", sheet: grid.sheet, label: plan.label, cells: writes.map((w) => snap.state(w.row, w.col)) };
  const stored = port.putRecord(undo.next, record);
  port.writeCells(grid.sheet, planTargets(writes, snap), snap, () => port.clearRecord(stored));
  return writeReport(plan, grid.sheet, state([...recordsOf(undo), record]));
}

/** "Buat tabel" into a new sheet, which becomes the active one; its undo record deletes it. */
export function generate(request: GenerateRequest): WriteReport {
  const source = read();
  return generateFrom(source, readTables(source.grid), request);
}

/** The menu's "Buat tabel" (no choice to make): the official T-C.27 of the table found, else the input template. */
export function generateDefault(): WriteReport {
  const source = read();
  const tables = readTables(source.grid);
  return generateFrom(source, tables, { kind: renstraTable(tables) ? "renstra-program" : "template" });
}

/**
 * The new sheet becomes the active one: unless a range is picked (and still there), the commands
 * now use its table, read from the plan (core/commands/generate.ts generatedTable), not from the sheet.
 */
function generateFrom(source: ReturnType<typeof read>, tables: Table[], request: GenerateRequest): WriteReport {
  const plan = requestedPlan(renstraTable(tables), request, new Date().getFullYear());
  if ("error" in plan) throw new CommandError(plan.error);
  const sheet = uniqueSheetName(plan.sheet, port.sheetNames());
  const record: UndoRecord = { kind: "sheet", sheet, label: plan.label, cells: [] };
  const undo = port.readUndo();
  port.putRecord(undo.next, record);
  port.newSheetWithTable(sheet, plan);
  const { pick, read: r } = source;
  const table = r.active ? generatedTable(plan, sheet) : tables[0] ? tableInfo(tables[0]) : null;
  return writeReport(plan, sheet, hostState(pick, table, undoState([...recordsOf(undo), record], pick?.sheet ?? sheet)));
}

/**
 * Urungkan: the latest record's cells exactly as they were (or its sheet deleted). The state it
 * leaves needs where the commands look now (the picked range, else the active sheet, which the
 * deleted sheet of a Buat tabel may have changed): a few calls, no range read.
 */
export function undo(): UndoReport {
  const { records } = port.readUndo();
  const last = records[records.length - 1];
  const leaving = (rest: UndoRecord[]): HostStatePart => {
    const pick = picked();
    const sheet = pick?.sheet ?? port.activeSheetName();
    return { ...place(pick, sheet), ...undoState(rest, sheet) };
  };
  if (!last) return { undone: null, host: leaving([]) };
  const { record } = last;
  const older = records.slice(0, -1).map((s) => s.record);
  if (record.kind === "sheet") port.deleteSheet(record.sheet);
  // A sheet deleted since leaves nothing to restore: the record just goes.
  if (record.kind === "sheet" || !port.sheetNames().includes(record.sheet)) {
    port.clearRecord(last);
    return { undone: record.label, host: leaving(older) };
  }
  const { states, marksOnly } = undoStates(record);
  const snap = port.snapshot(record.sheet, boundingArea(cells(states)), null);
  port.clearRecord(last);
  port.writeCells(record.sheet, stateTargets(states, marksOnly), snap, () => port.putRecord(last.row, record));
  return { undone: record.label, host: leaving(older) };
}

const cells = (states: CellState[]) => states.map(([row, col]) => ({ row, col }));
