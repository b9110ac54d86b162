import { readTables } from "../../core/read-tables";
import { RATIOS_RULES } from "../../core/rules/groups/ratios";
import { growthMismatch } from "../../core/rules/growth-mismatch";
import { ratioMismatch } from "../../core/rules/ratio-mismatch";
import { ratioOver100 } from "../../core/rules/ratio-over-100";
import { ratioRounding } from "../../core/rules/ratio-rounding";
import { ratioUndefined } from "../../core/rules/ratio-undefined";
import { sumMismatch } from "../../core/rules/sum-mismatch";
import type { Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { expectedFindings, recall, validateFixture } from "../support/expected-findings";
import { FIXTURES } from "../support/fixtures";
import { tsvToGrid } from "../support/tsv-to-xlsx";

function run(lines: string[], rules: Rule[] = RATIOS_RULES) {
  const [table] = readTables(tsvToGrid(lines.join("\n"), "Sheet1"));
  return validateTable(table, "id", rules);
}
const brief = (fs: { rule: string; cell: string; expected: string | null; actual: string | null; severity: string }[]) =>
  fs.map((f) => ({ rule: f.rule, cell: f.cell, expected: f.expected, actual: f.actual, severity: f.severity }));

// T-C.23 "Pencapaian Kinerja Pelayanan": rasio = capaian(target, realisasi) per year.
const TC23_HEAD = [
  "No.\tIndikator Kinerja\tTarget Renstra Perangkat Daerah Tahun ke-\t\tRealisasi Capaian Tahun Ke-\t\tRasio Capaian pada Tahun ke-\t",
  "\t\t2019\t2020\t2019\t2020\t2019\t2020",
];
const tc23 = (rows: string[]) => [...TC23_HEAD, ...rows];
const PMKS = "1.\tPersentase PMKS yang tertangani\t30%\t35%\t65,84%\t40,95%\t219,47%\t117,00%";
const KEKERASAN_LAN = "2.\tRasio kekerasan terhadap anak\t0,94%\t0,91%\t0,16%\t0,21%\t182,98%\t176,92%";
const KEKERASAN_INVERSE = "2.\tRasio kekerasan terhadap anak\t0,94%\t0,91%\t0,16%\t0,21%\t587,50%\t433,33%";

describe("ratio-mismatch", () => {
  test("a table whose ratios all follow R/T and (2T − R)/T passes and states its conventions", () => {
    const v = run(tc23([PMKS, KEKERASAN_LAN]));
    expect(v.findings).toEqual([]);
    const conv = Object.fromEntries(v.conventions.map((c) => [c.key, c.value]));
    expect(conv["negative-formula"]).toBe("lan");
    expect(conv.rounding).toBe("half-up:2");
  });
  test("negative indicators by T/R: the table's formula is inferred, not imposed", () => {
    const v = run(tc23([PMKS, KEKERASAN_INVERSE]));
    expect(v.findings).toEqual([]);
    expect(v.conventions.find((c) => c.key === "negative-formula")).toMatchObject({ value: "inverse", support: 2, total: 2 });
  });
  test("a wrong capaian is reported at its cell with the recomputed value", () => {
    const v = run(tc23([PMKS.replace("219,47%", "210,00%"), KEKERASAN_LAN]), [ratioMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-mismatch", cell: "G3", expected: "219,47%", actual: "210,00%", severity: "error" }]);
    expect(v.findings[0].message).toBe("Rasio tertulis 210,00%, hasil hitung 219,47% (E3/C3 × 100).");
  });
  test("a negative indicator is recomputed with the table's negative formula", () => {
    const v = run(tc23([PMKS, KEKERASAN_LAN.replace("176,92%", "150,00%")]), [ratioMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-mismatch", cell: "H4", expected: "176,92%", actual: "150,00%", severity: "error" }]);
    expect(v.findings[0].message).toContain("(2×D4 − F4)/D4 × 100");
  });
  test("T-C.24 rasio = realisasi/anggaran × 100 at the printed precision", () => {
    const head = [
      "Uraian\tAnggaran Pada Tahun ke-\t\tRealisasi Anggaran Pada Tahun ke-\t\tRasio Antara realisasi dan Anggaran Pada Tahun ke-\t\tRata-Rata Pertumbuhan\t",
      "\t2019\t2020\t2019\t2020\t2019\t2020\tAnggaran\tRealisasi",
    ];
    const ok = run([...head, "Program A\t48.000.000\t19.500.000\t44.800.000\t19.484.000\t93\t100\t\t"], [ratioMismatch]);
    expect(ok.findings).toEqual([]);
    const bad = run([...head, "Program A\t48.000.000\t19.500.000\t44.800.000\t19.484.000\t39\t100\t\t"], [ratioMismatch]);
    expect(brief(bad.findings)).toEqual([{ rule: "ratio-mismatch", cell: "F3", expected: "93", actual: "39", severity: "error" }]);
  });
});

describe("ratio-rounding", () => {
  test("a value right only under truncation in a half-up table is a rounding warning", () => {
    const v = run(tc23([PMKS, KEKERASAN_LAN.replace("182,98%", "182,97%")]), [ratioRounding, ratioMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-rounding", cell: "G4", expected: "182,98%", actual: "182,97%", severity: "warning" }]);
  });
  test("values rounded to fewer decimals than the rest of the table are fine", () => {
    const v = run(tc23([PMKS, KEKERASAN_LAN.replace("176,92%", "177%")]), [ratioRounding, ratioMismatch]);
    expect(v.findings).toEqual([]);
  });
});

describe("ratio-undefined", () => {
  test("0/0 printed as 100% is reported and the convention recorded", () => {
    const v = run(tc23([PMKS, "3.\tPersentase gelandangan yang ditangani\t0\t100%\t0\t100%\t100%\t100%"]), [ratioUndefined]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-undefined", cell: "G4", expected: "(kosong)", actual: "100%", severity: "warning" }]);
    expect(v.findings[0].message).toBe("Rasio tidak dapat dihitung karena target nol; sel berisi 100%.");
    expect(v.conventions.find((c) => c.key === "zero-over-zero")?.value).toBe("100%");
  });
  test("a dash or an empty cell for 0/0 is right", () => {
    const v = run(tc23([PMKS, "3.\tPersentase gelandangan yang ditangani\t-\t100%\t-\t100%\t-\t100%"]), [ratioUndefined]);
    expect(v.findings).toEqual([]);
  });
});

// T-C.29 with its printed formulas (the Rote Ndao header).
const TC29_HEAD = [
  "Kode\tUrusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan\tIndikator Kinerja Program (Outcome)/Kegiatan (Output)\tTarget Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun s/d 2024\tRealisasi Target Kinerja Hasil Program dan Keluaran Kegiatan Tahun 2021\tTarget dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu (2022)\t\t\tTarget Program dan Kegiatan (Renja Perangkat Daerah Tahun 2023)\tPerkiraan Realisasi Capaian Target Renstra PD s/d Tahun berjalan\t",
  "\t\t\t\t\tTarget Renja Perangkat Daerah Tahun (2022)\tRealisasi Renja Perangkat Daerah Tahun (2022)\tTingkat Realisasi (%)\t\tRealisasi Capaian Program dan Kegiatan s/d Tahun berjalan (tahun 2024)\tTingkat Capaian Realisasi Target Renstra (%)",
  "1\t2\t3\t4\t5\t6\t7\t8 = (7/6)\t9\t10 = (5+7+9)\t11 = (10/4)",
];
const tc29 = (rows: string[]) => [...TC29_HEAD, ...rows];
const TC29_OK = "1.06.01.2.01\tPerencanaan\tTersedianya dokumen\t76,377,000\t23,980,000\t17,459,000\t17,456,000\t99.98%\t17,459,000\t58,895,000\t77.11%";

describe("T-C.29 printed formulas", () => {
  test("the printed formulas hold: nothing to report", () => {
    expect(run(tc29([TC29_OK])).findings).toEqual([]);
  });
  test("8 = (7/6) wrong → ratio-mismatch", () => {
    const v = run(tc29([TC29_OK.replace("99.98%", "89.98%")]), [ratioMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-mismatch", cell: "H4", expected: "99.98%", actual: "89.98%", severity: "error" }]);
  });
  test("10 = (5+7+9) on money rows → sum-mismatch", () => {
    const v = run(tc29([TC29_OK.replace("58,895,000", "59,895,000")]), [sumMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "sum-mismatch", cell: "J4", expected: "58,895,000", actual: "59,895,000", severity: "error" }]);
    expect(v.findings[0].cells).toEqual(["E4", "G4", "I4"]);
  });
  test("10 for a persentase indicator is the latest value, not a sum", () => {
    const v = run(tc29(["1.06.01.2.01\tPerencanaan\tPersentase dokumen tepat waktu\t100%\t90%\t95%\t95%\t100.00%\t100%\t100%\t100.00%"]), [sumMismatch]);
    expect(v.findings).toEqual([]);
  });
  test("tingkat capaian Renstra above 100% → ratio-over-100 (info)", () => {
    const row = "1.06.01.2.01\tRapat\tTerlaksananya rapat\t211,190,000\t65,049,400\t78,247,000\t78,219,500\t99.96%\t70,643,000\t213,911,900\t101.29%";
    expect(brief(run(tc29([TC29_OK])).findings)).toEqual([]);
    const v = run(tc29([row]), [ratioOver100]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-over-100", cell: "K4", expected: null, actual: "101.29%", severity: "info" }]);
  });
  test("0/0 printed as 0% → ratio-undefined on column 8", () => {
    const v = run(tc29(["1.06.01.2.01\tPeralatan\tTersedianya peralatan\t24,647,500\t24,647,500\t0\t0\t0%\t0\t24,647,500\t100.00%"]), [ratioUndefined]);
    expect(brief(v.findings)).toEqual([{ rule: "ratio-undefined", cell: "H4", expected: "(kosong)", actual: "0%", severity: "warning" }]);
    expect(v.findings[0].message).toBe("Rasio tidak dapat dihitung karena pembagi (F4) nol; sel berisi 0%.");
  });
});

const E81_HEAD = [
    "No\tSasaran\tProgram/Kegiatan\tIndikator Kinerja Program (outcome)/ Kegiatan (output)\tTarget Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)\t\tRealisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2023)\t\tTarget Kinerja dan Anggaran Renja PD Tahun Berjalan (Tahun 2024) yang Dievaluasi\t\tRealisasi Kinerja Pada Triwulan\t\t\t\t\t\t\t\tRealisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi\t\tRealisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2024\t\tTingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2024 (%)\t\tUnit PD Penanggung Jawab\tKeterangan",
    "\t\t\t\t\t\t\t\t\t\tI\t\tII\t\tIII\t\tIV\t\t\t\t\t\t\t\t\t",
    "\t\t\t\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\tK\tRp\t\t",
    "1\t2\t3\t4\t5\t\t6\t\t7\t\t8\t\t9\t\t10\t\t11\t\t12 = 8+9+10+11\t\t13 = 6+12\t\t14 = 13/5 x 100%\t\t15\t16",
];

describe("E.81 sums", () => {
  const head = E81_HEAD;
  const row = "1\tMeningkatnya x\tProgram A\tJumlah dokumen disusun\t10\t1.000.000.000\t4\t400.000.000\t2\t200.000.000\t1\t50.000.000\t0\t50.000.000\t1\t50.000.000\t0\t50.000.000\t2\t200.000.000\t6\t600.000.000\t60%\t60%\tDinsos\t";
  test("12 = 8+9+10+11, 13 = 6+12 and 14 = 13/5 × 100 hold", () => {
    expect(run([...head, row]).findings).toEqual([]);
  });
  test("a wrong Rp realisasi Renja → sum-mismatch", () => {
    const v = run([...head, row.replace("\t200.000.000\t6\t", "\t250.000.000\t6\t")], [sumMismatch]);
    // 12 is wrong, and 13 = 6 + 12 no longer holds either.
    expect(brief(v.findings)).toEqual([
      { rule: "sum-mismatch", cell: "T5", expected: "200.000.000", actual: "250.000.000", severity: "error" },
      { rule: "sum-mismatch", cell: "V5", expected: "650.000.000", actual: "600.000.000", severity: "error" },
    ]);
    expect(v.findings[0].message).toBe("Jumlah tertulis 250.000.000, hasil hitung 200.000.000 (L5 + N5 + P5 + R5); selisih 50.000.000.");
  });
});

describe("E.81 footer average", () => {
  const head = E81_HEAD;
  const row = (no: number, k: string) => `${no}\tMeningkatnya x\tProgram ${no}\tPersentase layanan\t100%\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t${k}\t\t${k}\t\tDinsos\t`;
  const footer = (avg: string) => `\tRata-rata capaian kinerja (%)\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t${avg}\t\t\t`;
  test("the mean of column 14 K holds", () => {
    expect(run([...head, row(1, "80%"), row(2, "91%"), footer("85,50%")]).findings).toEqual([]);
  });
  test("a wrong average → sum-mismatch", () => {
    const v = run([...head, row(1, "80%"), row(2, "91%"), footer("88,00%")], [sumMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "sum-mismatch", cell: "W7", expected: "85,50%", actual: "88,00%", severity: "error" }]);
  });
});

describe("growth-mismatch", () => {
  const head = [
    "Uraian\tAnggaran Pada Tahun ke-\t\t\t\tRealisasi Anggaran Pada Tahun ke-\t\t\t\tRasio Antara realisasi dan Anggaran Pada Tahun ke-\t\t\t\tRata-Rata Pertumbuhan\t",
    "\t2017\t2018\t2019\t2020\t2017\t2018\t2019\t2020\t2017\t2018\t2019\t2020\tAnggaran\tRealisasi",
  ];
  // Anggaran growth (A2020 − A2017)/4 on every row; Realisasi growth (R2020 − R2017)/3.
  const rows = [
    "Program A\t726.383.750\t1.051.228.220\t1.020.825.000\t747.522.000\t682.571.142\t930.755.933\t954.569.633\t635.927.070\t94\t89\t94\t85\t5.284.563\t- 15.548.024",
    "Program B\t8.400.000\t10.500.000\t48.000.000\t19.500.000\t8.400.000\t10.500.000\t44.800.000\t19.484.000\t100\t100\t93\t100\t2.775.000\t3.694.667",
    "Program C\t124.515.000\t291.845.000\t234.895.000\t219.660.000\t124.460.000\t285.642.900\t230.775.000\t218.821.000\t100\t98\t98\t100\t23.786.250\t31.453.667",
  ];
  test("the column's formula is inferred and stated; conforming rows pass", () => {
    const v = run([...head, ...rows], [growthMismatch]);
    expect(v.findings).toEqual([]);
    expect(v.conventions.find((c) => c.key === "growth-anggaran")).toMatchObject({ value: "amount:2017-2020/4", support: 3, total: 3 });
    expect(v.conventions.find((c) => c.key === "growth-realisasi")?.value).toBe("amount:2017-2020/3");
  });
  test("a negative growth printed without its minus is an error", () => {
    const sarana = "Program D\t386.940.000\t432.642.380\t478.647.000\t316.714.100\t322.396.296\t316.132.812\t359.197.914\t300.119.102\t83\t73\t75\t95\t17.556.475\t- 7.425.731";
    const v = run([...head, ...rows, sarana], [growthMismatch]);
    expect(brief(v.findings)).toEqual([{ rule: "growth-mismatch", cell: "N6", expected: "-17.556.475", actual: "17.556.475", severity: "error" }]);
    expect(v.findings[0].message).toBe("Rata-rata pertumbuhan Anggaran tertulis 17.556.475 tanpa tanda minus; (A2020 − A2017)/4 = -17.556.475.");
  });
  test("a row reproduced only by another span is a warning; a wrong value an error", () => {
    const other = rows[2].replace("23.786.250", "95.145.000"); // (A2020 − A2017)/1
    const wrong = rows[1].replace("2.775.000", "2.000.000");
    const v = run([...head, rows[0], wrong, other, rows[0].replace("Program A", "Program E"), rows[0].replace("Program A", "Program F")], [growthMismatch]);
    expect(brief(v.findings)).toEqual([
      { rule: "growth-mismatch", cell: "N4", expected: "2.775.000", actual: "2.000.000", severity: "error" },
      { rule: "growth-mismatch", cell: "N5", expected: "23.786.250", actual: "95.145.000", severity: "warning" },
    ]);
  });
});

describe("fixtures", () => {
  const RULES = ["ratio-mismatch", "ratio-rounding", "ratio-undefined", "ratio-over-100", "sum-mismatch", "growth-mismatch"];
  test.each(RULES.flatMap((rule) => FIXTURES.filter((f) => expectedFindings(f).some((e) => e.rule === rule && e.confidence === "high")).map((f) => [rule, f] as const)))(
    "%s recall on %s ≥ 0.95",
    (rule, fixture) => {
      const r = recall(fixture, [rule], ["high"]);
      expect(r.missed).toEqual([]);
      expect(r.share).toBeGreaterThanOrEqual(0.95);
    },
  );
  test("medium/low expectations found too where the table alone decides", () => {
    expect(recall("balangan-tc24", ["growth-mismatch"], ["medium", "low"]).share).toBe(1);
    expect(recall("rotendao-evaluasi-renja", ["ratio-undefined"], ["low"]).share).toBe(1);
    // Not found, by design: rotendao-capaian's 0/0 → 100% sits in a realisasi column (the ratio of
    // a population is not in the table), rotendao-rumusan's ×1,1 pagu rule is not a growth column.
  });
  test.each(FIXTURES)("precision on %s: every finding of the group is an expected one", (fixture) => {
    const expected = expectedFindings(fixture);
    const found = validateFixture(fixture).filter((f) => RULES.includes(f.rule));
    const unexpected = found.filter((f) => !expected.some((e) => e.rule === f.rule && e.row === f.row && e.col === f.col));
    expect(unexpected.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });
});
