import { readWorkbookBytes } from "../../cli/io/read-workbook";
import type { Grid } from "../../core/grid";
import type { ColumnSpec, Layout } from "../../core/layout";
import type { Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { tsvToGrid, tsvToWorkbook } from "../support/tsv-to-xlsx";

/**
 * Hand-made tables typed the way planners type them (DOMAIN.md §2): merged group titles in the
 * top-left cell only, an optional column-number row, title lines above, typos and wrapped words.
 * Each is read twice — as the text sheet and from a workbook whose numbers Excel typed — and every
 * position is asserted in sheet coordinates (1-based), so both readings must agree.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** Rows of cells → TSV text, the format tsvToGrid reads. */
const tsv = (rows: string[][]): string => rows.map((r) => r.join("\t")).join("\n") + "\n";
const blank = (n: number): string[] => Array<string>(n).fill("");
const pairs = (n: number, a: string, b: string): string[] => Array.from({ length: n }, () => [a, b]).flat();
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** "targetRenja2024/K", "realisasiTriwulan/Rp/q3", "lokasi". */
const roleOf = (c: ColumnSpec) => `${c.role}${c.year ?? ""}${c.measure ? "/" + c.measure : ""}${c.quarter ? "/q" + c.quarter : ""}`;

interface Sheet {
  name: string;
  text: string;
  /** Rows 1..headerRows stay text in the workbook (titles and header); the rest is typed. */
  headerRows: number;
  /** 1-based columns that stay text in the workbook (codes). */
  textColumns?: number[];
}

async function grids(s: Sheet): Promise<[string, Grid][]> {
  const wb = tsvToWorkbook(s.text, { sheetName: s.name, typedNumbers: true, headerRows: s.headerRows, textColumns: s.textColumns ?? [] });
  const file = await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), `${s.name}.xlsx`);
  return [
    ["text sheet", tsvToGrid(s.text, s.name)],
    ["typed workbook", file.sheets[0]],
  ];
}

/** The one table on a sheet, with its positions in sheet coordinates. */
function readOne(grid: Grid) {
  const tables = readTables(grid);
  expect(tables).toHaveLength(1);
  const table: Table = tables[0];
  const L: Layout = table.layout;
  const row = (r: number) => grid.originRow + r;
  const col = (c: number) => grid.originCol + c;
  return {
    table,
    layout: L,
    model: table.model,
    sheet: {
      titleRows: L.titleRows.map(row),
      headerRows: L.headerRows.map(row),
      columnNumberRow: L.columnNumberRow === null ? null : row(L.columnNumberRow),
      firstDataRow: row(L.firstDataRow),
      lastDataRow: row(L.lastDataRow),
      firstCol: col(L.firstCol),
      lastCol: col(L.lastCol),
    },
    roles: L.columns.map(roleOf),
    /** Printed formulas as { text, expression, column it defines, refs: number → sheet column }. */
    formulas: L.printedFormulas.map((f) => ({
      text: f.text,
      expression: f.expression,
      col: col(f.index),
      refs: Object.fromEntries(Object.entries(f.refs).map(([n, i]) => [n, col(i)])),
    })),
  };
}

/** The model row whose name, indicator, tujuan or sasaran starts with `text`. */
function rowStarting(table: Table, text: string) {
  const row = table.model.rows.find((r) => [r.name, r.indicator, r.tujuan, r.sasaran].some((t) => t.startsWith(text)));
  if (!row) throw new Error(`no row starting with "${text}"`);
  return row;
}

const levelOf = (table: Table, text: string) => rowStarting(table, text).level;
const parentOf = (table: Table, text: string) => {
  const p = rowStarting(table, text).parent;
  return p === null ? null : table.model.rows[p];
};

// ---------------------------------------------------------------------------------------------
// 1-2. Form E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah"

const E81_HEADS = {
  target5: "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra Perangkat Daerah)",
  realisasi6: "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2023)",
  target7: "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi",
  triwulan: "Realisasi Kinerja Pada Triwulan",
  realisasi12: "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
  realisasi13: "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024",
  tingkat14: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d tahun 2024 (%)",
};

/** The value part of the E.81 header (columns 5..16, or 6..17 with a Kode column). */
const e81HeaderValues = [
  E81_HEADS.target5, "", E81_HEADS.realisasi6, "", E81_HEADS.target7, "",
  E81_HEADS.triwulan, ...blank(7),
  E81_HEADS.realisasi12, "", E81_HEADS.realisasi13, "", E81_HEADS.tingkat14, "",
  "Unit Perangkat Daerah Penanggung Jawab", "Keterangan",
];
const e81Quarters = ["I", "", "II", "", "III", "", "IV", "", ...blank(8)];
const e81KRp = [...pairs(10, "K", "Rp"), "", ""];

