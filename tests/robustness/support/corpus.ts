/**
 * The bad-input corpus: the small T-C.27 of ./tc27 damaged one way at a time, built in memory (ExcelJS
 * for .xlsx, Buffers for text encodings and broken containers) rather than committed as binaries.
 * Each builder returns the file's bytes; `writeCorpus` writes them all to a folder for the CLI.
 * What the product must do with each is asserted in the tests that use them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { RawCell } from "../../../core/grid";
import { encryptedXlsx } from "./cfb";
import { COL, ROW, YEARS, dataRows, headerRows, tableRows, tableText } from "./tc27";

export const SHEET = "T-C.27";

/** Every spreadsheet error value Excel shows, the newer dynamic-array and data-type ones included. */
export const ERROR_VALUES = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA"] as const;

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Rows into a worksheet from a top-left cell; null leaves a cell empty. */
export function putRows(ws: ExcelJS.Worksheet, rows: RawCell[][], top = 1, left = 1): void {
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(top + r, left + c).value = v;
    }),
  );
}

export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The undamaged table on one sheet. */
export const intact = () => xlsxBytes((wb) => putRows(wb.addWorksheet(SHEET), tableRows()));

// -------------------------------------------------------------------------------------------------
// Sheet shapes

/** A workbook whose only sheet is empty. */
export const emptySheet = () => xlsxBytes((wb) => void wb.addWorksheet("Kosong"));

/** An empty sheet beside the table: the table is checked and the empty sheet is mentioned. */
export const emptySheetBesideTable = () =>
  xlsxBytes((wb) => {
    wb.addWorksheet("Kosong");
    putRows(wb.addWorksheet(SHEET), tableRows());
  });

/** The header block and column-number row, no data row. */
export const headerOnly = () => xlsxBytes((wb) => putRows(wb.addWorksheet(SHEET), headerRows()));

/** The data rows with no header above them. */
export const noHeader = () => xlsxBytes((wb) => putRows(wb.addWorksheet("Data"), dataRows()));

/**
 * Merges across data rows, as planners make them: one Satuan cell over both sub kegiatan, the
 * Unit Kerja and Lokasi cells over every data row, and one amount merged over the two sub kegiatan
 * of 2027 (their Rp written once, in the top cell: 14 + 7 = 21 juta).
 */
export const MERGED = { satuan: "D7:D8", unitPd: "N5:N8", lokasi: "O5:O8", rp2027: "K7:K8" } as const;
export const mergedDataRows = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    ws.getCell(ROW.subA, COL.rp(2)).value = 21_000_000;
    for (const range of Object.values(MERGED)) ws.mergeCells(range);
  });

/**
 * Hidden rows and columns: sub kegiatan A's row and the Lokasi column hidden. Its 2025 Rp is wrong
 * (10 juta written as 11 juta), so a rule must see into the hidden row.
 */
export const hiddenRowsAndColumns = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    ws.getCell(ROW.subA, COL.rp(0)).value = 11_000_000;
    ws.getRow(ROW.subA).hidden = true;
    ws.getColumn(COL.lokasi).hidden = true;
  });

/**
 * The table at C4 under a title in C1, as printed documents paste it. The program's 2026 Rp is off
 * by one million, so a finding's address shows whether the offset is kept.
 */
export const OFFSET = { top: 4, left: 3 } as const;
export const notAtA1 = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    ws.getCell(1, OFFSET.left).value = "TABEL T-C.27 RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS SOSIAL";
    const rows = tableRows();
    rows[ROW.program - 1][COL.rp(1) - 1] = 19_000_000;
    putRows(ws, rows, OFFSET.top, OFFSET.left);
  });

/** Two tables on one sheet: the T-C.27, three blank rows, then a LKjIP performance measurement. */
export const PK_TOP = ROW.subB + 4;
export const PK_ROWS: RawCell[][] = [
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
  [1, "Meningkatnya kesejahteraan sosial PPKS", "Persentase PPKS yang memperoleh bantuan sosial", "%", 80, 72, 90],
  [null, null, "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya", "%", 50, 45, 80],
];
export const twoTables = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    putRows(ws, PK_ROWS, PK_TOP);
  });

/** The table in columns A:O and one value in XFD, the last of Excel's 16 384 columns. */
export const LAST_COLUMN = 16_384;
export const lastColumnUsed = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    ws.getCell(ROW.subB, LAST_COLUMN).value = "catatan di kolom terakhir";
  });

// -------------------------------------------------------------------------------------------------
// Cell values

/**
 * Cells of Excel's maximum length: a sub kegiatan name, an Rp cell holding text instead of a
 * number (so its finding quotes it), and a planner's note as long.
 */
