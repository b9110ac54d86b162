/**
 * `npm run examples`: build examples/balangan-tc27.xlsx from tests/fixtures/balangan-tc27.tsv — the
 * Balangan Renstra T-C.27 table as a planner's Excel holds it: header rows as text with the document's
 * merges, numbers typed with Indonesian-looking formats, the table at A1 exactly as the fixture has it
 * (so fixture coordinates are sheet coordinates).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { tsvToWorkbook } from "./tsv-to-xlsx";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures");
const EXAMPLES = path.join(ROOT, "examples");

/** Header block of T-C.27 (rows 1-3) and its column-number row (4). */
const HEADER_ROWS = 3;
const COLUMN_NUMBER_ROW = 4;

/**
 * Merges of the Balangan T-C.27 header, as in the document:
 * Kode … Data Capaian down rows 1-3; "Target Kinerja Program dan Kerangka Pendanaan" across F1:Q1;
 * each "Tahun 20xx" across its Target/Rp pair in row 2; "Kondisi Kinerja …" across R1:S1 with its
 * Target and Rp merged down rows 2-3.
 */
const TC27_MERGES = [
  "A1:A3",
  "B1:B3",
  "C1:C3",
  "D1:D3",
  "E1:E3",
  "F1:Q1",
  "F2:G2",
  "H2:I2",
  "J2:K2",
  "L2:M2",
  "N2:O2",
  "P2:Q2",
  "R1:S1",
  "R2:R3",
  "S2:S3",
];

/** Column widths (characters): Kode, Program, Indikator, Satuan, Data capaian, then Target/Rp pairs. */
function tc27Widths(columnCount: number): number[] {
  const widths = [16, 42, 48, 11, 14];
  for (let c = 6; c <= 19; c++) widths.push(c % 2 === 0 ? 12 : 19); // F,H,…,R Target; G,I,…,S Rp
  while (widths.length < columnCount) widths.push(12);
  return widths.slice(0, Math.max(columnCount, 19));
}

/** Merge a range after checking that only its top-left cell holds text (no value is lost). */
function mergeChecked(ws: ExcelJS.Worksheet, range: string): void {
  const [from, to] = range.split(":");
  const tl = ws.getCell(from);
  const br = ws.getCell(to);
  if (tl.value === null || tl.value === undefined) throw new Error(`merge ${range}: top-left cell ${from} is empty`);
  for (let r = Number(tl.row); r <= Number(br.row); r++) {
    for (let c = Number(tl.col); c <= Number(br.col); c++) {
      if (r === Number(tl.row) && c === Number(tl.col)) continue;
      const v = ws.getCell(r, c).value;
      if (v !== null && v !== undefined) throw new Error(`merge ${range}: cell ${ws.getCell(r, c).address} holds ${JSON.stringify(v)}`);
    }
  }
  ws.mergeCells(range);
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildTc27Example(outFile = path.join(EXAMPLES, "balangan-tc27.xlsx")): Promise<string> {
  const tsv = fs.readFileSync(path.join(FIXTURES, "balangan-tc27.tsv"), "utf8");
  const wb = tsvToWorkbook(tsv, {
    sheetName: "T-C.27",
    typedNumbers: true,
    headerRows: COLUMN_NUMBER_ROW, // the column-number row "(2)…(20)" stays text too
  });
  // Fixed metadata so rebuilding gives the same workbook content.
  const stamp = new Date(Date.UTC(2024, 0, 1));
  wb.creator = "Tabel Renstra";
  wb.created = stamp;
  wb.modified = stamp;

  const ws = wb.getWorksheet("T-C.27")!;
  const columnCount = ws.columnCount;
  const lastRow = ws.rowCount;

  for (const range of TC27_MERGES) mergeChecked(ws, range);

  tc27Widths(columnCount).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });

  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cell.border = ALL_THIN;
      if (r <= COLUMN_NUMBER_ROW) {
        cell.font = { bold: r <= HEADER_ROWS };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else {
        cell.alignment = { vertical: "top", wrapText: c === 2 || c === 3 };
      }
    }
  }
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: COLUMN_NUMBER_ROW }];
  ws.pageSetup = { orientation: "landscape", paperSize: 5 /* legal */, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await wb.xlsx.writeFile(outFile);
  return outFile;
}

if (require.main === module) {
  buildTc27Example()
    .then((file) => console.log(`wrote ${path.relative(process.cwd(), file)}`))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
