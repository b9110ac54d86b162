/**
 * Sheets at Excel's size limits, built straight as Grids (for the core) and streamed to .xlsx (for
 * the CLI) so building them stays cheap: a T-C.27 of 100 000 data rows with a few known errors, and
 * the small T-C.27 on a sheet used out to column XFD (16 384 columns).
 */
import ExcelJS from "exceljs";
import type { Grid, RawCell } from "../../../core/grid";
import { COL, HEADER_HEIGHT, WIDTH, YEARS, headerRows, tableRows } from "./tc27";

/** Excel's limits: rows and columns of a worksheet. */
export const MAX_COLUMNS = 16_384;

const SUBS_PER_KEGIATAN = 8;
const KEGIATAN_PER_PROGRAM = 10;
const PROGRAM_ROWS = 1 + KEGIATAN_PER_PROGRAM * (1 + SUBS_PER_KEGIATAN);

export interface LargeTable {
  rows: RawCell[][];
  /** Sheet rows (1-based) of the sub kegiatan whose 2026 Rp is WRONG_BY too high. */
  wrongSubRows: number[];
  /** Sheet rows of their kegiatan and program. */
  wrongParentRows: number[];
  dataRows: number;
}

/** What each wrong sub kegiatan adds to its 2026 Rp: Rp 1.000, beyond any display rounding. */
export const WRONG_BY = 1_000;

/**
 * A T-C.27 of about `dataRows` rows (whole programs of 10 kegiatan × 8 sub kegiatan): codes unique,
 * every Rp summed exactly into its kegiatan, program and kondisi akhir — except that `errors` sub
 * kegiatan, spread evenly, carry WRONG_BY more in 2026 than their parents and kondisi akhir say.
 */
export function largeTc27(dataRows: number, errors: number): LargeTable {
  const rows: RawCell[][] = headerRows();
  const programs = Math.floor(dataRows / PROGRAM_ROWS);
  const every = Math.floor((programs * KEGIATAN_PER_PROGRAM * SUBS_PER_KEGIATAN) / errors);
  const wrongSubRows: number[] = [];
  const wrongParentRows: number[] = [];
  let sub = 0;
  for (let p = 0; p < programs; p++) {
    // 99 programs per bidang, 30 bidang per urusan: unique codes however many programs.
    const pCode = `${1 + Math.floor(p / (99 * 30))}.${String(1 + (Math.floor(p / 99) % 30)).padStart(2, "0")}.${String(1 + (p % 99)).padStart(2, "0")}`;
    const programRow = rows.length;
    rows.push(line(pCode, `PROGRAM PENUNJANG ${p + 1}`, "Nilai SAKIP", "Nilai", [70, 72, 74], 74));
    for (let k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
      const kCode = `${pCode}.2.${String(k).padStart(2, "0")}`;
      const kegiatanRow = rows.length;
      rows.push(line(kCode, `Kegiatan ${k}`, "Persentase dokumen tepat waktu", "%", [100, 100, 100], 100));
      for (let s = 1; s <= SUBS_PER_KEGIATAN; s++) {
        sub++;
        const rp = YEARS.map((_, y) => 1_000_000 * (1 + ((sub * 7 + y * 3) % 90)));
        const subRow = line(`${kCode}.${String(s).padStart(4, "0")}`, `Sub kegiatan ${s}`, "Jumlah dokumen", "Dokumen", [1, 2, 3], 6);
        setRp(subRow, rp);
        const wrong = sub % every === 0 && wrongSubRows.length < errors;
        if (wrong) {
          subRow[COL.rp(1) - 1] = rp[1] + WRONG_BY;
          wrongSubRows.push(rows.length + 1);
          wrongParentRows.push(kegiatanRow + 1, programRow + 1);
        }
        rows.push(subRow);
        addRp(rows[kegiatanRow], rp);
        addRp(rows[programRow], rp);
      }
    }
  }
  return { rows, wrongSubRows, wrongParentRows, dataRows: rows.length - headerRows().length };
}

function line(code: string, name: string, indicator: string, unit: string, targets: number[], finalTarget: number): RawCell[] {
  const cells: RawCell[] = [code, name, indicator, unit, targets[0], ...targets.flatMap((t) => [t, 0]), finalTarget, 0, "Dinas Sosial", "Kabupaten"];
  return cells;
}

function setRp(cells: RawCell[], rp: number[]): void {
  rp.forEach((v, y) => (cells[COL.rp(y) - 1] = v));
  cells[COL.finalRp - 1] = rp.reduce((a, b) => a + b, 0);
}

function addRp(cells: RawCell[], rp: number[]): void {
  setRp(
    cells,
    rp.map((v, y) => (cells[COL.rp(y) - 1] as number) + v),
  );
}

/**
 * The small T-C.27 whose data rows run on, after one empty column, with numbers out to column XFD
 * (a wide export pasted beside the table): the sheet is 16 384 columns wide.
 */
export function wideTc27(): RawCell[][] {
  return tableRows().map((cells, r) => {
    const wide: RawCell[] = [...cells, ...Array<RawCell>(MAX_COLUMNS - WIDTH).fill(null)];
    if (r >= HEADER_HEIGHT) for (let c = WIDTH + 1; c < MAX_COLUMNS; c++) wide[c] = r * MAX_COLUMNS + c;
    return wide;
  });
}

export const asGrid = (rows: RawCell[][], sheet = "T-C.27"): Grid => ({ sheet, originRow: 1, originCol: 1, values: rows });

/** Streams rows into a one-sheet .xlsx (ExcelJS's streaming writer: memory stays flat). */
export async function writeXlsxStream(file: string, rows: RawCell[][], sheet = "T-C.27"): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet(sheet);
  for (const cells of rows) ws.addRow(cells).commit();
  ws.commit();
  await wb.commit();
}
