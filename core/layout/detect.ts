import { type Grid, gridWidth } from "../grid";
import { hasPhrase, words } from "../text/normalize";
import { assignRoles } from "./column-roles";
import { cellText, findHeaderBlock, hasContent, type HeaderBlock } from "./header-block";
import { readPrintedFormulas } from "./printed-formulas";
import { TEMPLATES, type KindTemplate } from "./templates";
import { type ColumnRole, type ColumnSpec, type Layout, PERIOD_ROLES, type TableKind } from "./types";

const BLANK_RUN_ENDS_TABLE = 3;
const MIN_SCORE = 0.75;

interface Scored {
  template: KindTemplate;
  columns: ColumnSpec[];
  score: number;
  missing: ColumnRole[];
}

function distinctYears(columns: ColumnSpec[]): number[] {
  const ys = new Set<number>();
  for (const c of columns) if (c.year !== undefined && PERIOD_ROLES.includes(c.role)) ys.add(c.year);
  return [...ys].sort((a, b) => a - b);
}

function scoreTemplate(template: KindTemplate, block: HeaderBlock, title: string[], colOffset: number): Scored {
  const columns = assignRoles(template, block.paths, block.numbers, colOffset);
  const present = new Set(columns.map((c) => c.role));
  const missing = template.required.filter((r) => !present.has(r));
  const requiredShare = (template.required.length - missing.length) / template.required.length;
  const distinctive = template.distinctive.filter((r) => present.has(r)).length;
  const titled = template.titlePhrases.some((p) => hasPhrase(title, p));
  const years = distinctYears(columns).length;
  let score = requiredShare + 0.15 * distinctive + (titled ? 0.3 : 0);
  if (template.maxYears !== undefined && years > template.maxYears) score -= 0.5;
  return { template, columns, score, missing };
}

/** "Tahun ke-1" headers: the calendar year from the baseline year or a period in the title. */
function resolveYearIndices(columns: ColumnSpec[], title: string): void {
  if (!columns.some((c) => c.yearIndex !== undefined && c.year === undefined)) return;
  const period = /(19[5-9]\d|20\d\d)\s*[-–—s/d]+\s*(19[5-9]\d|20\d\d)/.exec(title);
  const baseline = columns.find((c) => c.role === "baseline" && c.year !== undefined)?.year;
  const first = period ? Number(period[1]) : baseline !== undefined ? baseline + 1 : undefined;
  if (first === undefined) return;
  for (const c of columns) if (c.yearIndex !== undefined && c.year === undefined) c.year = first + c.yearIndex - 1;
}

function isBlankRow(grid: Grid, r: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (hasContent(grid, r, c)) return false;
  return true;
}

function lastDataRowOf(grid: Grid, from: number, width: number): number {
  let last = from - 1;
  let blanks = 0;
  for (let r = from; r < grid.values.length; r++) {
    if (isBlankRow(grid, r, width)) {
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
    } else {
      blanks = 0;
      last = r;
    }
  }
  return last;
}

function usedColumns(grid: Grid, block: HeaderBlock, lastRow: number, width: number): [number, number] {
  let first = width;
  let last = -1;
  const rows = [...block.headerRows, ...(block.columnNumberRow === null ? [] : [block.columnNumberRow])];
  for (let r = block.firstDataRow; r <= lastRow; r++) rows.push(r);
  for (const r of rows) {
    // Only the row's outermost filled cells can widen the range.
    for (let c = 0; c < first; c++)
      if (hasContent(grid, r, c)) {
        first = c;
        break;
      }
    for (let c = width - 1; c > last; c--)
      if (hasContent(grid, r, c)) {
        last = c;
        break;
      }
  }
  return [first, last];
}

function detectAt(grid: Grid, startRow: number, forced?: TableKind): Layout | null {
  const block = findHeaderBlock(grid, startRow);
  if (!block) return null;
  const width = gridWidth(grid);
  const titleText = block.titleRows.map((r) => {
    const parts: string[] = [];
    for (let c = 0; c < width; c++) {
      const t = cellText(grid, r, c);
      if (t) parts.push(t);
    }
    return parts.join(" ");
  });
  const titleWords = words(titleText.join(" "));
  const candidates = TEMPLATES.filter((t) => !forced || t.kind === forced).map((t) => scoreTemplate(t, block, titleWords, grid.originCol));
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || (!forced && best.score < MIN_SCORE)) return null;
  resolveYearIndices(best.columns, titleText.join(" "));
  const lastDataRow = lastDataRowOf(grid, block.firstDataRow, width);
  const [firstCol, lastCol] = usedColumns(grid, block, lastDataRow, width);
  const columns = best.columns.slice(firstCol, lastCol + 1);
  return {
    kind: best.template.kind,
    score: Math.min(1, best.score / 1.45),
    titleRows: block.titleRows,
    headerRows: block.headerRows,
    columnNumberRow: block.columnNumberRow,
    firstDataRow: block.firstDataRow,
    lastDataRow,
    firstCol,
    lastCol,
    columns,
    years: distinctYears(columns),
    printedFormulas: readPrintedFormulas(columns, block.numbers),
    title: titleText.join("\n"),
    missingRoles: best.missing,
  };
}

/**
 * Finds every table of a known kind on a sheet, top to bottom. `kind` forces a kind (the user's
 * choice) instead of the best-scoring template.
 */
export function detectTables(grid: Grid, kind?: TableKind): Layout[] {
  const layouts: Layout[] = [];
  let start = 0;
  while (start < grid.values.length) {
    const layout = detectAt(grid, start, kind);
    if (!layout) break;
    layouts.push(layout);
    start = layout.lastDataRow + 1;
  }
  return layouts;
}
