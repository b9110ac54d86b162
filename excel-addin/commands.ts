import { CommandError, emptySheet, noTable } from "../core/commands/errors";
import { generatedTable, renstraTable, requestedPlan } from "../core/commands/generate";
import type { UndoState } from "../core/commands/host-state";
import { tablesPlan, type GridCommand } from "../core/commands/recalc";
import { scopeGrid } from "../core/commands/scope";
import { tableInfo } from "../core/commands/table-info";
import type { ClearReport, GenerateRequest, HostState, HostStatePart, TableInfo, UndoReport, ValidationReport, WriteReport } from "../core/commands/types";
import { validateGrid } from "../core/commands/validate";
import { writeReport } from "../core/commands/write-report";
import type { Grid } from "../core/grid";
import { readTables } from "../core/read-tables";
import { readSettings, SETTINGS_KEY, type Settings } from "../core/settings";
import {
  type Capabilities,
  commit,
  openBook,
  parseAddress,
  readScope,
  readSetting,
  readUndoState,
  type Scope,
  stageClear,
  stageMarks,
  stageNewSheet,
  stagePlan,
  stageUndo,
  writeSetting,
} from "./excel-port";

/**
 * The add-in's commands over one Excel.RequestContext. Each reads once through the port, runs the
 * core, then writes once; the domain stays in the core. The bridge hands them the capabilities,
 * the picked range and the steps (progress, cancel). Each result carries the host state it leaves,
 * from what the command read and the undo records it staged, so the pane need not describe() again.
 */

/** Where long work is; `write` is the last moment to cancel (it throws CancelledError then). */
export interface Steps {
  read(rows: number): Promise<void>;
  check(): Promise<void>;
  write(cells: number): Promise<void>;
}

export interface Env {
  caps: Capabilities;
  /** The range picked with "Ganti rentang" ("'Sheet'!A1:T139"), or null for automatic. */
  picked: string | null;
  steps?: Steps;
}

const QUIET: Steps = { read: async () => {}, check: async () => {}, write: async () => {} };

/** The state a command leaves, as describe() would read it. */
function hostState(env: Env, table: TableInfo | null, undo: UndoState): HostState {
  return { ...place(env, undo.sheet), table, undo: undo.undo, marked: undo.marked };
}

/** Where the commands look: the start of every state a command reports (HostStatePart). */
function place(env: Env, sheet: string): HostStatePart {
  return { host: "excel", sheet, pickedRange: env.picked };
}

/** The table the commands would use now, and what Hapus tanda and Urungkan would do. */
export async function describe(context: Excel.RequestContext, env: Env): Promise<HostState> {
  const scope = await readScope(context, env.caps, env.picked);
  const grid = scope.grid && scoped(scope.grid, scope, env);
  const table = grid ? readTables(grid)[0] : undefined;
  return hostState(env, table ? tableInfo(table) : null, await readUndoState(scope.book, scope.sheet));
}

/**
 * Validasi: the report, and (settings.mark) the findings' cells marked, replacing older marks.
 * Without marks it writes nothing and reads only the range, in one sync: its state leaves out the
 * undo sheet's part, which it did not change.
 */
export async function validasi(context: Excel.RequestContext, env: Env, settings: Settings): Promise<ValidationReport> {
  const steps = env.steps ?? QUIET;
  const { scope, grid } = await tableScope(context, env);
  await steps.check();
  const { report, marks } = validateGrid(grid, settings.lang);
  const [table] = report.tables;
  if (!table) throw new CommandError(noTable(scope.sheet, env.picked && scope.range));
  if (!settings.mark) return { ...report, host: { ...place(env, scope.sheet), table } };
  const staged = await stageMarks(scope.book, grid.sheet, marks);
  if (staged.ops.length > 0) {
    await steps.write(staged.cells);
    await commit(scope.book, staged);
  }
  return { ...report, marked: marks.length, host: hostState(env, table, staged.state()) };
}

/** Hapus tanda: the marks of the sheet in use come off, fills and notes as they were. */
export async function hapusTanda(context: Excel.RequestContext, env: Env): Promise<ClearReport> {
  const book = await openBook(context, env.caps);
  const staged = await stageClear(book, env.picked ? parseAddress(env.picked).sheet : book.activeSheet);
  await commit(book, staged);
  return { restored: staged.restored, host: { ...place(env, staged.sheet), ...staged.state() } };
}

