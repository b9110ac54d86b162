import type ExcelJS from "exceljs";
import type { CellWrite, Plan, SheetLayout } from "../../core/plan/types";
import { appendNote, restyle, xmlSafe } from "./edit-cell";
import { fitRowHeights } from "./row-heights";

/**
 * Writes a Plan into a loaded worksheet: each CellWrite's formula or value, number format, note,
 * fill, font, border and alignment, on that cell only, then the plan's sheet layout (merges, widths,
 * frozen header, print setup, rows tall enough for wrapped text). Nothing else in the workbook changes.
 */
export function applyPlan(ws: ExcelJS.Worksheet, plan: Plan): void {
  detachSharedFormulas(ws, plan.writes);
  for (const w of plan.writes) writeCell(ws.getCell(w.row, w.col), w);
  if (plan.sheetLayout) {
    applySheetLayout(ws, plan.sheetLayout);
    // A generated table's wrapped names need their rows tall enough to print (widths are set now).
    fitRowHeights(ws, plan);
  }
}

/**
 * Generation writes into a new sheet (never over a planner's cells): the plan's sheet name, or
 * "Name (2)", "Name (3)", … when a sheet of that name exists. Returns the sheet written.
 */
export function applyPlanToNewSheet(wb: ExcelJS.Workbook, plan: Plan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueSheetName(wb, plan.sheet));
  applyPlan(ws, plan);
  return ws;
}

/** `base`, or `base (2)`, `base (3)`, … — the first name no sheet of the workbook has. */
export function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base} (${i})`;
  return name;
}

function writeCell(cell: ExcelJS.Cell, w: CellWrite): void {
  if (w.formula !== undefined) {
    // ExcelJS takes the formula without its "="; the cached result lets a viewer that does not
    // recalculate (a preview, a phone) show the number too.
    cell.value = { formula: w.formula.replace(/^=/, ""), result: cachedResult(w.expected) } as ExcelJS.CellFormulaValue;
  } else if (w.value !== undefined) {
    cell.value = typeof w.value === "string" ? xmlSafe(w.value) : w.value;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (w.numberFormat !== undefined) style.numFmt = w.numberFormat;
  if (w.fill !== undefined) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${w.fill}` } };
  if (w.bold !== undefined) style.font = { ...cell.font, bold: w.bold };
  if (w.border) style.border = THIN_ALL_ROUND as ExcelJS.Borders;
  const alignment = alignmentOf(w);
  if (alignment) style.alignment = { ...cell.alignment, ...alignment };
  if (Object.keys(style).length > 0) restyle(cell, style);
  if (w.note) appendNote(cell, w.note);
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const THIN_ALL_ROUND = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The write's alignment settings, or undefined when it sets none (the cell's own stay). */
function alignmentOf(w: CellWrite): Partial<ExcelJS.Alignment> | undefined {
  const a: Partial<ExcelJS.Alignment> = {};
  if (w.wrap !== undefined) a.wrapText = w.wrap;
  if (w.indent !== undefined) a.indent = w.indent;
  if (w.align !== undefined) a.horizontal = w.align;
  if (w.valign !== undefined) a.vertical = w.valign;
  return Object.keys(a).length > 0 ? a : undefined;
}

/** Excel's paperSize codes: 9 is A4; 14 is "Folio 8.5 × 13 in", the F4 of Indonesian offices. */
const PAPER_SIZE: Record<NonNullable<SheetLayout["print"]>["paper"], number> = { A4: 9, F4: 14 };

function applySheetLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const range of layout.merges) ws.mergeCells(range);
  for (const { col, width } of layout.columnWidths) ws.getColumn(col).width = width;
  if (layout.freeze) ws.views = [{ state: "frozen", xSplit: layout.freeze.cols, ySplit: layout.freeze.rows }];
  for (const v of layout.validations ?? []) addListValidation(ws, v);
  const print = layout.print;
  if (print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: print.orientation,
      paperSize: PAPER_SIZE[print.paper] as ExcelJS.PageSetup["paperSize"],
      // Fit every column on the page width; as many pages down as the rows need (fitToHeight 0).
      ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
    };
  }
}

/**
 * A dropdown list on a range. ExcelJS keys validations by address and writes the key as the range
 * (sqref), so one entry covers the whole range rather than one per cell.
 */
function addListValidation(ws: ExcelJS.Worksheet, v: NonNullable<SheetLayout["validations"]>[number]): void {
  const validations = (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(v.range, {
    type: "list",
    allowBlank: true,
    // An inline list: the choices as one quoted, comma-separated text.
    formulae: [`"${v.list.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    error: `Pilih salah satu: ${v.list.join(", ")}.`,
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  });
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
