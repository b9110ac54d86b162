import { CommandError, emptySheet, noTable } from "../core/commands/errors";
import { requestedPlan, sourceTable } from "../core/commands/generate";
import { latestMarks, markedCount, MARKS_LABEL, marksRecord, UNMARK_LABEL } from "../core/commands/marks-record";
import { gridPlan, type GridCommand } from "../core/commands/recalc";
import { scopeGrid } from "../core/commands/scope";
import { uniqueSheetName } from "../core/commands/sheet-name";
import { tableInfo } from "../core/commands/table-info";
import type { GenerateRequest, HostState, ValidationReport, WriteReport } from "../core/commands/types";
import type { Text } from "../core/rules/types";
import { validateGrid } from "../core/commands/validate";
import { writeReport } from "../core/commands/write-report";
import { a1, type Grid } from "../core/grid";
import type { Table } from "../core/model";
import { mergeWrites } from "../core/plan/batch";
import { readTables } from "../core/read-tables";
import type { Settings } from "../core/settings";
import { type CellState, undoInfo, type UndoRecord } from "../core/undo/records";
import { boundingArea } from "./cell-arrays";
import { pickedRange, setPickedRange } from "./properties";
import * as port from "./sheets-port";
import { planTargets, stateTargets } from "./targets";

/**
 * The commands behind the sidebar and the menu: each reads once through the port, runs the core,
 * and writes once, after a snapshot in the undo sheet. Results are plain JSON (they cross
 * google.script.run). Labels of undo records are the Excel add-in's, so both hosts read each other's.
 */

interface Picked {
  sheet: string;
  range: string;
}

function picked(): Picked | null {
  const stored = pickedRange(port.documentId());
  return stored ? (JSON.parse(stored) as Picked) : null;
}

/** Reads the command range; without a picked range, the table around the active cell. */
function read(): { read: port.Read; grid: Grid } {
  const r = port.readRange(picked());
  return { read: r, grid: r.active ? scopeGrid(r.grid, r.active.row, r.active.col) : r.grid };
}

/** Why a read holds no table: the sheet is empty, or nothing in it (or in the picked range) looks like one. */
function noTableError(r: port.Read): CommandError {
  const { grid } = r;
  if (grid.values.every((row) => row.every((v) => v === null))) return new CommandError(emptySheet(grid.sheet));
  return new CommandError(noTable(grid.sheet, r.active ? null : port.areaA1(port.readArea(r))));
}