/** `words` repeated to exactly MAX_CELL_TEXT characters, ending in a full stop (no trailing space). */
export const longText = (words: string) => words.repeat(Math.ceil(MAX_CELL_TEXT / words.length)).slice(0, MAX_CELL_TEXT - 1) + ".";
export const LONG = { name: { row: ROW.subA, col: COL.uraian }, rp: { row: ROW.subB, col: COL.rp(0) }, note: "G5" } as const;
export const longCells = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    ws.getCell(LONG.name.row, LONG.name.col).value = longText("Penyusunan Dokumen ");
    ws.getCell(LONG.rp.row, LONG.rp.col).value = longText("Rp 5.000.000 ");
    ws.getCell(LONG.note).note = longText("catatan perencana ");
  });

/** The cells that hold each error value: the sub kegiatan's targets and Rp, row by row. */
export const ERROR_CELLS = ERROR_VALUES.map((error, i) => {
  const row = i < 6 ? ROW.subA : ROW.subB;
  const k = i % 6;
  return { error, row, col: k % 2 === 0 ? COL.target(k / 2) : COL.rp((k - 1) / 2) };
});
export const errorValues = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    for (const { error, row, col } of ERROR_CELLS) ws.getCell(row, col).value = { error } as ExcelJS.CellErrorValue;
  });

/** A date where a Rp belongs and booleans where targets belong. */
export const DATE_CELL = { row: ROW.subA, col: COL.rp(0) } as const;
export const BOOLEAN_CELLS = [
  { row: ROW.subB, col: COL.target(0), value: true },
  { row: ROW.subB, col: COL.target(1), value: false },
] as const;
export const datesAndBooleans = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    const cell = ws.getCell(DATE_CELL.row, DATE_CELL.col);
    cell.value = new Date(Date.UTC(2025, 0, 15));
    cell.numFmt = "dd/mm/yyyy";
    for (const b of BOOLEAN_CELLS) ws.getCell(b.row, b.col).value = b.value;
  });

/**
 * Extreme numbers: sub kegiatan A's 2025 Rp is 1e308 (near the largest double), sub kegiatan B's
 * targets are -0. The parents still say 15 juta, so their roll-up is wrong by about 1e308.
 */
export const HUGE_CELL = { row: ROW.subA, col: COL.rp(0) } as const;
export const extremeNumbers = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    ws.getCell(HUGE_CELL.row, HUGE_CELL.col).value = 1e308;
    for (let i = 0; i < 3; i++) ws.getCell(ROW.subB, COL.target(i)).value = -0;
  });

/**
 * One Rp column written in both conventions, as text: Indonesian "10.000.000" and "15.000.000,00"
 * beside English "5,000,000" and "15,000,000.00". The values are right under either reading.
 */
export const MIXED_COLUMN = COL.rp(0);
export const mixedLocales = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    const texts = ["15.000.000,00", "15,000,000.00", "10.000.000", "5,000,000"];
    [ROW.program, ROW.kegiatan, ROW.subA, ROW.subB].forEach((row, i) => (ws.getCell(row, MIXED_COLUMN).value = texts[i]));
  });

/**
 * Amounts that are formulas over another sheet ("Pagu" holds the sub kegiatan's Rp, the parents
 * sum them), each with its cached result as Excel saves it; and one formula to a deleted sheet
 * whose cached result is #REF!.
 */
export const REF_CELL = { row: ROW.subB, col: COL.rp(2) } as const;
export const crossSheetFormulas = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet(SHEET);
    const pagu = wb.addWorksheet("Pagu");
    putRows(ws, tableRows());
    // Pagu: a row per sub kegiatan (rows 2 and 3), its code and its Rp for the three years in B:D.
    const yearColumn = (i: number) => String.fromCharCode(66 + i); // B, C, D
    pagu.addRow(["Sub kegiatan", ...YEARS]);
    for (const [row, paguRow] of [[ROW.subA, 2], [ROW.subB, 3]] as const) {
      const amounts = YEARS.map((_, i) => ws.getCell(row, COL.rp(i)).value as number);
      pagu.addRow([ws.getCell(row, COL.kode).value, ...amounts]);
      amounts.forEach((result, i) => (ws.getCell(row, COL.rp(i)).value = { formula: `'Pagu'!${yearColumn(i)}${paguRow}`, result }));
    }
    for (const row of [ROW.kegiatan, ROW.program]) {
      YEARS.forEach((_, i) => {
        const cell = ws.getCell(row, COL.rp(i));
        cell.value = { formula: `SUM('Pagu'!${yearColumn(i)}2:${yearColumn(i)}3)`, result: cell.value as number };
      });
    }
    ws.getCell(REF_CELL.row, REF_CELL.col).value = { formula: "'Dihapus'!D3", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
  });

/** A protected sheet (sheet protection, not file encryption): readable, and a copy can be written. */
export const protectedSheet = () =>
  xlsxBytes(async (wb) => {
    const ws = wb.addWorksheet(SHEET);
    putRows(ws, tableRows());
    await ws.protect("rahasia", { selectLockedCells: true });
  });

// -------------------------------------------------------------------------------------------------
// Broken containers

/** A valid workbook cut in half: the zip's central directory is gone. */
export const truncatedXlsx = async () => {
  const whole = await intact();
  return whole.subarray(0, Math.floor(whole.length / 2));
};

