import { a1 } from "../grid";
import { appendNote } from "./notes";
import type { CellWrite } from "./types";

/**
 * How hosts batch a plan: one write per cell, and one range call per vertical run of cells instead
 * of one per cell (Excel's request size, Apps Script's service calls).
 */

/**
 * One write per cell: a plan may write a cell twice (two tables sharing a footer cell); later
 * settings win and notes add up, as applying them one after the other would.
 */
export function mergeWrites(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const address = a1(w.row, w.col);
    const before = byCell.get(address);
    byCell.set(address, before ? { ...before, ...w, note: w.note && before.note ? appendNote(before.note, w.note) : w.note ?? before.note } : w);
  }
  return [...byCell.values()];
}

export interface ColumnRun {
  row: number;
  col: number;
  length: number;
}

/** Vertical runs of consecutive rows in one column (cells unique), sorted by column then row. */
export function columnRuns(cells: { row: number; col: number }[]): ColumnRun[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ColumnRun[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.row + last.length === row) last.length++;
    else runs.push({ row, col, length: 1 });
  }
  return runs;
}