/** Hitung ulang capaian ("recalc") or Rapikan angka ("normalize"): the plan's cells, after a snapshot. */
async function tulisUlang(context: Excel.RequestContext, env: Env, settings: Settings, command: GridCommand): Promise<WriteReport> {
  const steps = env.steps ?? QUIET;
  const { scope, grid } = await tableScope(context, env);
  await steps.check();
  const tables = readTables(grid);
  const plan = tablesPlan(tables, command, settings);
  if (!plan) throw new CommandError(noTable(scope.sheet, env.picked && scope.range));
  // The table as read before the write: neither command changes where it is or what it holds.
  const table = tableInfo(tables[0]);
  if (plan.writes.length === 0) return writeReport(plan, plan.sheet, hostState(env, table, await readUndoState(scope.book, scope.sheet)));
  const staged = await stagePlan(scope.book, plan, grid);
  await steps.write(staged.cells);
  await commit(scope.book, staged);
  return writeReport(plan, plan.sheet, hostState(env, table, staged.state()));
}

export const hitungUlang = (context: Excel.RequestContext, env: Env, settings: Settings) => tulisUlang(context, env, settings, "recalc");
export const rapikanAngka = (context: Excel.RequestContext, env: Env, settings: Settings) => tulisUlang(context, env, settings, "normalize");

/**
 * Buat tabel into a new sheet: the input template (the source's period, else the one after
 * `thisYear`), or an official table from the T-C.27 in use. An empty sheet can still get a template.
 * The new sheet becomes the active one: unless a range is picked, the commands now use its table,
 * read from the plan (core/commands/generate.ts generatedTable), not from the workbook.
 */
export async function buatTabel(context: Excel.RequestContext, env: Env, request: GenerateRequest, thisYear: number): Promise<WriteReport> {
  const steps = env.steps ?? QUIET;
  const scope = await readScope(context, env.caps, env.picked);
  await steps.read(scope.grid?.values.length ?? 0);
  await steps.check();
  const tables = scope.grid ? readTables(scoped(scope.grid, scope, env)) : [];
  const plan = requestedPlan(renstraTable(tables), request, thisYear);
  if ("error" in plan) throw new CommandError(plan.error);
  const staged = stageNewSheet(scope.book, plan, env.picked ? scope.sheet : null);
  await steps.write(staged.cells);
  await commit(scope.book, staged);
  const table = env.picked ? (tables[0] ? tableInfo(tables[0]) : null) : generatedTable(plan, staged.sheet);
  return writeReport(plan, staged.sheet, hostState(env, table, staged.state()));
}

/** Urungkan the last command; the label of what was undone, or null when there was nothing. */
export async function urungkan(context: Excel.RequestContext, env: Env): Promise<UndoReport> {
  const book = await openBook(context, env.caps);
  const staged = await stageUndo(book, env.picked ? parseAddress(env.picked).sheet : null);
  await commit(book, staged);
  const state = staged.state();
  return { undone: staged.label, host: { ...place(env, state.sheet), ...state } };
}

/** "Ganti rentang" reads the selection's address; a click on a finding selects its cell. */
export { selectedAddress as selectedRange, selectCell as select } from "./excel-port";

/** The pane's settings saved in the workbook (shared by everyone who opens it); defaults when none. */
export async function loadSettings(context: Excel.RequestContext): Promise<Settings> {
  return readSettings(await readSetting(context, SETTINGS_KEY));
}

export async function saveSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  await writeSetting(context, SETTINGS_KEY, JSON.stringify(settings));
}

/** The grid the table commands use; an empty sheet is refused. */
async function tableScope(context: Excel.RequestContext, env: Env): Promise<{ scope: Scope; grid: Grid }> {
  const scope = await readScope(context, env.caps, env.picked);
  if (!scope.grid) throw new CommandError(emptySheet(scope.sheet));
  await (env.steps ?? QUIET).read(scope.grid.values.length);
  return { scope, grid: scoped(scope.grid, scope, env) };
}

/** A picked range is used as it is; otherwise the table around the active cell (core/commands/scope.ts). */
function scoped(grid: Grid, scope: Scope, env: Env): Grid {
  return env.picked ? grid : scopeGrid(grid, scope.active.row, scope.active.col);
}
