/**
 * Test support: turn a fixture TSV into what a planner's spreadsheet holds.
 *
 * - tsvToGrid: the text grid (every cell text, null when empty), for core tests.
 * - tsvToWorkbook: an ExcelJS workbook; with typedNumbers, cells whose whole text is a plain Indonesian
 *   number, percentage or Rp amount become numbers with a number format that keeps their look, the way
 *   Excel in an Indonesian locale stores what a planner typed. Everything else stays text.
 */
import ExcelJS from "exceljs";
import type { Grid, RawCell } from "../../core/grid";
import { parseTsv } from "../../cli/io/text";

export function tsvToGrid(tsvText: string, sheetName: string): Grid {
  return { sheet: sheetName, originRow: 1, originCol: 1, values: parseTsv(tsvText) };
}

export interface TsvToWorkbookOptions {
  sheetName: string;
  /** Convert Indonesian number texts to typed numbers with a number format. */
  typedNumbers: boolean;
  /** Rows 1..headerRows are the header block: always kept as text. */
  headerRows: number;
  /** 1-based columns always kept as text (codes). Default [1] (Kode). */
  textColumns?: number[];
  /** How the document writes numbers: "id" (default) "1.234,5" or "en" "1,234.5" (an English-locale Excel). */
  convention?: "id" | "en";
}

export interface TypedNumber {
  value: number;
  /** Excel number format that shows the value as it was written; null = General. */
  numFmt: string | null;
}

// Indonesian number bodies: "." groups thousands, "," starts decimals. No leading zeros ("01" is a code).
const GROUPED = "[1-9]\\d{0,2}(?:\\.\\d{3})+";
const UNGROUPED = "(?:0|[1-9]\\d*)";
const BODY = `(${GROUPED}|${UNGROUPED})(?:,(\\d+))?`;
const RE_NUMBER = new RegExp(`^${BODY}$`);
const RE_PERCENT = new RegExp(`^${BODY} ?%$`);
const RE_RUPIAH = new RegExp(`^Rp\\.? ?${BODY}$`);

/** Excel keeps 15 significant digits; longer numbers would not round-trip, so they stay text. */
const MAX_DIGITS = 15;

/**
 * Read a cell text as Excel (Indonesian locale) would store it when typed, or null when it is not a
 * plain number: "2.519.295.635" → 2519295635 "#,##0"; "Rp 87.026.000,00" → 87026000 "\"Rp \"#,##0.00";
 * "76,48" → 76.48 "0.00"; "100%" → 1 "0%"; "70,65%" → 0.7065 "0.00%"; "6.054" → 6054 "#,##0" (the
 * Indonesian reading of a one-separator token); "35" → 35 General. Units, dashes, codes, negatives,
 * English-style "1,912,535" or "65.38%" → null (stay text).
 * The value is built from the digit string (Number("2519295635"), Number("0.7065")): no float arithmetic.
 */
export function typedIndonesianNumber(text: string): TypedNumber | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  let kind: "number" | "percent" | "rupiah";
  if ((m = RE_NUMBER.exec(t))) kind = "number";
  else if ((m = RE_PERCENT.exec(t))) kind = "percent";
  else if ((m = RE_RUPIAH.exec(t))) kind = "rupiah";
  else return null;

  const grouped = m[1].includes(".");
  const intDigits = m[1].replace(/\./g, "");
  const frac = m[2] ?? "";
  if ((intDigits.replace(/^0+/, "") + frac).length > MAX_DIGITS) return null;

  let numeric: string;
  if (kind === "percent") {
    // Move the decimal point two places left, on the digit string.
    const all = intDigits + frac;
    const point = intDigits.length - 2;
    numeric = point <= 0 ? "0." + "0".repeat(-point) + all : all.slice(0, point) + "." + all.slice(point);
  } else {
    numeric = frac ? `${intDigits}.${frac}` : intDigits;
  }
  const value = Number(numeric);
  if (!Number.isFinite(value)) return null;

  const base = (grouped ? "#,##0" : "0") + (frac ? "." + "0".repeat(frac.length) : "");
  let numFmt: string | null;
  switch (kind) {
    case "percent":
      numFmt = base + "%";
      break;
    case "rupiah":
      numFmt = `"Rp "${base}`;
      break;
    default:
      numFmt = base === "0" ? null : base;
  }
  return { value, numFmt };
}

/** "1,234.5" ↔ "1.234,5": an English-written number read through the Indonesian pattern. */
function swapSeparators(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

export function tsvToWorkbook(tsvText: string, options: TsvToWorkbookOptions): ExcelJS.Workbook {
  const rows = parseTsv(tsvText);
  const textColumns = new Set(options.textColumns ?? [1]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheetName);
  for (let r = 0; r < rows.length; r++) {
    const rowNumber = r + 1;
    const cells = rows[r];
    const typed: RawCell[] = new Array(cells.length);
    const formats: (string | null)[] = [];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      typed[c] = v;
      if (!options.typedNumbers || v === null || typeof v !== "string") continue;
      if (rowNumber <= options.headerRows || textColumns.has(c + 1)) continue;
      const n = typedIndonesianNumber(options.convention === "en" ? swapSeparators(v) : v);
      if (n) {
        typed[c] = n.value;
        if (n.numFmt) formats[c] = n.numFmt;
      }
    }
    const row = ws.getRow(rowNumber);
    for (let c = 0; c < typed.length; c++) {
      const v = typed[c];
      if (v === null) continue;
      const cell = row.getCell(c + 1);
      cell.value = v;
      const fmt = formats[c];
      if (fmt) cell.numFmt = fmt;
    }
  }
  return wb;
}
