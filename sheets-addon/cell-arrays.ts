import type { Area } from "../core/commands/format-areas";
import { a1 } from "../core/grid";
import type { CellState } from "../core/undo/records";

/**
 * How a command's cell changes become a few range calls per property (ARCHITECTURE.md §4: never per
 * cell): one per block of neighbouring columns the command changes (columnBlocks), in which every
 * cell the command leaves alone is written back as the snapshot read it — so a command costs the same
 * calls at 200 or 50 000 rows, and a column it does not change is not written at all (writing a
 * cell's value back turns its rich text and links into plain text).
 */

/** What one cell becomes; a missing property stays as it is. */
export interface CellTarget {
  row: number;
  col: number;
  /** What to enter: a formula, a number, text with its apostrophe (core/commands/cell-entry.ts), "" for empty. */
  content?: unknown;
  format?: string;
  /** "#rrggbb", or null for no fill. */
  fill?: string | null;
  /** The whole note ("" for none). */
  note?: string;
}

/** The cells of a rectangle as they are now (sheets-port.ts reads it). */
export interface Snapshot {
  /** The cell for an undo record. */
  state(row: number, col: number): CellState;
  /** What to enter to keep the cell's content exactly. */
  entry(row: number, col: number): unknown;
  format(row: number, col: number): string;
  fill(row: number, col: number): string | null;
  note(row: number, col: number): string;
}

type Prop = "format" | "content" | "fill" | "note";

/** New and previous values of one property over the rectangle, as the range calls take them. */
export type AreaArrays = Partial<Record<Prop, { after: unknown[][]; before: unknown[][] }>>;

/** The smallest rectangle holding the cells. */
export function boundingArea(cells: { row: number; col: number }[]): Area {
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { row, col } of cells) [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const CURRENT: Record<Prop, (snap: Snapshot, row: number, col: number) => unknown> = {
  format: (s, r, c) => s.format(r, c),
  content: (s, r, c) => s.entry(r, c),
  fill: (s, r, c) => s.fill(r, c),
  note: (s, r, c) => s.note(r, c),
};

/**
 * The rectangles of neighbouring columns holding the cells: one per run of adjacent columns, from
 * the top to the bottom cell of those columns.
 */
export function columnBlocks(cells: { row: number; col: number }[]): Area[] {
  const byCol = new Map<number, { top: number; bottom: number }>();
  for (const { row, col } of cells) {
    const span = byCol.get(col);
    byCol.set(col, span ? { top: Math.min(span.top, row), bottom: Math.max(span.bottom, row) } : { top: row, bottom: row });
  }
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const blocks: Area[] = [];
  for (let i = 0; i < cols.length; ) {
    let j = i + 1;
    while (j < cols.length && cols[j] === cols[j - 1] + 1) j++;
    const spans = cols.slice(i, j).map((c) => byCol.get(c)!);
    const [top, bottom] = [Math.min(...spans.map((s) => s.top)), Math.max(...spans.map((s) => s.bottom))];
    blocks.push({ row: top, col: cols[i], rows: bottom - top + 1, cols: j - i });
    i = j;
  }
  return blocks;
}

/** The arrays of each property some target inside the area changes, over the area. */
export function areaArrays(area: Area, targets: Map<string, CellTarget>, snap: Snapshot): AreaArrays {
  const grid = <T>(f: (row: number, col: number) => T): T[][] =>
    Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => f(area.row + r, area.col + c)));
  const inside = [...targets.values()].filter((t) => t.row >= area.row && t.row < area.row + area.rows && t.col >= area.col && t.col < area.col + area.cols);
  const out: AreaArrays = {};
  for (const prop of Object.keys(CURRENT) as Prop[]) {
    if (!inside.some((t) => t[prop] !== undefined)) continue;
    const before = grid((row, col) => CURRENT[prop](snap, row, col));
    const after = grid((row, col) => {
      const target = targets.get(a1(row, col))?.[prop];
      return target !== undefined ? target : before[row - area.row][col - area.col];
    });
    out[prop] = { after, before };
  }
  return out;
}
