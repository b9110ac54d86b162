import { readTables } from "../../core/read-tables";
import { normalizeAndRecalcPlan, recalcPlan } from "../../core/recalc";
import type { Table } from "../../core/model";
import { tc27, years, type PaguRow } from "../rules/pagu-helpers";
import { tsvToGrid } from "../support/tsv-to-xlsx";
import { typedTableOf, writeAt } from "./recalc-support";
import { groundTruth, recalcFixture, SUM_FIXTURES } from "./recalc-sums-support";

/**
 * The Renstra/Renja money sums (T-C.27, T-C.33): parents and totals as =SUM over the rows they sum,
 * the kondisi akhir Rp as =SUM over the table's year window, as the validator's pagu analysis reads
 * the tree (pagu continuation rows, totals of totals, unsure code trees).
 */

const PCT = "Persentase layanan administrasi";

/**
 * Sheet rows 4-16 (columns F/G … L/M = 2021-2024 Target/Rp, N/O = kondisi akhir): program 1 06 01
 * (kegiatan 01 whose sub kegiatan prints its amounts on a pagu row, kegiatan 02 with two sub
 * kegiatan), its total; program 2 08 02, its total; the grand total. Wrong as printed: K8 (25 ≠ 17 +
 * 5), O14 (21 ≠ 4 × 7), I11 (31 ≠ 31,5) and M16 (41 ≠ 35 + 7).
 */
function tree(): PaguRow[] {
  return [
    ["1 06 01", "PROGRAM PENUNJANG", PCT, "%", years("100%", "30.000.000", "31.500.000", "33.000.000", "35.000.000"), ["100%", "129.500.000"]],
    ["1 06 01 2 01", "Perencanaan", "Jumlah dokumen", "Dokumen", years("2", "10.000.000", "10.500.000", "11.000.000", "12.000.000"), ["8", "43.500.000"]],
    ["1 06 01 2 01 01", "Renstra", "Jumlah dokumen", "Dokumen", years("1", "", "", "", ""), ["4", ""]],
    ["", "", "", "", [["10.000.000", ""], ["10.500.000", ""], ["11.000.000", ""], ["12.000.000", ""]], ["43.500.000", ""]],
    ["1 06 01 2 02", "Keuangan", "Jumlah laporan", "Laporan", years("12", "20.000.000", "21.000.000", "25.000.000", "23.000.000"), ["48", "86.000.000"]],
    ["1 06 01 2 02 01", "Gaji", "Jumlah bulan", "Bulan", years("12", "15.000.000", "16.000.000", "17.000.000", "18.000.000"), ["48", "66.000.000"]],
    ["1 06 01 2 02 02", "Honor", "Jumlah bulan", "Bulan", years("12", "5.000.000", "5.000.000", "5.000.000", "5.000.000"), ["48", "20.000.000"]],
    ["", "", "", "", years("", "30.000.000", "31.000.000", "33.000.000", "35.000.000"), ["", "129.000.000"]],
    ["2 08 02", "PROGRAM PERLINDUNGAN", PCT, "%", years("100%", "7.000.000", "7.000.000", "7.000.000", "7.000.000"), ["100%", "28.000.000"]],
    ["2 08 02 2 01", "Pencegahan", "Jumlah kegiatan", "Kegiatan", years("2", "7.000.000", "7.000.000", "7.000.000", "7.000.000"), ["8", "28.000.000"]],
    ["2 08 02 2 01 01", "Sosialisasi", "Jumlah kegiatan", "Kegiatan", years("2", "7.000.000", "7.000.000", "7.000.000", "7.000.000"), ["8", "21.000.000"]],
    ["", "", "", "", years("", "7.000.000", "7.000.000", "7.000.000", "7.000.000"), ["", "28.000.000"]],
    ["", "", "", "", years("", "37.000.000", "38.500.000", "40.000.000", "41.000.000"), ["", "156.500.000"]],
  ];
}

const textTable = (rows: PaguRow[]): Table => {
  const tables = readTables(tsvToGrid(tc27(rows), "test"));
  expect(tables).toHaveLength(1);
  return tables[0];
};
const cellsOf = (tsv: string) => tsv.trimEnd().split("\n").map((l) => l.split("\t"));

