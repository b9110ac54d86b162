import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import type { Lang } from "../../core/i18n/messages";
import { message } from "../../core/i18n/messages";
import type { Plan } from "../../core/plan/types";
import type { Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { evaluatedYear, renderPlan, sourceTable, type GenerateSettings } from "../../core/commands/generate";
import { applyPlanToNewSheet } from "../io/apply-plan";
import { loadWorkbookForEditing, readWorkbookFile, WorkbookReadError, workbookToGrids } from "../io/read-workbook";
import { outputIsInput, saveWorkbook } from "../io/write-workbook";
import { say } from "./recalc";

/**
 * `tc27 generate`: the official table rendered from a T-C.27 (a planner's, messy or generated, or the
 * filled input template) into a new sheet. An .xlsx input keeps its sheets beside the new one; a
 * .csv/.tsv input becomes a new workbook holding the generated sheet only.
 */
const TEXT = {
  written: { id: 'Tabel ditulis ke lembar "{sheet}" di "{out}".', en: 'Table written to sheet "{sheet}" in "{out}".' },
  summary: {
    id: "{label} dari {source} ({range}, {sourceRows} baris sumber): {rows} baris, {formulas} rumus, {cells} sel",
    en: "{label} from {source} ({range}, {sourceRows} source rows): {rows} rows, {formulas} formulas, {cells} cells",
  },
  noRenstra: {
    id: 'Berkas "{file}" tidak berisi T-C.27 (atau templat isian) untuk dibuatkan tabel.',
    en: 'File "{file}" holds no T-C.27 (or input template) to generate a table from.',
  },
  noYear: {
    id: "Tahun {year} tidak ada dalam periode tabel ({years}); pilih dengan --year.",
    en: "Year {year} is not in the table's period ({years}); choose one with --year.",
  },
} satisfies Record<string, Record<Lang, string>>;

export interface Generated {
  /** The sheet written (the plan's name, or "Name (2)" when taken). */
  sheet: string;
  plan: Plan;
  /** Where the source table was. */
  source: { sheet: string; range: string; rows: number };
}

/** Renders the table into a new sheet of `wb`. */
export function generateInto(wb: ExcelJS.Workbook, table: Table, settings: GenerateSettings): Generated {
  const plan = renderPlan(table, settings, evaluatedYear(table, settings));
  const ws = applyPlanToNewSheet(wb, plan);
  return { sheet: ws.name, plan, source: { sheet: table.model.sheet, range: table.model.range, rows: table.model.rows.length } };
}

/** The workbook to write into and the sheets to read: the .xlsx itself, or a new one for text files. */
async function openSource(file: string): Promise<{ wb: ExcelJS.Workbook; grids: Grid[] }> {
  if ([".xlsx", ".xlsm"].includes(path.extname(file).toLowerCase())) {
    const wb = await loadWorkbookForEditing(file);
    return { wb, grids: workbookToGrids(wb) };
  }
  return { wb: new ExcelJS.Workbook(), grids: (await readWorkbookFile(file)).sheets };
}

export function generateText(g: Generated, out: string, lang: Lang): string {
  const formulas = g.plan.writes.filter((w) => w.formula !== undefined).length;
  // Table rows: those below the frozen header block (titles and header are not counted).
  const headerBottom = g.plan.sheetLayout?.freeze?.rows ?? 0;
  const rows = new Set(g.plan.writes.filter((w) => w.row > headerBottom && (w.formula !== undefined || w.value !== undefined)).map((w) => w.row)).size;
  const params = {
    label: g.plan.label[lang],
    source: g.source.sheet,
    range: g.source.range,
    sourceRows: g.source.rows,
    rows,
    formulas,
    cells: g.plan.writes.length,
  };
  return [say(TEXT.summary, lang, params), say(TEXT.written, lang, { sheet: g.sheet, out })].join("\n");
}

export async function generateFile(file: string, out: string, settings: GenerateSettings, lang: Lang): Promise<{ message: string; exitCode: number }> {
  const clash = outputIsInput(file, out, lang);
  if (clash) return clash;
  let source;
  try {
    source = await openSource(file);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { message: lang === "en" ? e.messageEn : e.message, exitCode: 2 };
  }
  const table = sourceTable(source.grids);
  if (!table) {
    const known = source.grids.some((g) => readTables(g).length > 0);
    return { message: known ? say(TEXT.noRenstra, lang, { file }) : message("file-no-table", lang, { file }), exitCode: 2 };
  }
  const { years } = table.model;
  if (settings.kind !== "renstra-program" && !years.includes(evaluatedYear(table, settings))) {
    return { message: say(TEXT.noYear, lang, { year: evaluatedYear(table, settings), years: years.join(", ") }), exitCode: 2 };
  }
  const generated = generateInto(source.wb, table, settings);
  const failed = await saveWorkbook(source.wb, out, lang);
  if (failed) return failed;
  return { message: generateText(generated, out, lang), exitCode: 0 };
}
