import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { readWorkbookBytes } from "../../cli/io/read-workbook";
import { tsvToGrid, tsvToWorkbook } from "./tsv-to-xlsx";

/** The six real tables under tests/fixtures, read as a planner's sheet holds them. */
export const FIXTURES = [
  "balangan-tc27",
  "balangan-tc23",
  "balangan-tc24",
  "rotendao-capaian",
  "rotendao-evaluasi-renja",
  "rotendao-rumusan",
] as const;
export type FixtureName = (typeof FIXTURES)[number];

const DIR = path.join(__dirname, "..", "fixtures");

export function fixtureText(name: string, ext = "tsv"): string {
  return fs.readFileSync(path.join(DIR, `${name}.${ext}`), "utf8");
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixtureText(name, "json")) as T;
}

export function fixtureGrid(name: FixtureName): Grid {
  return tsvToGrid(fixtureText(name), name);
}

/**
 * How each document's Excel held it: header rows (text), code columns (text), and the number
 * convention its Excel typed numbers in (the Rote Ndao documents use English separators).
 */
const WORKBOOK_OPTIONS: Record<FixtureName, { headerRows: number; textColumns: number[]; convention: "id" | "en" }> = {
  "balangan-tc27": { headerRows: 4, textColumns: [1], convention: "id" },
  "balangan-tc23": { headerRows: 2, textColumns: [1], convention: "id" },
  "balangan-tc24": { headerRows: 2, textColumns: [1], convention: "id" },
  "rotendao-capaian": { headerRows: 3, textColumns: [1], convention: "en" },
  "rotendao-evaluasi-renja": { headerRows: 3, textColumns: [1, 2, 3, 4], convention: "en" },
  "rotendao-rumusan": { headerRows: 3, textColumns: [1, 2, 3, 4, 5, 6], convention: "en" },
};

/** The fixture as its document's Excel held it: an ExcelJS workbook with typed numbers. */
export function fixtureWorkbook(name: FixtureName): ExcelJS.Workbook {
  return tsvToWorkbook(fixtureText(name), { sheetName: name, typedNumbers: true, ...WORKBOOK_OPTIONS[name] });
}

/** The number convention the fixture's document writes in ("en" for the Rote Ndao documents). */
export function fixtureConvention(name: FixtureName): "id" | "en" {
  return WORKBOOK_OPTIONS[name].convention;
}

/** The fixture written to a real .xlsx (numbers typed as Excel holds them) and read back. */
export async function fixtureXlsxGrid(name: FixtureName): Promise<Grid> {
  const wb = fixtureWorkbook(name);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const file = await readWorkbookBytes(bytes, `${name}.xlsx`);
  return file.sheets[0];
}
