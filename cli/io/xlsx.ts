/**
 * .xlsx → Grid, via ExcelJS. One Grid per worksheet (ExcelJS skips chart sheets), covering the used
 * range from A1, so grid coordinates are sheet coordinates.
 */
import ExcelJS from "exceljs";
import type { Grid, RawCell } from "../../core/grid";

// ExcelJS.ValueType, inlined as numbers so the hot loop compares small integers.
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

/** Grids of every worksheet of a loaded workbook, in tab order. */
export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.filter(Boolean).map(worksheetToGrid);
}

/**
 * One worksheet as a Grid from A1 to the last row and column holding a value (merged-cell slaves
 * count as used and read as null). Rows come out with equal length; `formulas` and `numberFormats`
 * have the same shape as `values`.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: RawCell[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let width = 0;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vRow: RawCell[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const i = col - 1;
      // Fill the gap before this cell (eachCell skips empty cells).
      for (let k = vRow.length; k < i; k++) {
        vRow.push(null);
        fRow.push(null);
        nRow.push(null);
      }
      const type = cell.type as number;
      let v: RawCell = null;
      let f: string | null = null;
      if (type !== T_MERGE) {
        const raw = cell.value;
        switch (type) {
          case T_NUMBER:
          case T_BOOLEAN:
            v = raw as RawCell;
            break;
          case T_STRING:
          case T_SHARED_STRING:
            v = raw === "" ? null : (raw as RawCell);
            break;
          case T_DATE:
            v = dateText(raw as Date);
            break;
          case T_RICH_TEXT:
            v = richText(raw);
            break;
          case T_HYPERLINK:
            v = hyperlinkText(raw);
            break;
          case T_ERROR:
            v = errorText(raw);
            break;
          case T_FORMULA: {
            const formula = cell.formula; // shared formulas come back translated to this cell
            f = formula ? "=" + formula : null;
            v = resultValue((raw as { result?: unknown }).result);
            break;
          }
          default:
            v = plainValue(raw);
        }
      }
      vRow.push(v);
      fRow.push(f);
      const fmt = type === T_MERGE ? undefined : cell.numFmt;
      nRow.push(fmt && fmt !== "General" ? fmt : null);
    });
    if (vRow.length > width) width = vRow.length;
    // Rows missing before this one (eachRow skips empty rows).
    for (let k = values.length; k < rowNumber - 1; k++) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  });

  for (let r = 0; r < values.length; r++) {
    const vRow = values[r];
    if (vRow.length < width) {
      const fRow = formulas[r];
      const nRow = numberFormats[r];
      for (let k = vRow.length; k < width; k++) {
        vRow.push(null);
        fRow.push(null);
        nRow.push(null);
      }
    }
  }

  return { sheet: ws.name, originRow: 1, originCol: 1, values, formulas, numberFormats };
}

/**
 * Dates are rare in these tables; they come out as ISO text ("2024-01-31", or "2024-01-31T08:30:00"
 * when the cell has a time), the cell's date format stays in numberFormats. ExcelJS builds dates in
 * UTC, so the UTC fields are the sheet's wall-clock fields.
 */
function dateText(d: Date): string | null {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}

function richText(raw: unknown): string | null {
  const parts = (raw as { richText?: { text?: string }[] } | null)?.richText;
  if (!Array.isArray(parts)) return typeof raw === "string" ? raw : null;
  let s = "";
  for (const p of parts) if (p && typeof p.text === "string") s += p.text;
  return s === "" ? null : s;
}

function hyperlinkText(raw: unknown): string | null {
  if (raw === null || typeof raw !== "object") return typeof raw === "string" ? raw : null;
  const text = (raw as { text?: unknown; hyperlink?: unknown }).text;
  if (typeof text === "string") return text === "" ? null : text;
  if (text && typeof text === "object") return richText(text);
  const link = (raw as { hyperlink?: unknown }).hyperlink;
  return typeof link === "string" && link !== "" ? link : null;
}

function errorText(raw: unknown): string | null {
  const e = (raw as { error?: unknown } | null)?.error;
  return typeof e === "string" ? e : null;
}

/** A formula's cached result; null when the file carries none (a writer that did not calculate). */
function resultValue(result: unknown): RawCell {
  if (result === undefined || result === null) return null;
  switch (typeof result) {
    case "number":
    case "boolean":
      return result;
    case "string":
      return result === "" ? null : result;
  }
  if (result instanceof Date) return dateText(result);
  if (typeof result === "object") {
    if ("error" in result) return errorText(result);
    if ("richText" in result) return richText(result);
  }
  return null;
}

/** Anything else ExcelJS may hand over (future value types): keep primitives, flatten the rest. */
function plainValue(raw: unknown): RawCell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return dateText(raw);
  if (typeof raw === "object") {
    if ("richText" in raw) return richText(raw);
    if ("error" in raw) return errorText(raw);
    if ("text" in raw) return hyperlinkText(raw);
    if ("result" in raw) return resultValue((raw as { result?: unknown }).result);
  }
  return null;
}
