import { PREDIKAT_SCALES, predikatScale } from "../../core/compute";
import { arahSifatPlan, normalizeAndRecalcPlan, recalcPlan, rowNature } from "../../core/recalc";
import { readTables } from "../../core/read-tables";
import { tsvToGrid } from "../support/tsv-to-xlsx";
import { E81_HEADER, e81Row } from "../engine/tables";
import { applyValues, tableOf, typedTableOf, writeAt } from "./recalc-support";

/**
 * The recalculation Plan per table kind on small hand-made tables: the exact formula text of every
 * computed cell, the core's exact result (`expected`), formats, notes, and the values a person typed
 * that change. Typed tables get formulas; text tables get values with the reason, or formulas after
 * "Rapikan angka".
 */

const blank = (n: number): string[] => Array<string>(n).fill("");

// ---------------------------------------------------------------------------------------------
// kinerja-pelayanan (T-C.23)

const TC23 = [
  ["No", "Indikator Kinerja", "Target Renstra Perangkat Daerah Tahun ke-", "", "Realisasi Capaian Tahun Ke-", "", "Rasio Capaian pada Tahun ke-", ""],
  ["", "", "2019", "2020", "2019", "2020", "2019", "2020"],
  ["1", "Persentase PMKS yang tertangani", "35,12%", "30%", "12,24%", "65,84%", "34,85%", "219,47%"],
  ["2", "Rasio kekerasan terhadap perempuan", "1,47%", "1,44%", "0,09%", "1,38%", "193,88%", ""],
  ["3", "Persentase desa berkembang", "0", "", "35,29", "81,7", "", "177%"],
  ["4", "Persentase desa mandiri", "39,61 %", "-", "35,29", "-", "89,09 %", "-"],
];

