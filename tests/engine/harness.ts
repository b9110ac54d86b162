import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { a1 } from "../../core/grid";
import type { Plan } from "../../core/plan/types";
import { recalculate } from "../support/libreoffice";

/**
 * The engine tests' harness: workbooks holding applied Plans go through LibreOffice in one run (its
 * start-up dominates), come back through ExcelJS, and every formula cell's engine result is compared
 * with the core's exact `expected`.
 */

/** Saves the workbooks, recalculates them all in one LibreOffice run, and loads the results by name. */
export async function recalcInLibreOffice(books: Record<string, ExcelJS.Workbook>): Promise<Record<string, ExcelJS.Workbook>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-engine-"));
  try {
    const names = Object.keys(books);
    const files = names.map((n) => path.join(dir, `${n}.xlsx`));
    for (const [i, n] of names.entries()) await books[n].xlsx.writeFile(files[i]);
    const outs = recalculate(files);
    const result: Record<string, ExcelJS.Workbook> = {};
    for (const [i, n] of names.entries()) {
      result[n] = new ExcelJS.Workbook();
      await result[n].xlsx.readFile(outs[i]);
    }
    // recalculate() works in its own temp folder (…/tc27-lo-*/out): remove it with its profile.
    const work = path.dirname(path.dirname(outs[0]));
    if (path.basename(work).startsWith("tc27-lo-")) fs.rmSync(work, { recursive: true, force: true });
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The decimals a formula rounds its result to (its last ROUND(…, d)); null when it does not round. */
function roundingOf(formula: string): number | null {
  const m = /ROUND\(.*,\s*(\d+)\)/.exec(formula);
  return m ? Number(m[1]) : null;
}

/** A cell's value, or a formula cell's result; "" for none (an empty text result comes back as none). */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const r = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return r === undefined || r === null ? "" : r;
}

/** A cell's engine result as text: numbers as exact decimals, "" for empty, "#DIV/0!" for errors. */
function engineResult(cell: ExcelJS.Cell): string {
  const r = resultOf(cell);
  if (typeof r === "object" && "error" in (r as object)) return String((r as { error: unknown }).error);
  return typeof r === "number" ? new Decimal(r).toString() : String(r);
}

/** What a spreadsheet number holds: 15 significant digits (IEEE doubles as Excel and LibreOffice show them). */
const ENGINE_DIGITS = 15;

/**
 * Numbers compare at the formula's rounding; a formula that does not round (a sum, a growth amount)
 * at the engine's 15 significant digits. Text compares exactly.
 */
function same(engine: string, expected: string, formula: string): boolean {
  const numeric = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;
  if (!numeric.test(expected) || !numeric.test(engine)) return engine === expected;
  const d = roundingOf(formula);
  if (d !== null) return new Decimal(engine).toFixed(d) === new Decimal(expected).toFixed(d);
  return new Decimal(engine).toSignificantDigits(ENGINE_DIGITS).eq(new Decimal(expected).toSignificantDigits(ENGINE_DIGITS));
}

export interface Difference {
  cell: string;
  formula: string;
  engine: string;
  expected: string | undefined;
}

/** Every formula cell of the plans whose engine result differs from the plan's `expected`; `label` names the case. */
export function differences(ws: ExcelJS.Worksheet, plans: Plan[], label = ws.name): Difference[] {
  const out: Difference[] = [];
  for (const plan of plans) {
    for (const w of plan.writes) {
      if (w.formula === undefined) continue;
      const engine = engineResult(ws.getCell(w.row, w.col));
      if (w.expected === undefined || !same(engine, w.expected, w.formula)) {
        out.push({ cell: `${label}!${a1(w.row, w.col)}`, formula: w.formula, engine, expected: w.expected });
      }
    }
  }
  return out;
}

/** Function names a formula calls (string literals left out). */
export function functionNames(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z_][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

/** The spreadsheet functions every engine has (Excel, Sheets, LibreOffice), without any add-in. */
export const STANDARD_FUNCTIONS = new Set(["IF", "OR", "AND", "NOT", "ROUND", "ROUNDDOWN", "ROUNDUP", "TRUNC", "ABS", "SUM", "AVERAGE", "AVERAGEIF", "COUNT", "COUNTA", "COUNTIF", "COUNTBLANK", "ISNUMBER", "ISBLANK", "IFERROR", "N", "MIN", "MAX", "POWER", "SQRT"]);

/** Every formula in a workbook, as "Sheet!A1: formula". */
export function workbookFormulas(wb: ExcelJS.Workbook): { where: string; formula: string }[] {
  const out: { where: string; formula: string }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula) out.push({ where: `${ws.name}!${cell.address}`, formula: cell.formula });
      }),
    );
  }
  return out;
}
