import type { Lang } from "../core/i18n/messages";
import type { Plan } from "../core/plan/types";
import { readTables } from "../core/read-tables";
import { normalizeAndRecalcPlan, recalcPlan, type RecalcOptions } from "../core/recalc";
import { validateTable } from "../core/rules/validate";
import type { Convention, Finding } from "../core/rules/types";
import { applyPlan, clearMarks, markFindings, openUndo, readGrid, undoLast } from "./excel-port";

/**
 * What the task pane and the ribbon call. Each command reads once, runs the core, and writes once
 * through the port; the domain stays in the core.
 */

export interface CommandRange {
  /** The range to work on; default the active sheet's used range. */
  range?: Excel.Range;
  lang?: Lang;
}

export interface ValidasiResult {
  sheet: string;
  tables: number;
  findings: Finding[];
  conventions: Convention[];
  marked: number;
}

export async function validasi(context: Excel.RequestContext, options: CommandRange = {}): Promise<ValidasiResult> {
  const lang = options.lang ?? "id";
  const { grid, session } = await readGrid(context, rangeOf(context, options));
  const tables = readTables(grid);
  const validations = tables.map((t) => validateTable(t, lang));
  const findings = validations.flatMap((v) => v.findings);
  const marked = findings.length > 0 ? await markFindings(session, grid.sheet, findings, lang) : 0;
  return { sheet: grid.sheet, tables: tables.length, findings, conventions: validations.flatMap((v) => v.conventions), marked };
}

/** Hapus tanda on the active sheet (or the given range's sheet): returns how many cells it restored. */
export async function hapusTanda(context: Excel.RequestContext, options: { sheet?: string } = {}): Promise<{ restored: number }> {
  // The active sheet's name rides on the session's sync.
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const session = await openUndo(context);
  return { restored: await clearMarks(session, options.sheet ?? active.name) };
}

export interface HitungUlangOptions extends CommandRange, RecalcOptions {
  /** "Rapikan angka" first: numbers written as text become numbers. */
  normalize?: boolean;
}

export interface HitungUlangResult {
  sheet: string;
  tables: number;
  written: number;
  /** Values a person typed that the new results replaced (the pane says so). */
  changed: Plan["changed"];
}

export async function hitungUlang(context: Excel.RequestContext, options: HitungUlangOptions = {}): Promise<HitungUlangResult> {
  const { grid, session } = await readGrid(context, rangeOf(context, options));
  const tables = readTables(grid);
  const plans = tables.map((t) => (options.normalize ? normalizeAndRecalcPlan(t, options) : recalcPlan(t, options)));
  // Every table of the range is read before any is written; their plans go out as one batch.
  const writes = plans.flatMap((p) => p.writes);
  if (writes.length > 0) await applyPlan(session, { ...plans[0], writes, changed: plans.flatMap((p) => p.changed) });
  return { sheet: grid.sheet, tables: tables.length, written: writes.length, changed: plans.flatMap((p) => p.changed) };
}

/** Urungkan: the last command's cells back as they were; the label of what was undone, or null. */
export async function urungkan(context: Excel.RequestContext): Promise<{ undone: string | null }> {
  return { undone: await undoLast(await openUndo(context)) };
}

function rangeOf(context: Excel.RequestContext, options: CommandRange): Excel.Range {
  return options.range ?? context.workbook.worksheets.getActiveWorksheet().getUsedRange();
}
