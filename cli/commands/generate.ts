import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import type { Lang } from "../../core/i18n/messages";
import { message } from "../../core/i18n/messages";
import type { Plan } from "../../core/plan/types";
import type { Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { renderE81, renderEvaluasiRenja, renderTc27 } from "../../core/render";
import { applyPlanToNewSheet } from "../io/apply-plan";
import { loadWorkbookForEditing, readWorkbookFile, WorkbookReadError, workbookToGrids } from "../io/read-workbook";
import { say } from "./recalc";

/**
 * `tc27 generate`: the official table rendered from a T-C.27 (a planner's, messy or generated, or the
 * filled input template) into a new sheet. An .xlsx input keeps its sheets beside the new one; a
 * .csv/.tsv input becomes a new workbook holding the generated sheet only.
 */
export const GENERATE_KINDS = ["renstra-program", "evaluasi-renja", "evaluasi-renja-triwulan"] as const;
export type GenerateKind = (typeof GENERATE_KINDS)[number];

export interface GenerateSettings {
  kind: GenerateKind;
  /** The evaluated year (T-C.29, E.81). */
  year?: number;
  /** The Renstra period of a T-C.27 (default: the source's years). */
  firstYear?: number;
  years?: number;
  paper?: "A4" | "F4";
  /** Name of the Perangkat Daerah for the title lines. */
  pd?: string;
}

export interface Generated {
  /** The sheet written (the plan's name, or "Name (2)" when taken). */
  sheet: string;
  plan: Plan;
  /** Where the source table was. */
  source: { sheet: string; range: string; rows: number };
}

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

/** The plan for the chosen kind, from the source T-C.27. */
function render(table: Table, settings: GenerateSettings, year: number): Plan {
  const common = { paper: settings.paper, title: { pd: settings.pd } };
  switch (settings.kind) {
    case "renstra-program":
      return renderTc27(table, { ...common, firstYear: settings.firstYear, years: settings.years });
    case "evaluasi-renja":
      return renderEvaluasiRenja(table, { ...common, year });
    case "evaluasi-renja-triwulan":
      return renderE81(table, { ...common, year });
  }
}

/** The first T-C.27 of the grids (a planner's, a generated one, or the filled input template). */
export function sourceTable(grids: Grid[]): Table | undefined {
  for (const g of grids) {
    // Detected, not forced: a forced kind would read any table as a T-C.27.
    const table = readTables(g).find((t) => t.model.kind === "renstra-program");
    if (table) return table;
  }
  return undefined;
}

/** The evaluated year: the planner's, else the period's first (the Renja of the Renstra's first year). */
const evaluatedYear = (table: Table, settings: GenerateSettings) => settings.year ?? table.model.years[0];

/** Renders the table into a new sheet of `wb`. */
export function generateInto(wb: ExcelJS.Workbook, table: Table, settings: GenerateSettings): Generated {
  const plan = render(table, settings, evaluatedYear(table, settings));
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
  await source.wb.xlsx.writeFile(out);
  return { message: generateText(generated, out, lang), exitCode: 0 };
}
