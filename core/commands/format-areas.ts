import type { CellWrite } from "../plan/types";

/**
 * How a host formats a generated table in few calls: for each formatting property, the cells
 * sharing a value gathered into rectangles (rows of equal runs stacked), so a 50 000-row table
 * costs a call per change of style, not per cell. For a new sheet only: a property's default
 * (not bold, no border, no wrap, indent 0, "General") is what the sheet has already and is left out.
 */
export const FORMAT_PROPS = ["numberFormat", "bold", "border", "wrap", "indent", "align", "valign", "fill"] as const;
export type FormatProp = (typeof FORMAT_PROPS)[number];
export type FormatValue = NonNullable<CellWrite[FormatProp]>;

/** 1-based top-left cell and size. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FormatAreas {
  prop: FormatProp;
  value: FormatValue;
  areas: Area[];
}

const DEFAULTS: Partial<Record<FormatProp, FormatValue>> = { numberFormat: "General", bold: false, border: false, wrap: false, indent: 0 };

export function formatAreas(writes: CellWrite[], props: readonly FormatProp[] = FORMAT_PROPS): FormatAreas[] {
  const cells = [...writes].sort((a, b) => a.row - b.row || a.col - b.col);
  return props.flatMap((prop) => areasOf(cells, prop));
}

/** Rectangles of one property, from cells sorted by row then column. */
function areasOf(cells: CellWrite[], prop: FormatProp): FormatAreas[] {
  const runs: { value: FormatValue; row: number; col: number; cols: number }[] = [];
  for (const w of cells) {
    const value = w[prop];
    if (value === undefined || value === DEFAULTS[prop]) continue;
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.row === w.row && last.col + last.cols === w.col) last.cols++;
    else runs.push({ value, row: w.row, col: w.col, cols: 1 });
  }
  const byValue = new Map<FormatValue, Area[]>();
  // The rectangle an equal run (value, column, width) last grew: the next row's run stacks on it.
  const open = new Map<string, Area>();
  for (const { value, row, col, cols } of runs) {
    const key = `${String(value)}\u0000${col}\u0000${cols}`;
    const area = open.get(key);
    if (area && area.row + area.rows === row) {
      area.rows++;
      continue;
    }
    const fresh = { row, col, rows: 1, cols };
    open.set(key, fresh);
    const areas = byValue.get(value);
    if (areas) areas.push(fresh);
    else byValue.set(value, [fresh]);
  }
  return [...byValue].map(([value, areas]) => ({ prop, value, areas }));
}
