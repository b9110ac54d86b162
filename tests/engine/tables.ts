/**
 * Hand-made tables for the engine tests, typed the way planners type them, with the cases a real
 * engine must agree on: positive and negative indicators (guessed, and set by an "Arah" column), zero
 * and missing targets, rounding edges (x.xx5 that binary floating point puts on either side), text
 * inputs that only "Rapikan angka" makes usable, wrong printed results, and the E.81 footer.
 * Printed computed cells are left as planners left them: some right, some wrong, some empty.
 */
const tsv = (rows: string[][]): string => rows.map((r) => r.join("\t")).join("\n") + "\n";
const blank = (n: number): string[] => Array<string>(n).fill("");

/** One E.81 data row: No, Sasaran, Program/Kegiatan, Indikator, then K/Rp pairs of columns 5-14. */
export function e81Row(no: string, sasaran: string, program: string, indikator: string, pairs: [string, string][], unit = "Dinas Sosial"): string[] {
  return [no, sasaran, program, indikator, ...pairs.flat(), unit, ""];
}

/** The E.81 header block as the form prints it (2024 evaluated, Renstra ending 2026) with its column-number row. */
export const E81_HEADER: string[][] = [
  [
    "No", "Sasaran", "Program/Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra Perangkat Daerah)", "",
    "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2023)", "",
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi", "",
    "Realisasi Kinerja Pada Triwulan", ...blank(7),
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "",
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024", "",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d tahun 2024 (%)", "",
    "Unit Perangkat Daerah Penanggung Jawab", "Keterangan",
  ],
  [...blank(10), "I", "", "II", "", "III", "", "IV", "", ...blank(8)],
  [...blank(4), ...Array.from({ length: 10 }, () => ["K", "Rp"]).flat(), "", ""],
  ["1", "2", "3", "4", "5", "", "6", "", "7", "", "8", "", "9", "", "10", "", "11", "", "12=8+9+10+11", "", "13=6+12", "", "14=13/5x100%", "", "15", "16"],
];

export const E81 = {
  name: "E81",
  headerRows: 8,
  text: tsv([
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH DINAS SOSIAL TAHUN 2024"],
    ["Periode Pelaksanaan: Triwulan IV"],
    [],
    ...E81_HEADER,
    [],
    // Positive, nilai akhir; the printed 14 is right.
    e81Row("1", "Meningkatnya penanganan PPKS", "", "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", [
      ["80", ""], ["72", ""], ["75", ""], ["70", ""], ["72", ""], ["74", ""], ["76", ""], ["76", ""], ["76", ""], ["95,00", ""],
    ]),
    // Money: printed Rp sums with one wrong (12 Rp), 14 Rp as a rounding edge.
    e81Row("", "", "Program Perlindungan dan Jaminan Sosial", "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya di dalam panti", [
      ["100", "1.200.000.000"], ["90", "690.000.000"], ["95", "240.000.000"],
      ["95", "52.000.000"], ["95", "61.500.000"], ["95", "63.000.000"], ["95", "58.750.000"],
      ["95", "236.250.000"], ["95", "925.250.000"], ["95,00", "77,10"],
    ]),
    // Cumulative, counts: 12 and 13 sum; the printed 14 is wrong.
    e81Row("", "", "Pemeliharaan Anak-Anak Terlantar di dalam Panti", "Jumlah anak terlantar yang terpenuhi kebutuhan dasarnya (orang)", [
      ["500", "900.000.000"], ["290", "520.000.000"], ["110", "180.000.000"],
      ["25", "40.000.000"], ["30", "45.000.000"], ["30", "47.000.000"], ["25", "43.500.000"],
      ["110", "175.500.000"], ["400", "695.500.000"], ["85,00", "77,28"],
    ]),
    // Text inputs: counts with their unit and rupiah written as text; nothing computed printed.
    e81Row("", "", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah dokumen hasil pengelolaan data fakir miskin", [
      ["5 Dokumen", "Rp 300.000.000,00"], ["3 Dokumen", "Rp 170.000.000,00"], ["1 Dokumen", "Rp 60.000.000,00"],
      ["0 Dokumen", "Rp 12.000.000,50"], ["0 Dokumen", "Rp 16.500.000,00"], ["0 Dokumen", "Rp 16.000.000,00"], ["1 Dokumen", "Rp 15.250.000,25"],
      ["", ""], ["", ""], ["", ""],
    ]),
    // Negative indicator (lower is better): (2T − R)/T by default.
    e81Row("2", "Menurunnya angka kemiskinan", "", "Persentase penduduk miskin", [
      ["4,00", ""], ["4,60", ""], ["4,50", ""], ["4,55", ""], ["4,53", ""], ["4,52", ""], ["4,51", ""], ["4,51", ""], ["4,51", ""], ["87,25", ""],
    ]),
    // Zero target: no capaian (an empty cell, never #DIV/0!); the printed 0 is replaced.
    e81Row("", "", "Program Penanganan Bencana", "Jumlah korban bencana alam yang mendapat bantuan (orang)", [
      ["0", "0"], ["0", "0"], ["0", "0"], ["0", ""], ["0", ""], ["0", ""], ["0", ""], ["0", "0"], ["0", "0"], ["0", "0"],
    ]),
    ["Rata-rata capaian kinerja (%)", ...blank(21), "90,00", "", "", ""],
    ["Predikat kinerja", ...blank(21), "Tinggi", "", "", ""],
  ]),
};

export const PENGUKURAN = {
  name: "PK 2024",
  headerRows: 4,
  text: tsv([
    ["PENGUKURAN KINERJA TAHUN 2024"],
    ["DINAS SOSIAL"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Arah", "Target", "Realisasi", "Capaian (%)"],
    ["1", "Meningkatnya kesejahteraan sosial PPKS", "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", "%", "", "85", "87,25", "102,65"],
    // R/T × 100 = 87,505 exactly: half-up gives 87,51; binary floating point sits just below.
    ["", "", "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "%", "", "200", "175,01", "87,50"],
    // 1,005: the classic x.xx5 that R/T*100 in floating point rounds down.
    ["", "", "Persentase lanjut usia terlantar yang mendapat layanan", "%", "", "1.000", "10,05", ""],
    ["2", "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", "", "4,60", "4,51", "101,96"],
    ["", "", "Angka kematian ibu melahirkan", "per 100.000", "", "98", "101", "96,94"],
    // Guessed positive, set negative by the planner's Arah column.
    ["", "", "Rata-rata lama waktu penyelesaian pengaduan", "Hari", "Negatif", "14", "12", "85,71"],
    ["3", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Dinas Sosial", "Nilai", "", "70", "66,54", "95,06"],
    ["", "", "Jumlah dokumen perencanaan yang disusun", "Dokumen", "", "12 Dokumen", "10 Dokumen", ""],
    ["", "", "Jumlah pengaduan kasus baru yang ditindaklanjuti", "Kasus", "", "0", "3", "0"],
    ["", "", "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", "", "100", "", ""],
    ["", "", "Indeks kepuasan masyarakat", "Indeks", "", "3", "2", "66,67"],
  ]),
};