const E81_ROLES_VALUES = [
  "targetRenstraAkhir2026/K", "targetRenstraAkhir2026/Rp",
  "realisasiSdLalu2023/K", "realisasiSdLalu2023/Rp",
  "targetRenja2024/K", "targetRenja2024/Rp",
  ...[1, 2, 3, 4].flatMap((q) => [`realisasiTriwulan/K/q${q}`, `realisasiTriwulan/Rp/q${q}`]),
  "realisasiRenja/K", "realisasiRenja/Rp",
  "realisasiSdBerjalan2024/K", "realisasiSdBerjalan2024/Rp",
  "tingkatCapaian2024/K", "tingkatCapaian2024/Rp",
  "unitPd", "keterangan",
];

const e81NoKode: Sheet = {
  name: "E81",
  headerRows: 7,
  text: tsv([
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN ROTE NDAO"],
    ["RENJA PERANGKAT DAERAH DINAS SOSIAL KABUPATEN ROTE NDAO TAHUN 2024"],
    ["Periode Pelaksanaan: Triwulan IV Tahun 2024"],
    [],
    ["No", "Sasaran", "Program/Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)", ...e81HeaderValues],
    [...blank(4), ...blank(6), ...e81Quarters],
    [...blank(4), ...e81KRp],
    ["1", "2", "3", "4", "5", "", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "", "12=8+9+10+11", "", "13=6+12", "", "14=13/5x100%", "", "15", "16"],
    [
      "1", "Meningkatnya penanganan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)", "",
      "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar",
      "80", "", "72", "", "75", "", "70", "", "72", "", "74", "", "76", "", "76", "", "76", "", "95,00", "", "Dinas Sosial", "",
    ],
    [
      "", "", "Program Perlindungan dan Jaminan Sosial", "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya di dalam panti",
      "100", "1.200.000.000", "90", "690.000.000", "95", "240.000.000",
      "95", "52.000.000", "95", "61.500.000", "95", "63.000.000", "95", "58.750.000",
      "95", "235.250.000", "95", "925.250.000", "95,00", "77,10", "Dinas Sosial", "",
    ],
    [
      "", "", "Pemeliharaan Anak-Anak Terlantar di dalam Panti", "Jumlah anak terlantar yang terpenuhi kebutuhan dasarnya (orang)",
      "500", "900.000.000", "290", "520.000.000", "110", "180.000.000",
      "25", "40.000.000", "30", "45.000.000", "30", "47.000.000", "25", "43.500.000",
      "110", "175.500.000", "400", "695.500.000", "80,00", "77,28", "Bidang Rehabilitasi Sosial", "",
    ],
    [
      "", "", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah dokumen hasil pengelolaan data fakir miskin (dokumen)",
      "5", "300.000.000", "3", "170.000.000", "1", "60.000.000",
      "0", "12.000.000", "0", "16.500.000", "0", "16.000.000", "1", "15.250.000",
      "1", "59.750.000", "4", "229.750.000", "80,00", "76,58", "Bidang Perlindungan dan Jaminan Sosial", "",
    ],
    // Footer rows: the label is merged over No..Indikator, so it sits in the No column.
    ["Rata-rata capaian kinerja (%)", ...blank(21), "85,00", "", "", ""],
    ["Predikat kinerja", ...blank(21), "Tinggi", "", "", ""],
  ]),
};

const e81Kode: Sheet = {
  name: "E81 kode",
  headerRows: 6,
  textColumns: [2],
  text: tsv([
    ["Formulir E.81"],
    ["Evaluasi terhadap Hasil Renja Perangkat Daerah Dinas Sosial Provinsi Nusa Tenggara Timur Tahun 2024"],
    [],
    ["No", "Kode", "Sasaran", "Program/Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)", ...e81HeaderValues],
    [...blank(5), ...blank(6), ...e81Quarters],
    [...blank(5), ...e81KRp],
    ["1", "2", "3", "4", "5", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "", "12", "", "13=9+10+11+12", "", "14=7+13", "", "15=14/6x100%", "", "16", "17"],
    [
      "1", "", "Meningkatnya kualitas pelayanan rehabilitasi sosial", "",
      "Persentase PPKS yang mendapatkan layanan rehabilitasi sosial dasar di dalam panti",
      "90", "", "84", "", "86", "", "80", "", "82", "", "85", "", "86", "", "86", "", "86", "", "95,56", "", "Dinas Sosial", "",
    ],
    [
      "", "1.06.04", "", "Program Rehabilitasi Sosial", "Persentase PPKS yang tertangani melalui rehabilitasi sosial dasar",
      "90", "4.750.000.000", "84", "2.815.400.000", "86", "1.020.000.000",
      "86", "210.300.000", "86", "245.800.000", "86", "262.150.000", "86", "289.640.000",
      "86", "1.007.890.000", "86", "3.823.290.000", "95,56", "80,49", "Bidang Rehabilitasi Sosial", "",
    ],
    [
      "", "1.06.04.1.01", "",
      "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Dalam Panti Sosial",
      "Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar di dalam panti (orang)",
      "1.250", "4.750.000.000", "760", "2.815.400.000", "250", "1.020.000.000",
      "250", "210.300.000", "250", "245.800.000", "250", "262.150.000", "250", "289.640.000",
      "250", "1.007.890.000", "1.010", "3.823.290.000", "80,80", "80,49", "UPTD Panti Sosial", "",
    ],
    ["Rata-rata capaian kinerja (%)", ...blank(22), "88,18", "", "", ""],
    ["Predikat kinerja", ...blank(22), "Tinggi", "", "", ""],
  ]),
};