/** A password-protected workbook: an OLE/CFB container with EncryptionInfo and EncryptedPackage. */
export const encrypted = async () => encryptedXlsx();

// -------------------------------------------------------------------------------------------------
// Text files

/** The table as UTF-16LE with a BOM, tab-separated: Excel's "Unicode Text" saved under .csv. */
export const csvUtf16le = async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tableText(tableRows(), "\t"), "utf16le")]);

/**
 * The table in Windows-1252 (Excel's "CSV" on Indonesian Windows), ';'-separated, with characters
 * outside ASCII: an en dash (0x96) and curly quotes (0x93, 0x94) in a name.
 */
export const CP1252_NAME = "Koordinasi – Penyusunan “Dokumen” RKA-SKPD";
export const csvWindows1252 = async () => {
  const rows = tableRows();
  rows[ROW.subB - 1][COL.uraian - 1] = CP1252_NAME;
  return Buffer.from(encode1252(tableText(rows, ";")));
};

/** The characters of CP1252_NAME above ASCII, as Windows-1252 bytes. */
function encode1252(text: string): Uint8Array {
  const special: Record<string, number> = { "–": 0x96, "“": 0x93, "”": 0x94 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f)));
}

/**
 * Control characters in a .csv, as exports from other systems carry them: U+0001, a vertical tab
 * (U+000B) and the non-character U+FFFE in a sub kegiatan's name. XML (so an .xlsx) cannot hold them
 * as they are.
 */
export const CONTROL_NAME = "Penyusunan\u0001 Dokumen\u000BPerencanaan\uFFFE";
export const csvControlCharacters = async () => {
  const rows = tableRows();
  rows[ROW.subA - 1][COL.uraian - 1] = CONTROL_NAME;
  return Buffer.from(tableText(rows, ";"), "utf8");
};

/** UTF-8 with each separator. */
export const csvSeparated = (separator: "," | ";" | "\t") => async () => Buffer.from(tableText(tableRows(), separator), "utf8");

// -------------------------------------------------------------------------------------------------

export interface CorpusFile {
  /** What the file holds, for test names. */
  name: string;
  file: string;
  build: () => Promise<Buffer>;
}

/** Every corpus file (the large 100 000-row table has its own test). */
export const CORPUS: CorpusFile[] = [
  { name: "intact table", file: "utuh.xlsx", build: intact },
  { name: "empty sheet", file: "lembar-kosong.xlsx", build: emptySheet },
  { name: "empty sheet beside a table", file: "lembar-kosong-dan-tabel.xlsx", build: emptySheetBesideTable },
  { name: "header only", file: "hanya-judul-kolom.xlsx", build: headerOnly },
  { name: "no recognisable header", file: "tanpa-judul-kolom.xlsx", build: noHeader },
  { name: "merged cells across data rows", file: "sel-gabung.xlsx", build: mergedDataRows },
  { name: "hidden rows and columns", file: "tersembunyi.xlsx", build: hiddenRowsAndColumns },
  { name: "table not at A1", file: "bukan-a1.xlsx", build: notAtA1 },
  { name: "two tables on one sheet", file: "dua-tabel.xlsx", build: twoTables },
  { name: "a value in the last column (XFD)", file: "kolom-terakhir.xlsx", build: lastColumnUsed },
  { name: "cells of 32 767 characters", file: "teks-panjang.xlsx", build: longCells },
  { name: "every error value", file: "nilai-galat.xlsx", build: errorValues },
  { name: "dates and booleans in number columns", file: "tanggal-boolean.xlsx", build: datesAndBooleans },
  { name: "1e308 and -0", file: "angka-ekstrem.xlsx", build: extremeNumbers },
  { name: "mixed locales in one column", file: "format-campur.xlsx", build: mixedLocales },
  { name: "formulas over other sheets", file: "rumus-lembar-lain.xlsx", build: crossSheetFormulas },
  { name: "protected sheet", file: "lembar-terkunci.xlsx", build: protectedSheet },
  { name: "corrupt .xlsx", file: "rusak.xlsx", build: truncatedXlsx },
  { name: "password-protected .xlsx", file: "sandi.xlsx", build: encrypted },
  { name: "UTF-16LE .csv with BOM", file: "utf16.csv", build: csvUtf16le },
  { name: "Windows-1252 .csv, ';'", file: "ansi.csv", build: csvWindows1252 },
  { name: "UTF-8 .csv, ','", file: "koma.csv", build: csvSeparated(",") },
  { name: "UTF-8 .csv, ';'", file: "titik-koma.csv", build: csvSeparated(";") },
  { name: "UTF-8 .csv, tab", file: "tab.csv", build: csvSeparated("\t") },
  { name: "control characters in a .csv", file: "kontrol.csv", build: csvControlCharacters },
];

/** Writes every corpus file into `dir`; returns the path of each by its file name. */
export async function writeCorpus(dir: string): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const c of CORPUS) {
    const p = path.join(dir, c.file);
    fs.writeFileSync(p, await c.build());
    paths.set(c.file, p);
  }
  return paths;
}
