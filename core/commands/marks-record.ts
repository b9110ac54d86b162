import { a1 } from "../grid";
import type { Text } from "../rules/types";
import type { CellWrite } from "../plan/types";
import { markedState, type CellState, type UndoRecord } from "../undo/records";

/**
 * The undo record of a Validasi. A new Validasi replaces the sheet's previous marks instead of
 * piling on them: a cell fixed since keeps no stale fill, and one Hapus tanda (or Urungkan) gives
 * every cell back as it was before the first marks. Both hosts write the record's `marked` states
 * (fills and notes only) and drop the previous record.
 */
export const MARKS_LABEL: Text = { id: "Validasi", en: "Validate" };
/** The label of a Hapus tanda record. */
export const UNMARK_LABEL: Text = { id: "Hapus tanda", en: "Clear marks" };

/**
 * `current` holds the cells of `marks` as they are now. A cell's state before any marks is the
 * previous record's fill and note where it has one (the content is whatever the cell holds now).
 */
export function marksRecord(sheet: string, previous: UndoRecord | undefined, current: Map<string, CellState>, marks: CellWrite[]): UndoRecord {
  const base = new Map(current);
  for (const state of previous?.cells ?? []) {
    const [row, col, , , fill, note] = state;
    const now = current.get(a1(row, col));
    base.set(a1(row, col), now ? [row, col, now[2], now[3], fill, note] : state);
  }
  const byCell = new Map(marks.map((w) => [a1(w.row, w.col), w]));
  const cells = [...base.values()];
  const marked = cells.map((s) => {
    const mark = byCell.get(a1(s[0], s[1]));
    return mark ? markedState(s, mark) : s;
  });
  return { kind: "marks", sheet, label: MARKS_LABEL, cells, marked };
}

/** Cells a marks record leaves marked (its other cells only lost an older mark). */
export function markedCount(record: UndoRecord): number {
  const marked = record.marked ?? [];
  return record.cells.filter((s, i) => marked[i] && (marked[i][4] !== s[4] || marked[i][5] !== s[5])).length;
}

/** Index of the latest marks record of a sheet (records oldest first), or -1. */
export function latestMarks(records: UndoRecord[], sheet: string): number {
  for (let i = records.length - 1; i >= 0; i--) if (records[i].kind === "marks" && records[i].sheet === sheet) return i;
  return -1;
}