describe("E.81 evaluasi Renja triwulan", () => {
  test.each([["text sheet"], ["typed workbook"]])("without a Kode column (%s)", async (how) => {
    const grid = (await grids(e81NoKode)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("evaluasi-renja-triwulan");
    expect(t.roles).toEqual(["no", "sasaran", "uraian", "indikator", ...E81_ROLES_VALUES]);
    // The end-of-period target year (2026) is not a year of the evaluated period.
    expect(t.layout.years).toEqual([2023, 2024]);
    expect(t.sheet).toEqual({ titleRows: [1, 2, 3], headerRows: [5, 6, 7], columnNumberRow: 8, firstDataRow: 9, lastDataRow: 14, firstCol: 1, lastCol: 26 });
    expect(t.layout.missingRoles).toEqual([]);
    // Each number spans its K and Rp columns, so it is printed in the K column only.
    expect(t.layout.columns.map((c) => c.number ?? "")).toEqual([
      "1", "2", "3", "4", "5", "", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "", "12", "", "13", "", "14", "", "15", "16",
    ]);
    expect(t.formulas).toEqual([
      { text: "12=8+9+10+11", expression: "8+9+10+11", col: 19, refs: { "8": 11, "9": 13, "10": 15, "11": 17 } },
      { text: "13=6+12", expression: "6+12", col: 21, refs: { "6": 7, "12": 19 } },
      { text: "14=13/5x100%", expression: "13/5*100", col: 23, refs: { "13": 21, "5": 5 } },
    ]);
    const { table } = t;
    expect(table.model.codeStyle).toBe("none");
    expect(levelOf(table, "Persentase PPKS yang memperoleh")).toBe("sasaran");
    expect(levelOf(table, "Program Perlindungan dan Jaminan Sosial")).toBe("program");
    expect(parentOf(table, "Program Perlindungan")?.level).toBe("sasaran");
    // Without codes the kegiatan rows hang under the program above them.
    expect(parentOf(table, "Pemeliharaan Anak-Anak Terlantar")?.name).toBe("Program Perlindungan dan Jaminan Sosial");
    expect(parentOf(table, "Pengelolaan Data Fakir Miskin")?.name).toBe("Program Perlindungan dan Jaminan Sosial");
  });

  test.each([["text sheet"], ["typed workbook"]])("with a Kode column after No: every number shifts by one (%s)", async (how) => {
    const grid = (await grids(e81Kode)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("evaluasi-renja-triwulan");
    expect(t.roles).toEqual(["no", "kode", "sasaran", "uraian", "indikator", ...E81_ROLES_VALUES]);
    expect(t.layout.years).toEqual([2023, 2024]);
    expect(t.sheet).toEqual({ titleRows: [1, 2], headerRows: [4, 5, 6], columnNumberRow: 7, firstDataRow: 8, lastDataRow: 12, firstCol: 1, lastCol: 27 });
    expect(t.formulas).toEqual([
      { text: "13=9+10+11+12", expression: "9+10+11+12", col: 20, refs: { "9": 12, "10": 14, "11": 16, "12": 18 } },
      { text: "14=7+13", expression: "7+13", col: 22, refs: { "7": 8, "13": 20 } },
      { text: "15=14/6x100%", expression: "14/6*100", col: 24, refs: { "14": 22, "6": 6 } },
    ]);
    const { table } = t;
    expect(table.model.codeStyle).toBe("single");
    expect(levelOf(table, "Persentase PPKS yang mendapatkan layanan")).toBe("sasaran");
    expect(rowStarting(table, "Program Rehabilitasi Sosial")).toMatchObject({ level: "program", code: { key: "1.06.04" } });
    expect(rowStarting(table, "Rehabilitasi Sosial Dasar")).toMatchObject({ level: "kegiatan", code: { key: "1.06.04.1.01" } });
    expect(parentOf(table, "Rehabilitasi Sosial Dasar")?.name).toBe("Program Rehabilitasi Sosial");
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Pengukuran kinerja (LKjIP/LAKIP)

const pkSimple: Sheet = {
  name: "PK 2023",
  headerRows: 4,
  text: tsv([
    ["PENGUKURAN KINERJA TAHUN 2023"],
    ["DINAS SOSIAL KABUPATEN BALANGAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [
      "1", "Meningkatnya kesejahteraan sosial Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)",
      "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", "%", "85", "87,25", "102,65",
    ],
    ["", "", "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "%", "100", "100", "100,00"],
    ["2", "Meningkatnya akuntabilitas kinerja Dinas Sosial", "Nilai SAKIP Dinas Sosial", "Nilai", "70", "66,54", "95,06"],
    ["Rata-rata capaian kinerja", "", "", "", "", "", "99,24"],
  ]),
};

const pkWithRenstra: Sheet = {
  name: "PK 2023 renstra",
  headerRows: 3,
  text: tsv([
    ["PENGUKURAN KINERJA TAHUN 2023"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Realisasi 2022", "Target 2023", "Realisasi 2023", "Capaian (%)", "Target Akhir Renstra 2026"],
    ["1", "Meningkatnya kesejahteraan sosial PPKS", "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", "%", "82,10", "85", "87,25", "102,65", "92"],
    ["", "", "Persentase anak terlantar yang terlayani di dalam panti", "%", "90", "95", "93,40", "98,32", "100"],
    ["2", "Menurunnya jumlah penduduk miskin", "Persentase penduduk miskin", "%", "4,82", "4,60", "4,51", "101,96", "4,00"],
  ]),
};

describe("pengukuran kinerja (LKjIP)", () => {
  test.each([["text sheet"], ["typed workbook"]])("Target | Realisasi | Capaian (%s)", async (how) => {
    const grid = (await grids(pkSimple)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("pengukuran-kinerja");
    expect(t.roles).toEqual(["no", "sasaran", "indikator", "satuan", "target/K", "realisasi", "capaian"]);
    expect(t.layout.years).toEqual([]);
    expect(t.sheet).toEqual({ titleRows: [1, 2], headerRows: [4], columnNumberRow: null, firstDataRow: 5, lastDataRow: 8, firstCol: 1, lastCol: 7 });
    expect(t.layout.title).toContain("PENGUKURAN KINERJA TAHUN 2023");
    expect(levelOf(t.table, "Persentase PPKS yang memperoleh")).toBe("sasaran");
    expect(rowStarting(t.table, "Persentase penyandang disabilitas")).toMatchObject({ level: "indicator" });
    expect(parentOf(t.table, "Persentase penyandang disabilitas")?.sasaran).toMatch(/^Meningkatnya kesejahteraan sosial/);
    expect(levelOf(t.table, "Nilai SAKIP")).toBe("sasaran");
  });

  test.each([["text sheet"], ["typed workbook"]])("with last year's realisasi and the Renstra final target (%s)", async (how) => {
    const grid = (await grids(pkWithRenstra)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    // Three header years (2022, 2023, 2026) once made this a kinerja-pelayanan table: the final
    // target's year is the end of the Renstra period, not a year of the table.
    expect(t.layout.kind).toBe("pengukuran-kinerja");
    expect(t.roles).toEqual(["no", "sasaran", "indikator", "satuan", "realisasi2022", "target2023/K", "realisasi2023", "capaian", "targetRenstraAkhir2026/K"]);
    expect(t.layout.years).toEqual([2022, 2023]);
    expect(t.sheet).toEqual({ titleRows: [1], headerRows: [3], columnNumberRow: null, firstDataRow: 4, lastDataRow: 6, firstCol: 1, lastCol: 9 });
    expect(levelOf(t.table, "Persentase penduduk miskin")).toBe("sasaran");
  });

  test("without a title line", () => {
    const t = readOne(tsvToGrid(pkSimple.text.split("\n").slice(3).join("\n"), "PK"));
    expect(t.layout.kind).toBe("pengukuran-kinerja");
    expect(t.layout.titleRows).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4-5. T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan

const tc27Pagu: Sheet = {
  name: "T-C.27",
  headerRows: 5,
  textColumns: [4],
  text: tsv([
    ["", "TABEL T-C.27 RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS SOSIAL PROVINSI KALIMANTAN SELATAN TAHUN 2025-2029"],
    [],
    [
      "", "Tujuan", "Sasaran", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "DO/Formulasi Perhitungan", "Baseline 2024",
      "Target Kinerja Program dan Kerangka Pendanaan", ...blank(9),
      "Kondisi Kinerja pada Akhir Periode Renstra", "", "PD Pengampu", "Lokasi",
    ],
    ["", ...blank(8), "2025", "", "2026", "", "2027", "", "2028", "", "2029", "", "", "", "", ""],
    ["", ...blank(8), ...pairs(6, "Target", "Pagu (Rp)"), "", ""],
    ["", ...range(1, 22).map(String)],
    [
      "", "Meningkatnya kesejahteraan sosial masyarakat", "", "", "", "Persentase PPKS yang tertangani", "%",
      "Jumlah PPKS yang tertangani dibagi jumlah PPKS dikali 100%", "78,50",
      "80,00", "", "82,00", "", "84,00", "", "86,00", "", "88,00", "", "88,00", "", "Dinas Sosial", "Provinsi Kalimantan Selatan",
    ],
    [
      "", "", "Meningkatnya kualitas perlindungan dan jaminan sosial", "", "", "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya", "%",
      "Jumlah fakir miskin yang terpenuhi kebutuhan dasarnya dibagi jumlah fakir miskin dikali 100%", "70,00",
      "72,00", "", "74,00", "", "76,00", "", "78,00", "", "80,00", "", "80,00", "", "Dinas Sosial", "Provinsi Kalimantan Selatan",
    ],
    [
      "", "", "", "1.06.06", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "Persentase fakir miskin yang memperoleh perlindungan sosial", "%",
      "Jumlah fakir miskin yang memperoleh perlindungan sosial dibagi jumlah fakir miskin dikali 100%", "70,00",
      "72,00", "1.150.000.000", "74,00", "1.207.500.000", "76,00", "1.267.875.000", "78,00", "1.331.268.750", "80,00", "1.397.832.188",
      "80,00", "6.354.475.938", "Bidang Perlindungan dan Jaminan Sosial", "Provinsi Kalimantan Selatan",
    ],
    [
      "", "", "", "1.06.06.1.01", "Pengelolaan Data Fakir Miskin Cakupan Daerah Provinsi",
      "Jumlah dokumen hasil pengelolaan data fakir miskin cakupan daerah provinsi", "Dokumen", "Jumlah dokumen yang disusun", "1",
      "1", "1.150.000.000", "1", "1.207.500.000", "1", "1.267.875.000", "1", "1.331.268.750", "1", "1.397.832.188",
      "5", "6.354.475.938", "Bidang Perlindungan dan Jaminan Sosial", "Provinsi Kalimantan Selatan",
    ],
    [
      "", "", "", "1.06.06.1.01.0001", "Pendataan Fakir Miskin Cakupan Daerah Provinsi", "Jumlah rumah tangga miskin yang terdata", "Rumah Tangga",
      "Jumlah rumah tangga miskin hasil verifikasi dan validasi", "21.256",
      "21.500", "650.000.000", "21.500", "682.500.000", "21.500", "716.625.000", "21.500", "752.456.250", "21.500", "790.079.063",
      "21.500", "3.591.660.313", "Bidang Perlindungan dan Jaminan Sosial", "13 Kabupaten/Kota",
    ],
    [
      "", "", "", "", "", "Jumlah dokumen hasil verifikasi dan validasi DTKS", "Dokumen", "Jumlah dokumen yang disusun", "2",
      "2", "", "2", "", "2", "", "2", "", "2", "", "10", "", "Bidang Perlindungan dan Jaminan Sosial", "13 Kabupaten/Kota",
    ],
    [
      "", "", "", "1.06.06.1.01.0002", "Pengelolaan Data Fakir Miskin untuk Pengembangan Sistem Informasi", "Jumlah laporan pengelolaan data fakir miskin", "Laporan",
      "Jumlah laporan yang disusun", "4",
      "4", "500.000.000", "4", "525.000.000", "4", "551.250.000", "4", "578.812.500", "4", "607.753.125",
      "20", "2.762.815.625", "Bidang Perlindungan dan Jaminan Sosial", "Provinsi Kalimantan Selatan",
    ],
    [
      "", "", "", "", "Jumlah", "", "", "", "",
      "", "1.150.000.000", "", "1.207.500.000", "", "1.267.875.000", "", "1.331.268.750", "", "1.397.832.188", "", "6.354.475.938", "", "",
    ],
  ]),
};

const tc27TahunKe: Sheet = {
  name: "Renstra",
  headerRows: 6,
  textColumns: [3],
  text: tsv([
    ["RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN DINAS SOSIAL KABUPATEN ROTE NDAO"],
    ["RENSTRA 2025-2029"],
    [],
    [
      "Tujuan", "Sasaran", "Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja (Satuan)",
      "Target Kinerja dan Kerangka Pendanaan", ...blank(9),
      "Kondisi Kinerja pada Akhir Periode Renstra PD", "Unit Kerja PD Penanggung Jawab", "Lokasi",
    ],
    [...blank(5), "Tahun ke-1", "", "Tahun ke-2", "", "Tahun ke-3", "", "Tahun ke-4", "", "Tahun ke-5", "", "", "", ""],
    [...blank(5), ...pairs(5, "K", "Rp"), "Rp", "", ""],
    range(1, 18).map((n) => `(${n})`),
    [
      "Meningkatnya taraf kesejahteraan sosial masyarakat", "", "", "", "Persentase penurunan jumlah PPKS (%)",
      "2", "", "2", "", "2", "", "2", "", "2", "", "", "Dinas Sosial", "Kabupaten Rote Ndao",
    ],
    [
      "", "Meningkatnya pelayanan rehabilitasi sosial bagi PPKS", "", "", "Persentase PPKS yang mendapatkan rehabilitasi sosial (%)",
      "60", "", "65", "", "70", "", "75", "", "80", "", "", "Dinas Sosial", "Kabupaten Rote Ndao",
    ],
    [
      "", "", "1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS yang tertangani (%)",
      "60", "410.000.000", "65", "430.500.000", "70", "452.025.000", "75", "474.626.250", "80", "498.357.563", "2.265.508.813",
      "Bidang Rehabilitasi Sosial", "Kabupaten Rote Ndao",
    ],
    [
      "", "", "1.06.04.2.02",
      "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      "Jumlah anak terlantar yang terpenuhi kebutuhan dasarnya (Orang)",
      "120", "410.000.000", "125", "430.500.000", "130", "452.025.000", "135", "474.626.250", "140", "498.357.563", "2.265.508.813",
      "Bidang Rehabilitasi Sosial", "Kabupaten Rote Ndao",
    ],
    [
      "", "", "1.06.04.2.02.0003", "Pemberian Permakanan", "Jumlah orang yang mendapatkan permakanan (Orang)",
      "120", "410.000.000", "125", "430.500.000", "130", "452.025.000", "135", "474.626.250", "140", "498.357.563", "2.265.508.813",
      "Bidang Rehabilitasi Sosial", "Kabupaten Rote Ndao",
    ],
  ]),
};

describe("T-C.27 renstra-program", () => {
  test.each([["text sheet"], ["typed workbook"]])("24-column variant with Tujuan/Sasaran, Pagu (Rp), starting at B3 (%s)", async (how) => {
    const grid = (await grids(tc27Pagu)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("renstra-program");
    expect(t.roles).toEqual([
      "tujuan", "sasaran", "kode", "uraian", "indikator", "satuan", "formulasi", "baseline2024",
      ...range(2025, 2029).flatMap((y) => [`target${y}/K`, `rp${y}/Rp`]),
      "finalTarget/K", "finalRp/Rp", "unitPd", "lokasi",
    ]);
    expect(t.layout.columns[0].col).toBe(2);
    expect(t.layout.years).toEqual(range(2025, 2029));
    expect(t.sheet).toEqual({ titleRows: [1], headerRows: [3, 4, 5], columnNumberRow: 6, firstDataRow: 7, lastDataRow: 14, firstCol: 2, lastCol: 23 });
    expect(t.model.range).toBe("B3:W14");
    expect(t.layout.printedFormulas).toEqual([]);
    const { table } = t;
    expect(levelOf(table, "Meningkatnya kesejahteraan sosial masyarakat")).toBe("tujuan");
    expect(levelOf(table, "Meningkatnya kualitas perlindungan")).toBe("sasaran");
    expect(parentOf(table, "Meningkatnya kualitas perlindungan")?.level).toBe("tujuan");
    expect(rowStarting(table, "PROGRAM PERLINDUNGAN")).toMatchObject({ level: "program", code: { key: "1.06.06" } });
    expect(parentOf(table, "PROGRAM PERLINDUNGAN")?.level).toBe("sasaran");
    expect(rowStarting(table, "Pengelolaan Data Fakir Miskin Cakupan")).toMatchObject({ level: "kegiatan", code: { key: "1.06.06.1.01" } });
    expect(rowStarting(table, "Pendataan Fakir Miskin")).toMatchObject({ level: "subkegiatan", code: { key: "1.06.06.1.01.0001" } });
    expect(rowStarting(table, "Pengelolaan Data Fakir Miskin untuk")).toMatchObject({ level: "subkegiatan", code: { key: "1.06.06.1.01.0002" } });
    // A row with an empty Kode under a coded row carries a further indicator of that row.
    const extra = rowStarting(table, "Jumlah dokumen hasil verifikasi");
    expect(extra.level).toBe("indicator");
    expect(table.model.rows[extra.continues!].name).toBe("Pendataan Fakir Miskin Cakupan Daerah Provinsi");
    expect(table.model.rows.find((r) => r.name === "Jumlah")?.level).toBe("total");
  });

  test.each([["text sheet"], ["typed workbook"]])("20-column variant: K/Rp, Tahun ke-n resolved from the title, kondisi akhir Rp only (%s)", async (how) => {
    const grid = (await grids(tc27TahunKe)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("renstra-program");
    expect(t.roles).toEqual([
      "tujuan", "sasaran", "kode", "uraian", "indikator",
      ...range(2025, 2029).flatMap((y) => [`target${y}/K`, `rp${y}/Rp`]),
      "finalRp/Rp", "unitPd", "lokasi",
    ]);
    expect(t.layout.columns.filter((c) => c.role === "target").map((c) => c.yearIndex)).toEqual([1, 2, 3, 4, 5]);
    expect(t.layout.years).toEqual(range(2025, 2029));
    expect(t.layout.missingRoles).toEqual([]);
    expect(t.sheet).toEqual({ titleRows: [1, 2], headerRows: [4, 5, 6], columnNumberRow: 7, firstDataRow: 8, lastDataRow: 12, firstCol: 1, lastCol: 18 });
    expect(t.layout.columns.map((c) => c.number)).toEqual(range(1, 18).map(String));
    const { table } = t;
    expect(levelOf(table, "Meningkatnya taraf kesejahteraan")).toBe("tujuan");
    expect(levelOf(table, "Meningkatnya pelayanan rehabilitasi")).toBe("sasaran");
    expect(rowStarting(table, "Program Rehabilitasi Sosial")).toMatchObject({ level: "program", indicator: "Persentase PPKS yang tertangani (%)" });
    expect(levelOf(table, "Rehabilitasi Sosial Dasar")).toBe("kegiatan");
    expect(rowStarting(table, "Pemberian Permakanan")).toMatchObject({ level: "subkegiatan", code: { key: "1.06.04.2.02.0003" } });
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Typos, wrapped words, no column-number row

const tc27Typos: Sheet = {
  name: "Tabel 6.1",
  headerRows: 5,
  textColumns: [1],
  text: tsv([
    ["Tabel 6.1"],
    ["Rencana Program, Kegiatan dan Pendanaan Dinas Sosial Kabupaten Balangan"],
    [
      "Kode", "Progam, Kegiatan dan Sub Kegiatan", "Indikaor Kinerja Program (outcome) dan Kegiatan (output)", "Sa- tuan",
      "Data Capaian pada Tahun Awal Perencanaan", "Target Kinerja Program dan Kerangka Pendanaan", ...blank(9),
      "Kondisi Kinerja pada akhir periode Renstra", "", "Unit Kerja Perangkat Daerah Penanggung-jawab", "Lo- kasi",
    ],
    ["", "", "", "", "(2020)", "Tahun 2021", "", "Tahun 2022", "", "Tahun 2023", "", "Tahun 2024", "", "Tahun 2025", "", "", "", "", ""],
    [...blank(5), ...pairs(6, "Target", "Rp"), "", ""],
    [
      "1 06 01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Nilai SAKIP Dinas Sosial", "Nilai", "66,54",
      "76,47", "12.850.000.000", "76,48", "13.210.500.000", "76,49", "13.605.000.000", "76,50", "14.010.250.000", "76,51", "14.437.800.000",
      "76,51", "68.113.550.000", "Sekretariat", "Kabupaten Balangan",
    ],
    [
      "1 06 01 2 01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase dokumen perencanaan yang tepat waktu", "%", "100",
      "100", "87.026.000", "100", "91.377.300", "100", "95.946.165", "100", "100.743.473", "100", "105.780.647",
      "100", "480.873.585", "Sekretariat", "Kabupaten Balangan",
    ],
    [
      "1 06 01 2 01 01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan perangkat daerah", "Dokumen", "2",
      "2", "55.766.000", "2", "58.554.300", "2", "61.482.015", "2", "64.556.116", "2", "67.783.922",
      "10", "308.142.353", "Sekretariat", "Kabupaten Balangan",
    ],
  ]),
};

/** E.81 as converted from a PDF: hyphen-wrapped words, "Progam", "PD" for Perangkat Daerah, no number row. */
const e81Wrapped: Sheet = {
  name: "E81 pdf",
  headerRows: 4,
  text: tsv([
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"],
    [
      "No", "Sasaran", "Progam/ Kegiatan", "Indika- tor Kinerja Program (outcome)/ Kegiatan (output)",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "",
      "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)", "",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi", "",
      "Realisasi Kinerja Pada Triwulan", ...blank(7),
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", "",
      "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2024", "",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d tahun 2024 (%)", "",
      "Unit PD Penang- gung Jawab", "Ketera- ngan",
    ],
    [...blank(10), ...e81Quarters],
    [...blank(4), ...e81KRp],
    [
      "1", "Meningkatnya penanganan PPKS", "Program Rehabilitasi Sosial", "Persentase PPKS yang tertangani",
      "90", "4.750.000.000", "84", "2.815.400.000", "86", "1.020.000.000", "86", "210.300.000", "86", "245.800.000",
      "86", "262.150.000", "86", "289.640.000", "86", "1.007.890.000", "86", "3.823.290.000", "95,56", "80,49", "Dinas Sosial", "",
    ],
  ]),
};

/** E.81 with short quarter headers "TW I" … "TW IV" under a group title that does not say "triwulan". */
const e81Tw: Sheet = {
  name: "E81 tw",
  headerRows: 4,
  text: tsv([
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024"],
    [
      "No", "Sasaran", "Program/Kegiatan", "Indikator Kinerja",
      "Target Renstra PD Tahun 2026", "", "Realisasi Renstra PD s/d Tahun Lalu (2023)", "", "Target Renja PD Tahun 2024", "",
      "Realisasi Kinerja dan Anggaran", ...blank(7),
      "Realisasi Renja PD yang Dievaluasi", "", "Realisasi Renstra PD s/d Tahun 2024", "", "Tingkat Capaian Renstra PD s/d Tahun 2024 (%)", "",
      "Unit PD Penanggung Jawab", "Keterangan",
    ],
    [...blank(10), "TW I", "", "TW II", "", "TW III", "", "TW IV", "", ...blank(8)],
    [...blank(4), ...e81KRp],
    [
      "1", "Meningkatnya penanganan PPKS", "Program Rehabilitasi Sosial", "Persentase PPKS yang tertangani",
      "90", "4.750.000.000", "84", "2.815.400.000", "86", "1.020.000.000", "86", "210.300.000", "86", "245.800.000",
      "86", "262.150.000", "86", "289.640.000", "86", "1.007.890.000", "86", "3.823.290.000", "95,56", "80,49", "Dinas Sosial", "",
    ],
  ]),
};

describe("header typos and wrapped words", () => {
  test.each([["text sheet"], ["typed workbook"]])("T-C.27 with 'Progam', 'Indikaor', 'Sa- tuan', 'Lo- kasi' and no column-number row (%s)", async (how) => {
    const grid = (await grids(tc27Typos)).find(([h]) => h === how)![1];
    const t = readOne(grid);
    expect(t.layout.kind).toBe("renstra-program");
    expect(t.roles).toEqual([
      "kode", "uraian", "indikator", "satuan", "baseline2020",
      ...range(2021, 2025).flatMap((y) => [`target${y}/K`, `rp${y}/Rp`]),
      "finalTarget/K", "finalRp/Rp", "unitPd", "lokasi",
    ]);
    expect(t.layout.years).toEqual(range(2021, 2025));
    expect(t.sheet).toEqual({ titleRows: [1, 2], headerRows: [3, 4, 5], columnNumberRow: null, firstDataRow: 6, lastDataRow: 8, firstCol: 1, lastCol: 19 });
    expect(t.layout.columns.every((c) => c.number === undefined)).toBe(true);
    const { table } = t;
    expect(table.model.codeStyle).toBe("single");
    expect(rowStarting(table, "PROGRAM PENUNJANG")).toMatchObject({ level: "program", code: { key: "1.06.01" } });
    expect(rowStarting(table, "Perencanaan, Penganggaran")).toMatchObject({ level: "kegiatan", code: { key: "1.06.01.2.01" } });
    expect(rowStarting(table, "Penyusunan Dokumen")).toMatchObject({ level: "subkegiatan", code: { key: "1.06.01.2.01.01" } });
  });

  test("E.81 converted from a PDF: hyphen-wrapped header words", () => {
    const t = readOne(tsvToGrid(e81Wrapped.text, e81Wrapped.name));
    expect(t.layout.kind).toBe("evaluasi-renja-triwulan");
    expect(t.roles).toEqual(["no", "sasaran", "uraian", "indikator", ...E81_ROLES_VALUES]);
    expect(t.sheet).toMatchObject({ titleRows: [1], headerRows: [2, 3, 4], columnNumberRow: null, firstDataRow: 5 });
    expect(t.layout.printedFormulas).toEqual([]);
  });

  test("E.81 with 'TW I' … 'TW IV' quarter headers", () => {
    const t = readOne(tsvToGrid(e81Tw.text, e81Tw.name));
    expect(t.layout.kind).toBe("evaluasi-renja-triwulan");
    expect(t.roles).toEqual(["no", "sasaran", "uraian", "indikator", ...E81_ROLES_VALUES]);
    expect(t.layout.years).toEqual([2023, 2024]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Sheets with no table

describe("no table on the sheet", () => {
  test("a sheet with only title lines", () => {
    const text = tsv([
      ["RENCANA STRATEGIS DINAS SOSIAL KABUPATEN BALANGAN TAHUN 2021-2026"],
      [],
      ["BAB VI RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN"],
    ]);
    expect(readTables(tsvToGrid(text, "Judul"))).toEqual([]);
  });

  test("a list of names with a few header-like words", () => {
    const text = tsv([
      ["DAFTAR NAMA PEGAWAI DINAS SOSIAL"],
      ["No", "Nama", "NIP", "Jabatan", "Keterangan"],
      ["1", "Drs. H. Ahmad Rizani, M.Si", "19680512 199303 1 007", "Kepala Dinas", "PNS"],
      ["2", "Siti Nurhayati, S.Sos", "19750821 200212 2 004", "Sekretaris", "PNS"],
      ["3", "Rahmadi, S.E", "19800105 200604 1 012", "Kepala Bidang Perlindungan dan Jaminan Sosial", "PNS"],
      [],
      ["Catatan: program dan kegiatan tahun 2024 mengikuti Renja Perangkat Daerah."],
      ["Target", "dan realisasi", "kinerja dibahas pada rapat evaluasi triwulan"],
    ]);
    expect(readTables(tsvToGrid(text, "Pegawai"))).toEqual([]);
  });

  test("an empty grid", () => {
    expect(readTables({ sheet: "Kosong", originRow: 1, originCol: 1, values: [] })).toEqual([]);
    expect(readTables({ sheet: "Kosong", originRow: 1, originCol: 1, values: [[null, null], [null], []] })).toEqual([]);
    expect(readTables(tsvToGrid("", "Kosong"))).toEqual([]);
  });
});
