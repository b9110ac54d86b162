import { a1 } from "../grid";
import type { Text } from "../rules/types";
import type { CellWrite } from "../plan/types";
import { markedState, type CellState, type UndoRecord } from "../undo/records";

/**
 * The undo record of a Validasi. A new Validasi replaces the sheet's marks instead of piling on
 * them: a cell fixed since keeps no stale fill, and one Hapus tanda gives every cell back as it was
 * before the first marks. Both hosts write the record's `marked` states (fills and notes only).
 * Marks touch nothing else, so the records keep nothing else (content null, format ""): a marked
 * cell's 32 767-character text costs the record nothing.
 */
export const MARKS_LABEL: Text = { id: "Validasi", en: "Validate" };
/** The label of a Hapus tanda record. */
export const UNMARK_LABEL: Text = { id: "Hapus tanda", en: "Clear marks" };

/**
 * `current` holds the cells of `marks` as they are now, and may hold those of the sheet's marks now
 * (`previous`, the record of currentMarks); one it leaves out is taken to be as the marks left it.
 * A cell's state before any marks is the previous record's, less what changed since (withoutMarks).
 */
export function marksRecord(sheet: string, previous: UndoRecord | undefined, current: Map<string, CellState>, marks: CellWrite[]): UndoRecord {
  const now = new Map([...current].map(([address, s]) => [address, fillAndNote(s[0], s[1], s[4], s[5])]));
  const base = new Map(now);
  previous?.cells.forEach((clean, i) => {
    const address = a1(clean[0], clean[1]);
    const { marked, is } = asNow(previous, i, now);
    now.set(address, is);
    base.set(address, withoutMarks(clean, marked, is));
  });
  const byCell = new Map(marks.map((w) => [a1(w.row, w.col), w]));
  const cells = [...base.values()];
  const marked = cells.map((s) => {
    const mark = byCell.get(a1(s[0], s[1]));
    return mark ? markedState(s, mark) : s;
  });
  const record: UndoRecord = { kind: "marks", sheet, label: MARKS_LABEL, cells, marked };
  if (previous) record.before = cells.map(([row, col]) => now.get(a1(row, col))!);
  return record;
}

/**
 * A marked cell as it would be without our marks: its fill and note before them (`clean`) where it
 * still shows what the marks left (`marked`) — a fill set since stays, and a note added below ours
 * since (a recalculation's) stays below the planner's own.
 */
function withoutMarks(clean: CellState, marked: CellState, now: CellState): CellState {
  const [row, col, , , fill, note] = clean;
  return fillAndNote(row, col, sameFill(now[4], marked[4]) ? fill : now[4], unmarkedNote(now[5], marked[5], note));
}

/** Fills as hosts report them: Excel "#F8D7DA", Sheets "#f8d7da". */
function sameFill(a: string | null, b: string | null): boolean {
  return (a ?? "").toLowerCase() === (b ?? "").toLowerCase();
}

/** A marks record's cell: its fill and note only. */
function fillAndNote(row: number, col: number, fill: string | null, note: string | null): CellState {
  return [row, col, null, "", fill, note];
}

/**
 * The note a cell would have without our marks: `clean` (the note before them) where it still reads
 * as the marks left it, with anything added below since; the note as it is when someone rewrote it.
 */
function unmarkedNote(now: string | null, marked: string | null, clean: string | null): string | null {
  if (now === marked) return clean;
  if (now === null || marked === null || !now.startsWith(`${marked}\n\n`)) return now;
  const added = now.slice(marked.length + 2);
  return clean ? `${clean}\n\n${added}` : added;
}

/** Cells a marks record leaves marked (its other cells only lost an older mark). */
export function markedCount(record: UndoRecord): number {
  const marked = record.marked ?? [];
  return record.cells.filter((s, i) => marked[i] && (marked[i][4] !== s[4] || marked[i][5] !== s[5])).length;
}

/**
 * Index of the record of the sheet's marks now (records oldest first): its latest Validasi, unless
 * a Hapus tanda came after it; -1 when the sheet has none.
 */
export function currentMarks(records: UndoRecord[], sheet: string): number {
  for (let i = records.length - 1; i >= 0; i--) {
    const { kind } = records[i];
    if (records[i].sheet === sheet && (kind === "marks" || kind === "unmark")) return kind === "marks" ? i : -1;
  }
  return -1;
}

/**
 * The record of a Hapus tanda of the sheet's marks (`marks`, the record of currentMarks): `cells`,
 * what Hapus tanda writes — each cell without our marks (withoutMarks) — and `marked`, the cells as
 * they are now, which Urungkan puts back. `now` holds the cells as they are; one it leaves out is
 * taken to be as the marks left it (Excel reads notes, not fills, in the same sync as the records).
 */
export function unmarkRecord(marks: UndoRecord, now: Map<string, CellState>): UndoRecord {
  const states = marks.cells.map((clean, i) => ({ clean, ...asNow(marks, i, now) }));
  return {
    kind: "unmark",
    sheet: marks.sheet,
    label: UNMARK_LABEL,
    cells: states.map(({ clean, marked, is }) => withoutMarks(clean, marked, is)),
    marked: states.map(({ is }) => is),
  };
}

/**
 * Cell `i` of a marks record as the marks left it (`marked`) and as it is now (`is`, fill and note):
 * from `now`, or — a cell the host did not read again — as the marks left it.
 */
function asNow(record: UndoRecord, i: number, now: Map<string, CellState>): { marked: CellState; is: CellState } {
  const marked = record.marked?.[i] ?? record.cells[i];
  const [row, col] = marked;
  const read = now.get(a1(row, col));
  return { marked, is: read ? fillAndNote(row, col, read[4], read[5]) : fillAndNote(row, col, marked[4], marked[5]) };
}
