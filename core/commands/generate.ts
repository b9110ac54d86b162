import type { Grid, RawCell } from "../grid";
import type { Table } from "../model";
import { mergeWrites } from "../plan/batch";
import type { Plan } from "../plan/types";
import { readTables } from "../read-tables";
import { renderE81, renderEvaluasiRenja, renderTc27, templatePlan } from "../render";
import type { Text } from "../rules/types";
import { tableInfo } from "./table-info";
import type { GenerateRequest, TableInfo } from "./types";

/**
 * "Buat tabel": the official tables rendered from a T-C.27 (a planner's, messy or generated, or the
 * filled input template). The CLI and both hosts write the plan into a new sheet.
 */
export const GENERATE_KINDS = ["renstra-program", "evaluasi-renja", "evaluasi-renja-triwulan"] as const;
export type OfficialTableKind = (typeof GENERATE_KINDS)[number];

export interface GenerateSettings {
  kind: OfficialTableKind;
  /** The evaluated year (T-C.29, E.81). */
  year?: number;
  /** The Renstra period of a T-C.27 (default: the source's years). */
  firstYear?: number;
  years?: number;
  paper?: "A4" | "F4";
  /** Name of the Perangkat Daerah for the title lines. */
  pd?: string;
}

/** The plan for the chosen kind, from the source T-C.27. */
export function renderPlan(table: Table, settings: GenerateSettings, year: number): Plan {
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
    const table = renstraTable(readTables(g));
    if (table) return table;
  }
  return undefined;
}

/** The first T-C.27 among tables a host command already read (detected, as sourceTable reads them). */
export function renstraTable(tables: Table[]): Table | undefined {
  return tables.find((t) => t.model.kind === "renstra-program");
}

/**
 * The table a generated plan makes on `sheet`, as describe() would find it there once written —
 * read from the plan's cells (values, formulas with the results the core computed for them, number
 * formats, over the cells that hold something, as a host reads a used range), so the host reads
 * nothing back. Costs about a third of the rendering; null when the plan makes no table the readers know.
 */
export function generatedTable(plan: Plan, sheet: string): TableInfo | null {
  const writes = mergeWrites(plan.writes);
  const holds = writes.filter((w) => w.formula !== undefined || (w.value !== undefined && w.value !== null && w.value !== ""));
  if (holds.length === 0) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const { row, col } of holds) [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  const values: RawCell[][] = Array.from({ length: bottom - top + 1 }, () => Array<RawCell>(right - left + 1).fill(null));
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  const numberFormats: (string | null)[][] = values.map((row) => row.map(() => "General"));
  for (const w of writes) {
    if (w.row < top || w.row > bottom || w.col < left || w.col > right) continue;
    const [r, c] = [w.row - top, w.col - left];
    if (w.formula !== undefined) formulas[r][c] = w.formula;
    const value = w.formula !== undefined ? shown(w.expected) : w.value;
    if (value !== undefined && value !== "") values[r][c] = value;
    if (w.numberFormat !== undefined) numberFormats[r][c] = w.numberFormat;
  }
  const table = readTables({ sheet, originRow: top, originCol: left, values, formulas, numberFormats })[0];
  return table ? tableInfo(table) : null;
}

/** What a spreadsheet shows for a formula the core computed: its number, or nothing. */
function shown(expected: string | undefined): RawCell | undefined {
  if (expected === undefined || expected === "") return undefined;
  const n = Number(expected);
  return Number.isFinite(n) ? n : expected;
}

/** The evaluated year: the planner's, else the period's first (the Renja of the Renstra's first year). */
export const evaluatedYear = (table: Table, settings: GenerateSettings) => settings.year ?? table.model.years[0];


/** A Renstra runs five years: the template of a new period offers five. */
export const TEMPLATE_YEARS = 5;

const NO_RENSTRA: Text = {
  id: "Rentang ini tidak berisi T-C.27 (atau templat isian) untuk dibuatkan tabel; pilih tabelnya, atau buat templat isian.",
  en: "This range holds no T-C.27 (or input template) to generate a table from; select the table, or make an input template.",
};

/**
 * The plan of the pane's "Buat tabel": the input template (for the source's period, else the next
 * one after `thisYear`), or an official table from the source T-C.27; a message when it cannot be made.
 */
export function requestedPlan(source: Table | undefined, request: GenerateRequest, thisYear: number): Plan | { error: Text } {
  if (request.kind === "template") {
    return templatePlan({ firstYear: source?.model.years[0] ?? thisYear + 1, years: source?.model.years.length || TEMPLATE_YEARS });
  }
  if (!source) return { error: NO_RENSTRA };
  const settings: GenerateSettings = { kind: request.kind, year: request.year };
  const year = evaluatedYear(source, settings);
  if (request.kind !== "renstra-program" && !source.model.years.includes(year)) {
    const years = source.model.years.join(", ");
    return { error: { id: `Tahun ${year} tidak ada dalam periode tabel (${years}).`, en: `Year ${year} is not in the table's period (${years}).` } };
  }
  return renderPlan(source, settings, year);
}