describe("kinerja-pelayanan: rasio = capaian(target, realisasi) by direction", () => {
  test("typed numbers: live formulas, positive R/T and negative (2T − R)/T, guarded against 0 and blanks", async () => {
    const plan = recalcPlan(await typedTableOf(TC23, 2));
    expect(writeAt(plan, "G3")).toMatchObject({ formula: '=IF(OR(C3="",C3=0,E3=""),"",ROUND(E3/C3*100,2))', expected: "34.85", numberFormat: '0.00"%"' });
    expect(writeAt(plan, "H3")).toMatchObject({ formula: '=IF(OR(D3="",D3=0,F3=""),"",ROUND(F3/D3*100,2))', expected: "219.47" });
    expect(writeAt(plan, "G4")).toMatchObject({ formula: '=IF(OR(C4="",C4=0,E4=""),"",ROUND((2*C4-E4)/C4*100,2))', expected: "193.88" });
    // The empty printed cell gets its value; the zero target gives an empty cell, not #DIV/0!.
    expect(writeAt(plan, "H4")).toMatchObject({ expected: "104.17" });
    expect(writeAt(plan, "G5")).toMatchObject({ expected: "" });
    // A printed 177 % over an empty target is reported before it is overwritten.
    expect(plan.changed).toContainEqual({ row: 5, col: 8, previous: expect.any(String), next: "" });
  });

  test("the inverse method for negative indicators: T/R × 100, guarded against R = 0", async () => {
    const plan = recalcPlan(await typedTableOf(TC23, 2), { negative: "inverse" });
    expect(writeAt(plan, "G4")).toMatchObject({ formula: '=IF(OR(C4="",C4=0,E4="",E4=0),"",ROUND(C4/E4*100,2))', expected: "1633.33" });
    expect(plan.changed).toContainEqual({ row: 4, col: 7, previous: "193,88%", next: "1.633,33%" });
  });

  test("a header note states the formula of each computed column", async () => {
    const plan = recalcPlan(await typedTableOf(TC23, 2));
    const note = plan.writes.find((w) => w.row === 2 && w.col === 7 && w.formula === undefined && w.value === undefined)?.note;
    expect(note).toContain("Capaian = E / C × 100");
    expect(note).toContain("indikator negatif: (2×C − E) / C × 100");
  });

  test("text inputs: the value is written with the reason in Bahasa Indonesia", () => {
    const plan = recalcPlan(tableOf(TC23));
    const w = writeAt(plan, "G3")!;
    expect(w.formula).toBeUndefined();
    expect(w).toMatchObject({ value: 34.85, expected: "34.85" });
    expect(w.note).toContain("Nilai dihitung oleh Tabel Renstra karena sel masukan E3, C3 berisi teks; jalankan Rapikan angka agar rumus dapat dipakai.");
    // Dashes: nothing to compute and nothing printed but a dash, so the cell is left alone.
    expect(writeAt(plan, "H6")).toBeUndefined();
  });

  test("after Rapikan angka: formulas; a percent stored as a fraction beside percent units is scaled by 100", () => {
    const plan = normalizeAndRecalcPlan(tableOf(TC23));
    expect(writeAt(plan, "C3")).toMatchObject({ value: 0.3512, numberFormat: "0.00%" });
    expect(writeAt(plan, "G3")).toMatchObject({ formula: '=IF(OR(C3="",C3=0,E3=""),"",ROUND(E3/C3*100,2))', expected: "34.85" });
    // 39,61 % becomes 0.3961, 35,29 stays 35.29: the ratio stays 89,09 %.
    expect(writeAt(plan, "G6")).toMatchObject({ formula: '=IF(OR(C6="",C6=0,E6=""),"",ROUND(E6/(C6*100)*100,2))', expected: "89.09" });
    // A dash stays a dash: the result is computed as a value, with the reason.
    expect(writeAt(plan, "D6")).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// pengukuran-kinerja: rounding edges, the Arah column, an average row

const PK = [
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Arah", "Target", "Realisasi", "Capaian (%)"],
  // 175,01/200 = 87,505 exactly: half-up 87,51 (binary floating point sits just below).
  ["1", "Meningkatnya kesejahteraan", "Persentase disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "%", "", "200", "175,01", "87,50"],
  // 10,05/1000 = 1,005: the classic x.xx5.
  ["", "", "Persentase lanjut usia terlantar yang mendapat layanan", "%", "", "1.000", "10,05", ""],
  // Guessed positive, negative by the Arah column.
  ["", "", "Rata-rata lama waktu penyelesaian pengaduan", "Hari", "Negatif", "14", "12", "85,71"],
  ["", "", "Jumlah pengaduan yang ditindaklanjuti", "Kasus", "", "0", "3", "0"],
  ["Rata-rata capaian kinerja", "", "", "", "", "", "", ""],
];

describe("pengukuran-kinerja", () => {
  test("x.xx5 rounds half-up exactly; the Arah column overrides the guess; zero target → empty", async () => {
    const table = await typedTableOf(PK, 1);
    expect(rowNature(table.model.rows[2])).toMatchObject({ direction: "negative", directionFrom: "kolom" });
    const plan = recalcPlan(table);
    expect(writeAt(plan, "H2")).toMatchObject({ formula: '=IF(OR(F2="",F2=0,G2=""),"",ROUND(G2/F2*100,2))', expected: "87.51" });
    expect(writeAt(plan, "H3")).toMatchObject({ expected: "1.01" });
    expect(writeAt(plan, "H4")).toMatchObject({ formula: '=IF(OR(F4="",F4=0,G4=""),"",ROUND((2*F4-G4)/F4*100,2))', expected: "114.29" });
    expect(writeAt(plan, "H5")).toMatchObject({ expected: "" });
    expect(plan.changed).toEqual([
      { row: 2, col: 8, previous: "87,50", next: "87,51" },
      { row: 4, col: 8, previous: "85,71", next: "114,29" },
      { row: 5, col: 8, previous: "0", next: "" },
    ]);
    // The average row: AVERAGE leaves out the empty capaian; (87,51 + 1,01 + 114,29)/3 = 67,60.
    expect(writeAt(plan, "H6")).toMatchObject({ formula: '=IF(COUNT(H2:H5)=0,"",ROUND(AVERAGE(H2:H5),2))', expected: "67.6" });
  });
});

// ---------------------------------------------------------------------------------------------
// anggaran-realisasi (T-C.24)

const TC24 = [
  ["Uraian", "Anggaran Pada Tahun ke-", "", "", "Realisasi Anggaran Pada Tahun ke-", "", "", "Rasio Antara realisasi dan Anggaran Pada Tahun ke-", "", "", "Rata-Rata Pertumbuhan", ""],
  ["", "2018", "2019", "2020", "2018", "2019", "2020", "2018", "2019", "2020", "Anggaran", "Realisasi"],
  ["Program A", "1.000.000", "1.200.000", "1.100.000", "900.000", "1.150.000", "1.000.000", "90", "96", "91", "50.000", "50.000"],
  ["Program B", "2.000.000", "2.000.000", "2.600.000", "1.000.000", "1.990.000", "2.470.000", "50", "100", "95", "300.000", "735.000"],
  ["Program C", "500.000", "0", "700.000", "500.000", "0", "650.000", "100", "", "93", "100.000", "75.000"],
];

describe("anggaran-realisasi", () => {
  test("rasio = realisasi/anggaran × 100 at the table's 0 decimals; growth by the table's formula", async () => {
    const plan = recalcPlan(await typedTableOf(TC24, 2));
    expect(writeAt(plan, "H3")).toMatchObject({ formula: '=IF(OR(E3="",B3="",B3=0),"",ROUND(E3/B3*100,0))', expected: "90", numberFormat: "0" });
    // 1.990.000/2.000.000 = 99,5 → 100 half-up.
    expect(writeAt(plan, "I4")).toMatchObject({ expected: "100" });
    // Anggaran 0: no rasio.
    expect(writeAt(plan, "I5")).toMatchObject({ expected: "" });
    // The rows follow (X2020 − X2018)/2: a live formula, unrounded.
    expect(writeAt(plan, "K3")).toMatchObject({ formula: "=(D3-B3)/2", expected: "50000" });
    expect(writeAt(plan, "L4")).toMatchObject({ formula: "=(G4-E4)/2", expected: "735000" });
  });
});

// ---------------------------------------------------------------------------------------------
// evaluasi-renja (T-C.29), printed formulas

const TC29 = [
  ["Kode", "Program/Kegiatan", "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", "Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun s/d 2024", "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan Tahun 2021", "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu (2022)", "", "", "Target Program dan Kegiatan (Renja Perangkat Daerah Tahun 2023)", "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun berjalan", ""],
  ["", "", "", "", "", "Target Renja Perangkat Daerah Tahun (2022)", "Realisasi Renja Perangkat Daerah Tahun (2022)", "Tingkat Realisasi (%)", "", "Realisasi Capaian Program dan Kegiatan s/d Tahun berjalan (tahun 2024)", "Tingkat Capaian Realisasi Target Renstra (%)"],
  ["1", "2", "3", "4", "5", "6", "7", "8 = (7/6)", "9", "10 = (5+7+9)", "11 = (10/4)"],
  ["1 06 01", "Program Penunjang", "Meningkatnya pelayanan administrasi", "8,441,835,600", "2,127,238,352", "2,255,287,000", "2,198,990,401", "97.50%", "2,251,637,450", "6,577,866,203", "77.92%"],
  ["1 06 02", "Program Rehabilitasi", "Jumlah dokumen yang disusun", "12", "3", "4", "4", "100.00%", "4", "10", "80.00%"],
  ["1 06 03", "Program Perlindungan", "Persentase PPKS yang tertangani", "80", "60", "70", "65", "92.86%", "75", "200", "250.00%"],
  ["1 06 04", "Program Bencana", "Jumlah korban bencana yang dilayani", "0", "0", "0", "0", "0%", "0", "0", "0%"],
];

describe("evaluasi-renja: the printed formulas", () => {
  test("8 = 7/6, 10 = 5+7+9 for money and cumulative rows, the latest value for end-value indicators, 11 = 10/4", async () => {
    const plan = recalcPlan(await typedTableOf(TC29, 3, "en"));
    expect(writeAt(plan, "H4")).toMatchObject({ formula: '=IF(OR(G4="",F4="",F4=0),"",ROUND(G4/F4*100,2))', expected: "97.5" });
    expect(writeAt(plan, "J4")).toMatchObject({ formula: "=SUM(E4,G4,I4)", expected: "6577866203" });
    expect(writeAt(plan, "J5")).toMatchObject({ formula: "=SUM(E5,G5,I5)", expected: "11" });
    expect(writeAt(plan, "J6")).toMatchObject({ formula: '=IF(I6<>"",I6,IF(G6<>"",G6,IF(E6<>"",E6,"")))', expected: "75" });
    // 11 reads the new 10: 11/12 and 75/80.
    expect(writeAt(plan, "K5")).toMatchObject({ expected: "91.67" });
    // A kinerja row of "11 = (10/4)" is that indicator's capaian (direction-aware, never R/T for a negative one).
    expect(writeAt(plan, "K6")).toMatchObject({ formula: '=IF(OR(D6="",D6=0,J6=""),"",ROUND(J6/D6*100,2))', expected: "93.75" });
    // A money row keeps the printed quotient.
    expect(writeAt(plan, "K4")).toMatchObject({ formula: '=IF(OR(J4="",D4="",D4=0),"",ROUND(J4/D4*100,2))', expected: "77.92" });
    // 0/0: empty, and the printed 0% is reported.
    expect(writeAt(plan, "H7")).toMatchObject({ expected: "" });
    expect(plan.changed).toEqual(
      expect.arrayContaining([
        { row: 5, col: 10, previous: "10", next: "11" },
        { row: 6, col: 10, previous: "200", next: "75" },
        { row: 7, col: 8, previous: "0%", next: "" },
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// evaluasi-renja-triwulan (E.81)

const E81 = [
  ...E81_HEADER,
  e81Row("1", "Meningkatnya penanganan PPKS", "", "Persentase PPKS yang memperoleh bantuan sosial", [
    ["80", ""], ["72", ""], ["75", ""], ["70", ""], ["72", ""], ["74", ""], ["76", ""], ["76", ""], ["76", ""], ["95,00", ""],
  ]),
  e81Row("", "", "Program Perlindungan Sosial", "Jumlah anak terlantar yang terpenuhi kebutuhan dasarnya (orang)", [
    ["500", "900.000.000"], ["290", "520.000.000"], ["110", "180.000.000"],
    ["25", "40.000.000"], ["30", "45.000.000"], ["30", "47.000.000"], ["25", "43.500.000"],
    ["110", "175.500.000"], ["400", "695.500.000"], ["85,00", "77,28"],
  ]),
  e81Row("2", "Menurunnya angka kemiskinan", "", "Persentase penduduk miskin", [
    ["4,00", ""], ["4,60", ""], ["4,50", ""], ["4,55", ""], ["4,53", ""], ["4,52", ""], ["4,51", ""], ["4,51", ""], ["4,51", ""], ["87,25", ""],
  ]),
  ["Rata-rata capaian kinerja (%)", ...blank(21), "90,00", "", "", ""],
  ["Predikat kinerja", ...blank(21), "Tinggi", "", "", ""],
];

describe("evaluasi-renja-triwulan (E.81)", () => {
  test("12 = 8+9+10+11, 13 = 6+12 (sums for cumulative and Rp, the latest value for levels), 14 = 13/5 by direction", async () => {
    const plan = recalcPlan(await typedTableOf(E81, 4));
    expect(writeAt(plan, "S6")).toMatchObject({ formula: "=SUM(K6,M6,O6,Q6)", expected: "110" });
    expect(writeAt(plan, "T6")).toMatchObject({ formula: "=SUM(L6,N6,P6,R6)", expected: "175500000" });
    expect(writeAt(plan, "U6")).toMatchObject({ formula: "=SUM(G6,S6)", expected: "400" });
    expect(writeAt(plan, "W6")).toMatchObject({ formula: '=IF(OR(E6="",E6=0,U6=""),"",ROUND(U6/E6*100,2))', expected: "80" });
    expect(writeAt(plan, "X6")).toMatchObject({ formula: '=IF(OR(V6="",F6="",F6=0),"",ROUND(V6/F6*100,2))', expected: "77.28" });
    // A level indicator: 12 is the latest quarter, 13 the latest value.
    expect(writeAt(plan, "S5")).toMatchObject({ formula: '=IF(Q5<>"",Q5,IF(O5<>"",O5,IF(M5<>"",M5,IF(K5<>"",K5,""))))', expected: "76" });
    // Negative: (2×4 − 4,51)/4 = 87,25.
    expect(writeAt(plan, "W7")).toMatchObject({ formula: '=IF(OR(E7="",E7=0,U7=""),"",ROUND((2*E7-U7)/E7*100,2))', expected: "87.25" });
  });

  test("the footer: Rata-rata capaian = AVERAGE of 14 K, Predikat kinerja = the scale's nested IFs over it", async () => {
    const table = await typedTableOf(E81, 4);
    const plan = recalcPlan(table);
    // (95 + 80 + 87,25)/3 = 87,42; Tinggi (≥ 76).
    expect(writeAt(plan, "W8")).toMatchObject({ formula: '=IF(COUNT(W5:W7)=0,"",ROUND(AVERAGE(W5:W7),2))', expected: "87.42" });
    const predikat = writeAt(plan, "W9")!;
    expect(predikat.formula).toBe(
      '=IF(W8="","",IF(W8>=91,"Sangat Tinggi",IF(W8>=76,"Tinggi",IF(W8>=66,"Sedang",IF(W8>=51,"Rendah","Sangat Rendah")))))',
    );
    expect(predikat.expected).toBe("Tinggi");
    expect(plan.changed).toContainEqual({ row: 8, col: 23, previous: "90,00", next: "87,42" });
    const berhasil = recalcPlan(table, { scale: predikatScale("berhasil")! });
    expect(writeAt(berhasil, "W9")!.expected).toBe("Berhasil");
  });

  test("the predikat at its boundary: an average of exactly 91 is Sangat Tinggi, 90,99 Tinggi", async () => {
    const at = (k: string) => {
      const rows = E81.map((r) => [...r]);
      rows[4] = e81Row("1", "Meningkatnya penanganan PPKS", "", "Persentase PPKS yang memperoleh bantuan sosial", [
        ["100", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], [k, ""], ["", ""], ["", ""], ["", ""],
      ]);
      return rows.filter((_, i) => i !== 5 && i !== 6);
    };
    for (const [k, label] of [["91", "Sangat Tinggi"], ["90,99", "Tinggi"]]) {
      const plan = recalcPlan(tableOf(at(k)));
      expect(writeAt(plan, "W6")!.expected).toBe(label === "Tinggi" ? "90.99" : "91");
      expect(writeAt(plan, "W7")!.expected).toBe(label);
    }
    expect(PREDIKAT_SCALES[0].bands[0]).toEqual({ min: 91, label: "Sangat Tinggi" });
  });
});

// ---------------------------------------------------------------------------------------------
// Arah / Sifat columns

describe("arahSifatPlan", () => {
  test("adds Arah and Sifat right of the table, pre-filled with the guesses; the detector then reads them", () => {
    const grid = tsvToGrid(TC23.map((r) => r.join("\t")).join("\n") + "\n", "Tabel");
    const [table] = readTables(grid);
    const plan = arahSifatPlan(table);
    expect(writeAt(plan, "I2")).toMatchObject({ value: "Arah", bold: true });
    expect(writeAt(plan, "J2")).toMatchObject({ value: "Sifat", bold: true });
    expect(writeAt(plan, "I4")).toMatchObject({ value: "negatif" });
    expect(writeAt(plan, "J3")).toMatchObject({ value: "nilai akhir" });
    // The planner corrects a guess; the recalculation follows the column.
    const edited = applyValues(grid, plan);
    edited.values[2][8] = "negatif";
    const [again] = readTables(edited);
    expect(again.layout.columns.map((c) => c.role)).toEqual(expect.arrayContaining(["arah", "sifat"]));
    expect(rowNature(again.model.rows.find((r) => r.row === 3)!)).toMatchObject({ direction: "negative", directionFrom: "kolom" });
    expect(writeAt(recalcPlan(again), "G3")).toMatchObject({ expected: "165.15" });
  });
});
