import { a1 } from "../grid";
import type { CellWrite, Plan, SheetLayout } from "../plan/types";
import type { Text } from "../rules/types";

/** A cell's content and look, without its address. */
export type CellContent = Omit<CellWrite, "row" | "col">;

/** One column of a generated table: its header path (group titles top to bottom), its number, its width. */
export interface HeaderColumn {
  path: string[];
  /** The column-number row's text; undefined joins the cell to the number of the column before (a K/Rp pair). */
  number?: string;
  width: number;
}

export type Paper = "A4" | "F4";

const HEADER_LOOK: CellContent = { bold: true, border: true, wrap: true, align: "center", valign: "middle" };
const TITLE_LOOK: CellContent = { bold: true, align: "center" };

/**
 * Collects a generated table's writes and merges. Every cell of the table body is written (with its
 * border) so the printed grid has no holes; merged ranges carry their text in the top-left cell, as a
 * planner's sheet holds them and as the detector reads them back.
 */
export class SheetWriter {
  readonly writes: CellWrite[] = [];
  readonly merges: string[] = [];

  put(row: number, col: number, content: CellContent): void {
    this.writes.push({ row, col, ...content });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top !== bottom || left !== right) this.merges.push(`${a1(top, left)}:${a1(bottom, right)}`);
  }

  /** Title lines centred over the table's width; returns the next free row (one blank row below). */
  titles(lines: string[], width: number): number {
    lines.forEach((text, i) => {
      this.put(i + 1, 1, { value: text, ...TITLE_LOOK });
      this.merge(i + 1, 1, i + 1, width);
    });
    return lines.length ? lines.length + 2 : 1;
  }

  /**
   * The header block from the columns' paths: equal group titles of adjacent columns merge across,
   * a path shorter than the block's depth merges its last title down; then the column-number row.
   * Returns the sheet row of the column-number row.
   */
  header(top: number, columns: HeaderColumn[]): number {
    const depth = Math.max(...columns.map((c) => c.path.length));
    const same = (a: HeaderColumn, b: HeaderColumn, d: number) => b.path.length > d && a.path.slice(0, d + 1).every((t, i) => t === b.path[i]);
    for (let d = 0; d < depth; d++) {
      for (let i = 0; i < columns.length; ) {
        const c = columns[i];
        let end = i;
        if (c.path.length > d) while (end + 1 < columns.length && same(c, columns[end + 1], d)) end++;
        if (c.path.length > d) {
          const bottom = columns.slice(i, end + 1).every((x) => x.path.length === d + 1) ? top + depth - 1 : top + d;
          this.put(top + d, i + 1, { value: c.path[d], ...HEADER_LOOK });
          for (let r = top + d; r <= bottom; r++) for (let k = i; k <= end; k++) if (r !== top + d || k !== i) this.put(r, k + 1, HEADER_LOOK);
          this.merge(top + d, i + 1, bottom, end + 1);
        }
        i = end + 1;
      }
    }
    const numberRow = top + depth;
    columns.forEach((c, i) => {
      if (c.number === undefined) return this.put(numberRow, i + 1, HEADER_LOOK);
      let end = i;
      while (end + 1 < columns.length && columns[end + 1].number === undefined) end++;
      this.put(numberRow, i + 1, { value: c.number, ...HEADER_LOOK, bold: false });
      this.merge(numberRow, i + 1, numberRow, end + 1);
    });
    return numberRow;
  }

  /**
   * The Plan: the layout freezes the header (and the columns up to `freezeCols`), prints landscape on
   * the chosen paper, repeats the header rows on every page and fits the width to one page.
   */
  plan(sheet: string, label: Text, columns: HeaderColumn[], header: { top: number; bottom: number; freezeCols: number }, paper: Paper, extra: Partial<SheetLayout> = {}): Plan {
    const layout: SheetLayout = {
      merges: this.merges,
      columnWidths: columns.map((c, i) => ({ col: i + 1, width: c.width })),
      freeze: { rows: header.bottom, cols: header.freezeCols },
      print: { orientation: "landscape", paper, repeatRows: `${header.top}:${header.bottom}`, fitToWidth: true },
      ...extra,
    };
    return { sheet, label, writes: this.writes, changed: [], sheetLayout: layout };
  }
}