describe("Renstra money sums", () => {
  it("writes every parent, total and grand total as =SUM over the rows it sums, a pagu row's amount read in its Target column", async () => {
    const plan = recalcPlan(await typedTableOf(cellsOf(tc27(tree())), 3));
    const formula = (a: string) => writeAt(plan, a)?.formula;
    const expected = (a: string) => writeAt(plan, a)?.expected;
    expect([formula("G4"), expected("G4")]).toEqual(["=SUM(G5,G8)", "30000000"]);
    expect([formula("G5"), expected("G5")]).toEqual(["=SUM(F7)", "10000000"]);
    expect([formula("K8"), expected("K8")]).toEqual(["=SUM(K9,K10)", "22000000"]);
    expect([formula("K4"), expected("K4")]).toEqual(["=SUM(K5,K8)", "33000000"]);
    expect([formula("I11"), expected("I11")]).toEqual(["=SUM(I4)", "31500000"]);
    expect([formula("M15"), expected("M15")]).toEqual(["=SUM(M12)", "7000000"]);
    expect([formula("M16"), expected("M16")]).toEqual(["=SUM(M11,M15)", "42000000"]);
    // Kondisi akhir Rp over the window 2021-2024, on the pagu row in its Target column.
    expect([formula("O4"), expected("O4")]).toEqual(["=SUM(G4,I4,K4,M4)", "129500000"]);
    expect([formula("N7"), expected("N7")]).toEqual(["=SUM(F7,H7,J7,L7)", "43500000"]);
    expect([formula("O14"), expected("O14")]).toEqual(["=SUM(G14,I14,K14,M14)", "28000000"]);
    expect([formula("O16"), expected("O16")]).toEqual(["=SUM(G16,I16,K16,M16)", "157500000"]);
    // The typed cells keep their own number format.
    expect(writeAt(plan, "K8")?.numberFormat).toBe("#,##0");
    // Exactly the wrong printed amounts change (and what a changed total implies: O11, O16).
    expect(plan.changed.map((c) => `${String.fromCharCode(64 + c.col)}${c.row}:${c.previous}→${c.next}`).sort()).toEqual(
      ["I11:31.000.000→31.500.000", "K8:25.000.000→22.000.000", "M16:41.000.000→42.000.000", "O11:129.000.000→129.500.000", "O14:21.000.000→28.000.000", "O16:156.500.000→157.500.000"].sort(),
    );
    // A header note states each rule on the money columns.
    expect(plan.writes.find((w) => w.row === 3 && w.col === 7 && !w.formula)?.note).toMatch(/Pagu program = Σ kegiatannya/);
    expect(plan.writes.find((w) => w.row === 3 && w.col === 15 && !w.formula)?.note).toMatch(/Kondisi akhir Rp = Σ Rp tahun 2021–2024/);
  });

  it("adds three or more adjacent rows as a range", () => {
    const rows = tree();
    rows.splice(7, 0, ["1 06 01 2 02 03", "ATK", "Jumlah bulan", "Bulan", years("12", "0", "0", "3.000.000", "0"), ["48", "3.000.000"]]);
    const plan = normalizeAndRecalcPlan(textTable(rows));
    expect([writeAt(plan, "K8")?.formula, writeAt(plan, "K8")?.expected]).toEqual(["=SUM(K9:K11)", "25000000"]);
  });

  it("writes values with a note over text amounts, and live formulas after Rapikan angka", () => {
    const rows = tree();
    rows[5][4][0] = ["12", "Rp 15.000.000,00"];
    const plain = recalcPlan(textTable(rows));
    const g8 = writeAt(plain, "G8")!;
    expect([g8.formula, g8.value, g8.expected, g8.numberFormat]).toEqual([undefined, 20000000, "20000000", "#,##0"]);
    expect(plain.writes.find((w) => w.row === 8 && w.col === 7 && w.note)?.note).toMatch(/sel masukan G9, G10 berisi teks/);
    // The program above reads the kegiatan's new number: a formula.
    expect(writeAt(plain, "G4")?.formula).toBe("=SUM(G5,G8)");
    const tidy = normalizeAndRecalcPlan(textTable(rows));
    expect([writeAt(tidy, "G8")?.formula, writeAt(tidy, "G8")?.expected]).toEqual(["=SUM(G9,G10)", "20000000"]);
    // The converted text amount keeps its look.
    expect(writeAt(tidy, "G9")?.numberFormat).toBe('"Rp "#,##0.00');
  });

  it("follows the table's year window and rewrites a row that summed another", () => {
    // Three rows sum 2022-2024 only; the fourth sums all four years.
    const rows: PaguRow[] = [
      ["1 06 01", "PROGRAM", PCT, "%", years("100%", "5.000.000", "10.000.000", "10.000.000", "10.000.000"), ["100%", "30.000.000"]],
      ["1 06 01 2 01", "Kegiatan", "Jumlah dokumen", "Dokumen", years("2", "5.000.000", "10.000.000", "10.000.000", "10.000.000"), ["8", "30.000.000"]],
      ["1 06 01 2 01 01", "Sub A", "Jumlah dokumen", "Dokumen", years("1", "2.000.000", "4.000.000", "4.000.000", "4.000.000"), ["4", "14.000.000"]],
      ["1 06 01 2 01 02", "Sub B", "Jumlah dokumen", "Dokumen", years("1", "3.000.000", "6.000.000", "6.000.000", "6.000.000"), ["4", "18.000.000"]],
    ];
    const plan = recalcPlan(textTable(rows));
    expect(writeAt(plan, "O6")?.value).toBe(12000000);
    expect(writeAt(plan, "O7")?.value).toBe(18000000);
    expect(plan.changed.map((c) => c.row)).toEqual([6]);
  });

  it("fills a blank kondisi akhir Rp from its years, keeps a blank parent year blank and adds the rows under it", () => {
    const rows = tree();
    rows[0][4] = years("100%", "", "", "", ""); // program 1 06 01: years blank, kondisi akhir printed
    rows[4][5] = ["48", ""]; // kegiatan 1 06 01 2 02: kondisi akhir blank
    const plan = normalizeAndRecalcPlan(textTable(rows));
    expect(writeAt(plan, "G4")).toBeUndefined();
    expect([writeAt(plan, "O8")?.formula, writeAt(plan, "O8")?.expected]).toEqual(["=SUM(G8,I8,K8,M8)", "86000000"]);
    // Blank as printed, the kegiatan's kondisi akhir is read through its sub kegiatan (as the validator
    // reads a blank parent); the total adds through the blank program years.
    expect([writeAt(plan, "O4")?.formula, writeAt(plan, "O4")?.expected]).toEqual(["=SUM(O5,O9,O10)", "129500000"]);
    expect([writeAt(plan, "K11")?.formula, writeAt(plan, "K11")?.expected]).toEqual(["=SUM(K5,K8)", "33000000"]);
    expect([writeAt(plan, "O11")?.formula, writeAt(plan, "O11")?.expected]).toEqual(["=SUM(G11,I11,K11,M11)", "129500000"]);
  });

  it("leaves a parent whose code tree is unsure alone, listing it in skipped", () => {
    // The second "1 06 01 2 01" is a cropped code: the kegiatan above cannot be sure of its rows.
    const rows: PaguRow[] = [
      ["1 06 01", "PROGRAM", PCT, "%", years("100%", "30.000.000", "30.000.000", "30.000.000", "30.000.000"), ["100%", "120.000.000"]],
      ["1 06 01 2 01", "Perencanaan", "Jumlah dokumen", "Dokumen", years("2", "10.000.000", "10.000.000", "10.000.000", "10.000.000"), ["8", "40.000.000"]],
      ["1 06 01 2 01 01", "Renstra", "Jumlah dokumen", "Dokumen", years("1", "10.000.000", "10.000.000", "10.000.000", "10.000.000"), ["4", "40.000.000"]],
      ["1 06 01 2 01", "Keuangan", "Jumlah laporan", "Laporan", years("12", "20.000.000", "20.000.000", "20.000.000", "20.000.000"), ["48", "80.000.000"]],
      ["1 06 01 2 01 02", "Gaji", "Jumlah bulan", "Bulan", years("12", "5.000.000", "5.000.000", "5.000.000", "5.000.000"), ["48", "20.000.000"]],
    ];
    const plan = recalcPlan(textTable(rows));
    for (const a of ["G5", "I5", "K5", "M5"]) expect(writeAt(plan, a)).toBeUndefined();
    expect(plan.skipped).toEqual([7, 9, 11, 13].map((col) => ({ row: 5, col, text: "10.000.000", reason: "unsure-tree" })));
  });

  it("leaves a table without Renstra money alone", () => {
    const rows = tree()
      .filter(([code]) => code)
      .map(([code, name, ind, sat, ys, fin]): PaguRow => [code, name, ind, sat, ys.map(([t]) => [t, ""]), [fin[0], ""]]);
    const plan = recalcPlan(textTable(rows));
    expect(plan.writes.filter((w) => w.formula !== undefined || w.value !== undefined)).toEqual([]);
  });
});