export function describe(): HostState {
  const pick = picked();
  const { grid } = read();
  const table = readTables(grid)[0];
  const { records } = port.readUndo();
  const sheet = pick?.sheet ?? port.activeSheetName();
  const marks = records[latestMarks(records.map((r) => r.record), sheet)];
  return {
    host: "sheets",
    table: table ? tableInfo(table) : null,
    pickedRange: pick ? `${pick.sheet}!${pick.range}` : null,
    undo: undoInfo(records[records.length - 1]?.record),
    marked: marks ? markedCount(marks.record) : 0,
  };
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

/** Validasi: the findings; with settings.mark, their cells marked (replacing the sheet's previous marks). */
export function validate(settings: Settings): ValidationReport {
  const { read: r, grid } = read();
  const { tables, report, marks } = validateGrid(grid, settings.lang);
  if (tables.length === 0) throw noTableError(r);
  if (!settings.mark) return report;
  const sheet = grid.sheet;
  const undo = port.readUndo();
  const previous = undo.records[latestMarks(undo.records.map((s) => s.record), sheet)];
  if (marks.length === 0 && !previous) return report;
  const cells = [...(previous?.record.cells ?? []).map(([row, col]) => ({ row, col })), ...marks];
  const snap = port.snapshot(sheet, boundingArea(cells), r);
  const current = new Map(cells.map(({ row, col }) => [a1(row, col), snap.state(row, col)]));
  const record = marksRecord(sheet, previous?.record, current, marks);
  if (previous) port.clearRecord(previous);
  const stored = port.putRecord(undo.next, record);
  port.writeCells(sheet, stateTargets(record.marked ?? [], true), snap, () => {
    port.clearRecord(stored);
    if (previous) port.putRecord(previous.row, previous.record);
  });
  return { ...report, marked: marks.length };
}

/** Hapus tanda: the latest marks of the command's sheet come off, fills and notes as they were. */
export function clearMarks(): { restored: number; undo: HostState["undo"] } {
  const sheet = picked()?.sheet ?? port.activeSheetName();
  const undo = port.readUndo();
  const marks = undo.records[latestMarks(undo.records.map((s) => s.record), sheet)];
  if (!marks) return { restored: 0, undo: undoInfo(undo.records[undo.records.length - 1]?.record) };
  const snap = port.snapshot(sheet, boundingArea(cells(marks.record.cells)), null);
  port.clearRecord(marks);
  const unmark = port.putRecord(undo.next, { ...marks.record, kind: "unmark", label: UNMARK_LABEL });
  // Only fills and notes: a value typed since Validasi stays.
  port.writeCells(sheet, stateTargets(marks.record.cells, true), snap, () => {
    port.clearRecord(unmark);
    port.putRecord(marks.row, marks.record);
  });
  return { restored: markedCount(marks.record), undo: undoInfo(unmark.record) };
}

export const recalc = (settings: Settings): WriteReport => writePlan("recalc", settings);

/** "Rapikan angka": numbers written as text become numbers, nothing else changes. */
export const normalize = (settings: Settings): WriteReport => writePlan("normalize", settings);

function writePlan(command: GridCommand, settings: Settings): WriteReport {
  const { read: r, grid } = read();
  const plan = gridPlan(grid, command, settings);
  if (!plan) throw noTableError(r);
  const writes = mergeWrites(plan.writes);
  const undo = port.readUndo();
  if (writes.length === 0) return writeReport(plan, grid.sheet, undoInfo(undo.records[undo.records.length - 1]?.record));
  const snap = port.snapshot(grid.sheet, boundingArea(writes), r);
  const record: UndoRecord = { kind: "edit", sheet: grid.sheet, label: plan.label, cells: writes.map((w) => snap.state(w.row, w.col)) };
  const stored = port.putRecord(undo.next, record);
  port.writeCells(grid.sheet, planTargets(writes, snap), snap, () => port.clearRecord(stored));
  return writeReport(plan, grid.sheet, undoInfo(record));
}

/** "Buat tabel" into a new sheet, which becomes the active one; its undo record deletes it. */
export function generate(request: GenerateRequest): WriteReport {
  const { grid } = read();
  return generateFrom(sourceTable([grid]), request);
}

/** The menu's "Buat tabel" (no choice to make): the official T-C.27 of the table found, else the input template. */
export function generateDefault(): WriteReport {
  const source = sourceTable([read().grid]);
  return generateFrom(source, { kind: source ? "renstra-program" : "template" });
}

function generateFrom(source: Table | undefined, request: GenerateRequest): WriteReport {
  const plan = requestedPlan(source, request, new Date().getFullYear());
  if ("error" in plan) throw new CommandError(plan.error);
  const sheet = uniqueSheetName(plan.sheet, port.sheetNames());
  const record: UndoRecord = { kind: "sheet", sheet, label: plan.label, cells: [] };
  port.putRecord(port.readUndo().next, record);
  port.newSheetWithTable(sheet, plan);
  return writeReport(plan, sheet, undoInfo(record));
}

/** Urungkan: the latest record's cells exactly as they were (or its sheet deleted). */
export function undo(): { undone: Text | null; undo: HostState["undo"] } {
  const { records } = port.readUndo();
  const last = records[records.length - 1];
  if (!last) return { undone: null, undo: null };
  const { record } = last;
  const older = undoInfo(records[records.length - 2]?.record);
  if (record.kind === "sheet") port.deleteSheet(record.sheet);
  // A sheet deleted since leaves nothing to restore: the record just goes.
  if (record.kind === "sheet" || !port.sheetNames().includes(record.sheet)) {
    port.clearRecord(last);
    return { undone: record.label, undo: older };
  }
  const states = record.kind === "unmark" ? (record.marked ?? []) : record.cells;
  const snap = port.snapshot(record.sheet, boundingArea(cells(states)), null);
  port.clearRecord(last);
  // Undoing a Hapus tanda brings the marks back, with their record, so Hapus tanda can take them off again.
  const back = record.kind === "unmark" ? port.putRecord(last.row, { ...record, kind: "marks", label: MARKS_LABEL }) : null;
  port.writeCells(record.sheet, stateTargets(states, record.kind !== "edit"), snap, () => {
    if (back) port.clearRecord(back);
    port.putRecord(last.row, record);
  });
  return { undone: record.label, undo: back ? undoInfo(back.record) : older };
}

const cells = (states: CellState[]) => states.map(([row, col]) => ({ row, col }));
