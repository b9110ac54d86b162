import { CommandError, emptySheet, noTable } from "../core/commands/errors";
import { requestedPlan, sourceTable } from "../core/commands/generate";
import { gridPlan, type GridCommand } from "../core/commands/recalc";
import { scopeGrid } from "../core/commands/scope";
import { tableInfo } from "../core/commands/table-info";
import type { GenerateRequest, HostState, ValidationReport, WriteReport } from "../core/commands/types";
import type { Text } from "../core/rules/types";
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
 * the picked range and the steps (progress, cancel).
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

/** The table the commands would use now, and what Hapus tanda and Urungkan would do. */
export async function describe(context: Excel.RequestContext, env: Env): Promise<HostState> {
  const scope = await readScope(context, env.caps, env.picked);
  const grid = scope.grid && scoped(scope.grid, scope, env);
  const table = grid ? readTables(grid)[0] : undefined;
  const { undo, marked } = await readUndoState(scope.book, scope.sheet);
  return { host: "excel", table: table ? tableInfo(table) : null, pickedRange: env.picked, undo, marked };
}

/** Validasi: the report, and (settings.mark) the findings' cells marked, replacing older marks. */
export async function validasi(context: Excel.RequestContext, env: Env, settings: Settings): Promise<ValidationReport> {
  const steps = env.steps ?? QUIET;
  const { scope, grid } = await tableScope(context, env);
  await steps.check();
  const { report, marks } = validateGrid(grid, settings.lang);
  if (report.tables.length === 0) throw new CommandError(noTable(scope.sheet, env.picked && scope.range));
  if (!settings.mark) return report;
  const staged = await stageMarks(scope.book, grid.sheet, marks);
  if (staged.ops.length === 0) return report;
  await steps.write(staged.cells);
  await commit(scope.book, staged);
  return { ...report, marked: marks.length };
}

/** Hapus tanda: the marks of the sheet in use come off, fills and notes as they were. */
export async function hapusTanda(context: Excel.RequestContext, env: Env): Promise<{ restored: number; undo: HostState["undo"] }> {
  const book = await openBook(context, env.caps);
  const staged = await stageClear(book, env.picked ? parseAddress(env.picked).sheet : book.activeSheet);
  await commit(book, staged);
  return { restored: staged.restored, undo: staged.undo };
}

/** Hitung ulang capaian ("recalc") or Rapikan angka ("normalize"): the plan's cells, after a snapshot. */
async function tulisUlang(context: Excel.RequestContext, env: Env, settings: Settings, command: GridCommand): Promise<WriteReport> {
  const steps = env.steps ?? QUIET;
  const { scope, grid } = await tableScope(context, env);
  await steps.check();
  const plan = gridPlan(grid, command, settings);
  if (!plan) throw new CommandError(noTable(scope.sheet, env.picked && scope.range));
  if (plan.writes.length === 0) return writeReport(plan, plan.sheet, (await readUndoState(scope.book, scope.sheet)).undo);
  const staged = await stagePlan(scope.book, plan);
  await steps.write(staged.cells);
  await commit(scope.book, staged);
  return writeReport(plan, plan.sheet, staged.undo);
}

export const hitungUlang = (context: Excel.RequestContext, env: Env, settings: Settings) => tulisUlang(context, env, settings, "recalc");
export const rapikanAngka = (context: Excel.RequestContext, env: Env, settings: Settings) => tulisUlang(context, env, settings, "normalize");

/**
 * Buat tabel into a new sheet: the input template (the source's period, else the one after
 * `thisYear`), or an official table from the T-C.27 in use. An empty sheet can still get a template.
 */
export async function buatTabel(context: Excel.RequestContext, env: Env, request: GenerateRequest, thisYear: number): Promise<WriteReport> {
  const steps = env.steps ?? QUIET;
  const scope = await readScope(context, env.caps, env.picked);
  await steps.read(scope.grid?.values.length ?? 0);
  await steps.check();
  const plan = requestedPlan(scope.grid ? sourceTable([scoped(scope.grid, scope, env)]) : undefined, request, thisYear);
  if ("error" in plan) throw new CommandError(plan.error);
  const staged = stageNewSheet(scope.book, plan);
  await steps.write(staged.cells);
  await commit(scope.book, staged);
  return writeReport(plan, staged.sheet, staged.undo);
}

/** Urungkan the last command; the label of what was undone, or null when there was nothing. */
export async function urungkan(context: Excel.RequestContext, env: Env): Promise<{ undone: Text | null; undo: HostState["undo"] }> {
  const book = await openBook(context, env.caps);
  const staged = await stageUndo(book);
  await commit(book, staged);
  return { undone: staged.label, undo: staged.undo };
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
