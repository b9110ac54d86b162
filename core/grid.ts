/**
 * A Grid is what a host hands over for one rectangular range: the raw values, and where they came from,
 * so that every finding and every write maps back to a sheet address.
 */
export type RawCell = string | number | boolean | null;

export interface Grid {
  /** Sheet (tab) name as the host shows it. */
  sheet: string;
  /** 1-based sheet row of values[0]. */
  originRow: number;
  /** 1-based sheet column of values[r][0]. */
  originCol: number;
  /** Row-major cell values; rows may be ragged (missing cells read as null). */
  values: RawCell[][];
  /** Formula text per cell ("=SUM(A1:A3)") or null/empty when the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Number format per cell as the host reports it ("0%", "#,##0.00", "General"). */
  numberFormats?: (string | null)[][];
}

export function gridCell(grid: Grid, r: number, c: number): RawCell {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function gridFormat(grid: Grid, r: number, c: number): string | null {
  return grid.numberFormats?.[r]?.[c] ?? null;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based sheet row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
