import type ExcelJS from "exceljs";
import type { Plan } from "../../core/plan/types";

/**
 * Row heights for wrapped text. An .xlsx row carries its height; neither ExcelJS nor LibreOffice's
 * import fits a row to its wrapped cells, so a generated table would print its long names on top of
 * each other. The height is estimated from the text length and the (merged) cell's width.
 */
const LINE_HEIGHT = 15; // points per line of the default 11 pt font
const DEFAULT_WIDTH = 9; // characters, Excel's default column width
const BOLD_FACTOR = 1.35; // bold capitals (program names) are wider

/** Lines a text needs in a cell `width` characters wide (each paragraph wraps on its own). */
function linesOf(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor((width - 1) / (bold ? BOLD_FACTOR : 1)));
  return text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
}

export function fitRowHeights(ws: ExcelJS.Worksheet, plan: Plan): void {
  const widthOf = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += ws.getColumn(c).width ?? DEFAULT_WIDTH;
    return w;
  };
  // Needed height per merged block (top..bottom rows) or single row.
  const needs: { top: number; bottom: number; height: number }[] = [];
  for (const w of plan.writes) {
    if (!w.wrap || typeof w.value !== "string" || w.value === "") continue;
    const cell = ws.getCell(w.row, w.col);
    const range = mergedRange(ws, cell);
    const lines = linesOf(w.value, widthOf(range.left, range.right), !!w.bold);
    if (lines > 1) needs.push({ top: range.top, bottom: range.bottom, height: lines * LINE_HEIGHT });
  }
  // Single rows first, then a merged block that is still too short grows its last row.
  needs.sort((a, b) => a.bottom - a.top - (b.bottom - b.top));
  const heightOf = (r: number) => ws.getRow(r).height ?? LINE_HEIGHT;
  for (const n of needs) {
    let have = 0;
    for (let r = n.top; r <= n.bottom; r++) have += heightOf(r);
    if (have < n.height) ws.getRow(n.bottom).height = heightOf(n.bottom) + n.height - have;
  }
}

function mergedRange(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): { top: number; left: number; bottom: number; right: number } {
  const single = { top: Number(cell.row), left: Number(cell.col), bottom: Number(cell.row), right: Number(cell.col) };
  if (!cell.isMerged) return single;
  // ExcelJS keeps merges by master address; its model has top/left/bottom/right.
  const merge = (ws as unknown as { _merges: Record<string, { model: typeof single }> })._merges[cell.master.address];
  return merge ? merge.model : single;
}
