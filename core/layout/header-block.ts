import { type Grid, gridCell, gridWidth } from "../grid";
import { hasPhrase, words } from "../text/normalize";
import { HEADER_WORDS, TEMPLATES } from "./templates";

/**
 * Finds the header block of a table: the rows of column titles (merged group titles such as
 * "Target Kinerja Program dan Kerangka Pendanaan" over "Tahun 2021" over "Target | Rp"), the optional
 * column-number row ("(1) (2) …" or "8 = (7/6)"), and the title lines above. Merged cells arrive as
 * text in the top-left cell only, so group titles are spread over the columns they cover.
 */
export interface HeaderBlock {
  titleRows: number[];
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  /** Per grid column: header texts from top to bottom. */
  paths: string[][];
  /** Per grid column: the text printed in the column-number row. */
  numbers: (string | null)[];
}

const MAX_SCAN_ROWS = 40;
const MAX_HEADER_ROWS = 6;

export function cellText(grid: Grid, r: number, c: number): string {
  const v = gridCell(grid, r, c);
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return String(v);
  return v.includes("\u00a0") ? v.replace(/\u00a0/g, " ").trim() : v.trim();
}

/** Whether a cell holds anything (cheaper than cellText when only that matters). */
export function hasContent(grid: Grid, r: number, c: number): boolean {
  const v = gridCell(grid, r, c);
  if (v === null || v === undefined) return false;
  return typeof v !== "string" || v.trim() !== "";
}

const YEAR_LABEL = /^(tahun\s*)?(ke\s*-?\s*\d{1,2}|\(?\s*(19[5-9]\d|20\d\d|21\d\d)\s*\)?)$/i;
const COLUMN_NUMBER = /^\(?\s*\d{1,2}\s*[a-z]?\s*\)?(\s*=.*)?$/i;
const NUMBERISH = /^[-+(]?\s*(rp\.?\s*)?\d[\d.,]*\s*%?\)?$/i;

const headerPhrases: string[] = (() => {
  const set = new Set<string>(HEADER_WORDS);
  for (const t of TEMPLATES)
    for (const rule of t.rules) {
      for (const p of [...(rule.all ?? []), ...(rule.any ?? []), ...(rule.leafIs ?? [])]) set.add(p);
    }
  return [...set];
})();

/** A cell that reads like a column title: a known header phrase, a year, or "Tahun ke-n". */
export function isHeaderText(text: string): boolean {
  if (text === "") return false;
  if (YEAR_LABEL.test(text)) return true;
  if (NUMBERISH.test(text)) return false;
  const w = words(text);
  return w.length > 0 && headerPhrases.some((p) => hasPhrase(w, p));
}

export function isColumnNumberRow(grid: Grid, r: number, width: number): boolean {
  let filled = 0;
  let numbered = 0;
  let last = -Infinity;
  let increasing = 0;
  for (let c = 0; c < width; c++) {
    const t = cellText(grid, r, c);
    if (t === "") continue;
    filled++;
    if (COLUMN_NUMBER.test(t)) {
      numbered++;
      const n = parseInt(t.replace(/^\(?\s*/, ""), 10);
      if (n > last) increasing++;
      last = n;
    }
  }
  return filled >= 3 && numbered / filled >= 0.7 && increasing / filled >= 0.7;
}

function nonEmptyColumns(grid: Grid, r: number, width: number): number[] {
  const cols: number[] = [];
  for (let c = 0; c < width; c++) if (cellText(grid, r, c) !== "") cols.push(c);
  return cols;
}

function isAnchorRow(grid: Grid, r: number, width: number): boolean {
  const cols = nonEmptyColumns(grid, r, width);
  if (cols.length < 2) return false;
  const headerish = cols.filter((c) => isHeaderText(cellText(grid, r, c))).length;
  return headerish >= 2 && headerish / cols.length >= 0.5;
}

/**
 * Spreads each header cell over the empty cells to its right that belong to it: those with header
 * text below (a group title), or — for the top row — with no header text at all (a merged title such
 * as "Kode" over the cells of a split code); never past the group above it.
 */
function spans(grid: Grid, rows: number[], numberRow: number | null, width: number): { start: number; end: number; text: string }[][] {
  const allRows = numberRow === null ? rows : [...rows, numberRow];
  const hasTextBelow = (ri: number, c: number) => rows.slice(ri + 1).some((r) => cellText(grid, r, c) !== "");
  const hasAnyText = (c: number) => allRows.some((r) => cellText(grid, r, c) !== "");
  const result: { start: number; end: number; text: string }[][] = [];
  rows.forEach((r, ri) => {
    const parent = ri > 0 ? result[ri - 1] : null;
    const rowSpans: { start: number; end: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const text = cellText(grid, r, c);
      if (text === "") continue;
      const limit = parent?.find((s) => s.start <= c && c <= s.end)?.end ?? width - 1;
      let end = c;
      while (
        end + 1 <= limit &&
        cellText(grid, r, end + 1) === "" &&
        (hasTextBelow(ri, end + 1) || (ri === 0 && !hasAnyText(end + 1)))
      )
        end++;
      rowSpans.push({ start: c, end, text });
      c = end;
    }
    result.push(rowSpans);
  });
  return result;
}

export function findHeaderBlock(grid: Grid, startRow = 0): HeaderBlock | null {
  const width = gridWidth(grid);
  // The window starts at the first row holding anything: a table far below the top is still found.
  let first = startRow;
  while (first < grid.values.length && grid.values[first].every((v) => v === null || v === "")) first++;
  const lastScan = Math.min(grid.values.length, first + MAX_SCAN_ROWS);
  let anchor = -1;
  for (let r = first; r < lastScan; r++) {
    if (isAnchorRow(grid, r, width)) {
      anchor = r;
      break;
    }
  }
  if (anchor < 0) return null;

  const headerRows = [anchor];
  let columnNumberRow: number | null = null;
  for (let r = anchor + 1; r < grid.values.length && headerRows.length < MAX_HEADER_ROWS; r++) {
    if (isColumnNumberRow(grid, r, width)) {
      columnNumberRow = r;
      break;
    }
    const cols = nonEmptyColumns(grid, r, width);
    if (cols.length === 0) break;
    if (!cols.every((c) => isHeaderText(cellText(grid, r, c)))) break;
    // A further header row sits under group titles; a lone label under a one-column title is data
    // (a group row such as "Urusan Sosial" right below the header).
    const groups = spans(grid, headerRows, null, width);
    const underGroup = (c: number) => {
      for (let i = groups.length - 1; i >= 0; i--) {
        const s = groups[i].find((x) => x.start <= c && c <= x.end);
        if (s) return s.end > s.start;
      }
      return true;
    };
    if (!cols.some(underGroup)) break;
    headerRows.push(r);
  }
  // Each column's path: the titles of the spans above it, top to bottom.
  const rowSpans = spans(grid, headerRows, columnNumberRow, width);
  const paths: string[][] = [];
  const numbers: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const rs of rowSpans) {
      const s = rs.find((x) => x.start <= c && c <= x.end);
      if (s && path[path.length - 1] !== s.text) path.push(s.text);
    }
    paths.push(path);
    numbers.push(columnNumberRow === null ? null : cellText(grid, columnNumberRow, c) || null);
  }
  const titleRows: number[] = [];
  for (let r = startRow; r < anchor; r++) if (nonEmptyColumns(grid, r, width).length > 0) titleRows.push(r);
  const firstDataRow = (columnNumberRow ?? headerRows[headerRows.length - 1]) + 1;
  return { titleRows, headerRows, columnNumberRow, firstDataRow, paths, numbers };
}
