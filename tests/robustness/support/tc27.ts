/**
 * A small, correct T-C.27 (Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan) the bad-input
 * corpus damages one way at a time: a three-row header block as real tables print it (merged group
 * titles in their top-left cell), a column-number row, then a program, a kegiatan and two sub
 * kegiatan whose Rp add up exactly and whose kondisi akhir sums the three years. Undamaged, the core
 * finds no error in it, so every error a corpus case reports comes from the damage.
 */
import type { RawCell } from "../../../core/grid";

export const YEARS = [2025, 2026, 2027] as const;

/** 1-based sheet columns of the table when it starts in column A. */
export const COL = {
  kode: 1,
  uraian: 2,
  indikator: 3,
  satuan: 4,
  baseline: 5,
  /** Target of year i (0-based) is target(i), its Rp rp(i). */
  target: (i: number) => 6 + 2 * i,
  rp: (i: number) => 7 + 2 * i,
  finalTarget: 12,
  finalRp: 13,
  unitPd: 14,
  lokasi: 15,
} as const;
export const WIDTH = 15;

/** Header block (3 rows) and the column-number row. */
export function headerRows(): RawCell[][] {
  const blank = (n: number) => Array<RawCell>(n).fill(null);
  return [
    [
      "Kode",
      "Program, Kegiatan dan Sub Kegiatan",
      "Indikator Kinerja Program (outcome), Kegiatan (output) dan Sub Kegiatan (output)",
      "Satuan",
      "Data Capaian pada Tahun Awal Perencanaan 2024",
      "Target Kinerja Program dan Kerangka Pendanaan",
      ...blank(5),
      "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah",
      null,
      "Unit Kerja Perangkat Daerah Penanggung Jawab",
      "Lokasi",
    ],
    [...blank(5), ...YEARS.flatMap((y) => [`Tahun ${y}`, null]), "Target", "Rp", null, null],
    [...blank(5), ...YEARS.flatMap(() => ["Target", "Rp"]), ...blank(4)],
    Array.from({ length: WIDTH }, (_, i) => `(${i + 1})`),
  ];
}
export const HEADER_HEIGHT = 4;

interface Line {
  code: string;
  name: string;
  indicator: string;
  unit: string;
  baseline: number;
  targets: number[];
  /** Rp per year; parents hold the sum of their children. */
  rp: number[];
  /** Kondisi akhir target: the sum for counts, the last year's for levels. */
  finalTarget: number;
}

const SUB_A: Line = {
  code: "1.06.01.2.01.0001",
  name: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  indicator: "Jumlah dokumen perencanaan perangkat daerah",
  unit: "Dokumen",
  baseline: 2,
  targets: [2, 2, 2],
  rp: [10_000_000, 12_000_000, 14_000_000],
  finalTarget: 6,
};
const SUB_B: Line = {
  code: "1.06.01.2.01.0002",
  name: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
  indicator: "Jumlah dokumen RKA-SKPD",
  unit: "Dokumen",
  baseline: 1,
  targets: [1, 1, 1],
  rp: [5_000_000, 6_000_000, 7_000_000],
  finalTarget: 3,
};
const sum = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);
const KEGIATAN: Line = {
  code: "1.06.01.2.01",
  name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  indicator: "Persentase dokumen perencanaan yang disusun tepat waktu",
  unit: "%",
  baseline: 90,
  targets: [95, 100, 100],
  rp: sum(SUB_A.rp, SUB_B.rp),
  finalTarget: 100,
};
const PROGRAM: Line = {
  code: "1.06.01",
  name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  indicator: "Nilai SAKIP Perangkat Daerah",
  unit: "Nilai",
  baseline: 66,
  targets: [70, 72, 74],
  rp: KEGIATAN.rp,
  finalTarget: 74,
};
const LINES = [PROGRAM, KEGIATAN, SUB_A, SUB_B];

/** The data rows, numbers typed as numbers (what Excel stores when a planner types them). */
export function dataRows(): RawCell[][] {
  return LINES.map((l) => [
    l.code,
    l.name,
    l.indicator,
    l.unit,
    l.baseline,
    ...l.targets.flatMap((t, i) => [t, l.rp[i]]),
    l.finalTarget,
    l.rp.reduce((a, b) => a + b, 0),
    "Dinas Sosial",
    "Kabupaten",
  ]);
}
export const DATA_HEIGHT = LINES.length;

/** Sheet rows of the data lines when the table starts at row 1: program, kegiatan, sub A, sub B. */
export const ROW = { program: 5, kegiatan: 6, subA: 7, subB: 8 } as const;

/** Header and data rows: the whole table. */
export function tableRows(): RawCell[][] {
  return [...headerRows(), ...dataRows()];
}

/**
 * The table as delimited text, as a spreadsheet exports it: numbers written the Indonesian way
 * ("10.000.000"), a field quoted when it holds the separator or a quote, CRLF line ends.
 */
export function tableText(rows: RawCell[][] = tableRows(), separator: "," | ";" | "\t" = "\t"): string {
  const text = (v: RawCell) => (v === null ? "" : typeof v === "number" ? v.toLocaleString("id-ID", { maximumFractionDigits: 20 }) : String(v));
  const field = (v: RawCell) => {
    const t = text(v);
    return t.includes(separator) || t.includes('"') ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return rows.map((r) => r.map(field).join(separator)).join("\r\n") + "\r\n";
}
