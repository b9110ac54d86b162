import type ExcelJS from "exceljs";
import type { CellWrite, Plan } from "../../core/plan/types";
import { appendNote, restyle } from "./edit-cell";

/**
 * Writes a Plan into a loaded worksheet: each CellWrite's formula or value, number format, note,
 * fill and bold, on that cell only. Nothing else in the workbook changes.
 */
export function applyPlan(ws: ExcelJS.Worksheet, plan: Plan): void {
  detachSharedFormulas(ws, plan.writes);
  for (const w of plan.writes) writeCell(ws.getCell(w.row, w.col), w);
}

function writeCell(cell: ExcelJS.Cell, w: CellWrite): void {
  if (w.formula !== undefined) {
    // ExcelJS takes the formula without its "="; the cached result lets a viewer that does not
    // recalculate (a preview, a phone) show the number too.
    cell.value = { formula: w.formula.replace(/^=/, ""), result: cachedResult(w.expected) } as ExcelJS.CellFormulaValue;
  } else if (w.value !== undefined) {
    cell.value = w.value;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (w.numberFormat !== undefined) style.numFmt = w.numberFormat;
  if (w.fill !== undefined) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${w.fill}` } };
  if (w.bold !== undefined) style.font = { ...cell.font, bold: w.bold };
  if (Object.keys(style).length > 0) restyle(cell, style);
  if (w.note) appendNote(cell, w.note);
}

/** The plan's exact result as the cell's cached value: a number, a label (predikat), or "" for none. */
function cachedResult(expected: string | undefined): number | string {
  if (expected === undefined || expected.trim() === "") return "";
  const n = Number(expected);
  return Number.isFinite(n) ? n : expected;
}

/**
 * A shared formula lives in its first cell; the other cells of the block only point at it. When the
 * plan overwrites that first cell, the cells pointing at it would silently take our formula: give
 * each of them its own copy of the formula it had before.
 */
function detachSharedFormulas(ws: ExcelJS.Worksheet, writes: CellWrite[]): void {
  const masters = new Set<string>();
  for (const w of writes) {
    if (w.formula === undefined && w.value === undefined) continue;
    const cell = ws.getCell(w.row, w.col);
    const v = cell.value as { shareType?: string } | null;
    if (v && typeof v === "object" && v.shareType === "shared") masters.add(cell.address);
  }
  if (masters.size === 0) return;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { sharedFormula?: string; result?: ExcelJS.CellFormulaValue["result"] } | null;
      if (v && typeof v === "object" && v.sharedFormula && masters.has(v.sharedFormula)) {
        cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
      }
    }),
  );
}