describe.each(SUM_FIXTURES)("%s: the recalculated money cells against the shared ground truth", (name) => {
  it.each([["typed", false], ["text after Rapikan angka", true]] as const)("%s", async (_label, normalize) => {
    const { plan, printed, childCells } = await recalcFixture(name, normalize);
    const truth = groundTruth(name, plan, printed, childCells);
    // Every expected pagu-rollup/pagu-rounding/pagu-final cell is rewritten …
    expect(truth.unwritten).toEqual([]);
    // … to the expected value, unless a cell it adds was itself corrected (then it sums the corrected cell) …
    expect(truth.wrong).toEqual([]);
    expect(truth.checked).toBeGreaterThan(0);
    // … and every printed amount that changes is one the ground truth flags, or one that adds a corrected cell.
    expect(truth.unexplainedChanges).toEqual([]);
    expect(truth.cascaded).toEqual(CASCADED[name]);
  });
});

/**
 * Expected findings whose sum adds a cell the recalculation corrects: each finding's expected value
 * is the sum of the cells as printed, the recalculated sheet sums the corrected ones. In Balangan,
 * S7 = Σ G7:Q7 adds M7 (corrected from Rp 66.766.400 to Rp 100.515.030); the totals G53…S139 add
 * corrected programs; S31 (expected …279,49 as pagu-final, …279,48 as pagu-rollup) adds O31.
 */
const CASCADED: Record<(typeof SUM_FIXTURES)[number], string[]> = {
  "balangan-tc27": ["F103", "G53", "I53", "K139", "L103", "M139", "M53", "N103", "O139", "O53", "O55", "Q139", "Q53", "R103", "R83", "S10", "S139", "S18", "S31", "S53", "S55", "S7", "S81"],
  "rotendao-rumusan": ["O74"],
};
