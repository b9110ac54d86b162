/**
 * The bugs the property tests found in the core, each as the smallest table that shows it: the
 * validator and the recalculation disagreeing about a cell, so that a recalculated sheet was flagged
 * by the product's own checks, or a correct value was called wrong.
 */
import type { Grid, RawCell } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { recalcPlan } from "../../core/recalc";
import { validateTable } from "../../core/rules/validate";
import { fixtureGrid } from "../support/fixtures";
import { applyPlanToGrid } from "./support/apply-plan-to-grid";

const grid = (values: RawCell[][], numberFormats?: (string | null)[][]): Grid => ({ sheet: "Tabel", originRow: 1, originCol: 1, values, numberFormats });
const only = (g: Grid) => {
  const tables = readTables(g);
  expect(tables).toHaveLength(1);
  return tables[0];
};
const findingsOf = (g: Grid, rules: string[]) =>
  validateTable(only(g))
    .findings.filter((f) => rules.includes(f.rule))
    .map((f) => `${f.cell} ${f.rule}`);
/** The grid as the sheet reads once the recalculation's plan is applied. */
const recalculated = (g: Grid) => applyPlanToGrid(g, recalcPlan(only(g)));

const PK_HEADER: RawCell[] = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
/** Number formats for a measurement table: the capaian column (G) of the data rows only. */
const capaianFormat = (rows: number, format: string) => Array.from({ length: rows }, (_, r) => Array.from({ length: 7 }, (__, c) => (r > 0 && c === 6 ? format : null)));

test("a capaian typed as a formula's result shows its rounding, not its hidden digits: no ratio-rounding", () => {
  // =F2/E2*100 holds 102.6470588… and shows 102,65 under 0.00 — the same as the recomputed value.
  const values: RawCell[][] = [PK_HEADER, [1, "Meningkatnya kesejahteraan", "Persentase PPKS terlayani", "%", 85, 87.25, (87.25 / 85) * 100], [2, "", "Persentase lansia terlayani", "%", 30, 28, (28 / 30) * 100]];
  expect(findingsOf(grid(values, capaianFormat(3, "0.00")), ["ratio-mismatch", "ratio-rounding"])).toEqual([]);
  // Unformatted (General) the same: ten decimals at most are shown.
  expect(findingsOf(grid(values), ["ratio-mismatch", "ratio-rounding"])).toEqual([]);
});

test("a sum that shows 0 for -0,0001 is not a sum-mismatch of 0 against 0", () => {
  // Column 10 = 5+7+9 holds the formula's result -0,0001 (5 is -0,0001, 7 a text 0, 9 empty) under
  // a whole-number format: it shows 0, as the sum does.
  const g = fixtureGrid("rotendao-evaluasi-renja");
  const header = g.values.slice(0, 3);
  const row: RawCell[] = [null, null, null, "01", "Penyusunan laporan", "Jumlah laporan yang disusun", 10, -0.0001, 2, "'0", null, null, -0.0001, null];
  const formats = [...header.map(() => null), row.map((_, c) => (c === 12 ? "0" : null))] as (string | null)[][];
  expect(findingsOf(grid([...header, row], formats), ["sum-mismatch"])).toEqual([]);
});

test("T-C.29 amounts with a non-whole addend: the recalculation and sum-mismatch agree the row is no money sum", () => {
  // Column 10 = 5+7+9 over 296 juta, 0,01 and 129 juta for a persentase indicator: not whole amounts,
  // so column 10 holds the latest value — and the validator does not then call it a wrong sum.
  const g = fixtureGrid("rotendao-evaluasi-renja");
  const row: RawCell[] = ["1 06", "04", null, null, "PROGRAM REHABILITASI SOSIAL", "Persentase kebutuhan dasar disabilitas luar panti yang terpenuhi", "2,276,755,600", "296,377,550", "230,000,000", "0.01", "99.23%", "129,850,000", "654,453,397", "28.74%"];
  const table = grid([...g.values.slice(0, 3), row]);
  expect(findingsOf(recalculated(table), ["sum-mismatch"])).toEqual([]);
  // Whole amounts under a million each but over a million in total are money, whatever column 10
  // printed before (here a stray 0,5): summed, as sum-mismatch checks it.
  const small: RawCell[] = [null, null, null, null, "Penyediaan Jasa Surat Menyurat", "Tersedianya jasa surat menyurat", 2_599_000, 649_000, 650_000, 650_000, 100, 648_000, 0.5, 74.91];
  const smallTable = grid([...g.values.slice(0, 3), small]);
  const sum = recalcPlan(only(smallTable)).writes.find((w) => w.row === 4 && w.col === 13)!;
  expect([sum.formula, sum.expected]).toEqual(["=SUM(H4,J4,L4)", "1947000"]);
  expect(findingsOf(recalculated(smallTable), ["sum-mismatch"])).toEqual([]);
});

test("a parent with a blank year: its kondisi akhir is its children's, and pagu-final does not contradict it", () => {
  const g = fixtureGrid("balangan-tc27");
  const kegiatan: RawCell[] = ["1 06 01 2 1", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase dokumen perencanaan yang baik", "%", "100%", "100%", null, "100%", "Rp 55.766.000,00", "100%", "Rp 58.554.300,00", "100%", "Rp 64.409.730,00", "100%", "Rp 70.850.703,00", "100%", "Rp 77.935.773,30", "100%", "Rp 340.926.506,30", null];
  const sub: RawCell[] = ["1 06 01 2 01 01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Renstra dan Renja", "Dokumen", "10 Dokumen", "3 Dokumen", "13.410.000", "2 Dokumen", "Rp 55.766.000,00", "2 Dokumen", "Rp 58.554.300,00", "2 Dokumen", "Rp 64.409.730,00", "2 Dokumen", "Rp 70.850.703,00", "2 Dokumen", "Rp 77.935.773,30", "2 Dokumen", "Rp 340.926.506,30", null];
  const table = grid([...g.values.slice(0, 4), kegiatan, sub]);
  // The kegiatan's 2021 Rp is blank (value-missing); its kondisi akhir equals its sub kegiatan's.
  expect(findingsOf(table, ["value-missing", "pagu-final", "pagu-rollup"])).toEqual(["G5 value-missing"]);
  // Recalculated, its kondisi akhir is the sum of the sub kegiatan's, and nothing pagu is left.
  const w = recalcPlan(only(table)).writes.find((x) => x.row === 5 && x.col === 19);
  expect(w?.formula).toBe("=SUM(S6)");
  expect(findingsOf(recalculated(table), ["pagu-final", "pagu-rollup", "pagu-rounding"])).toEqual([]);
});

test("the average footer is the mean of every capaian shown, also one whose inputs cannot be read", () => {
  const values: RawCell[][] = [
    PK_HEADER,
    [1, "Meningkatnya kesejahteraan", "Persentase PPKS terlayani", "%", 80, 72, 0.9],
    [2, "", "Persentase anak terlantar terlayani", "%", "belum ditetapkan", 45, 0.75],
    [3, "", "Persentase lansia terlayani", "%", 50, 40, 0.8],
    ["Rata-rata capaian kinerja (%)", null, null, null, null, null, 0.8167],
  ];
  const g = grid(values, capaianFormat(5, "0.00%"));
  // 90 %, 75 %, 80 % → 81,67 %: printed right.
  expect(findingsOf(g, ["sum-mismatch"])).toEqual([]);
  // Recalculated, G2 and G4 hold percent units and G3 stays a fraction: the footer scales it.
  const footer = recalcPlan(only(g)).writes.find((w) => w.row === 5 && w.col === 7)!;
  expect([footer.formula, footer.expected]).toEqual(['=IF(COUNT(G2:G4)=0,"",ROUND(AVERAGE(G2,(G3*100),G4),2))', "81.67"]);
  expect(findingsOf(recalculated(g), ["sum-mismatch"])).toEqual([]);
});

test("in a sheet of texts, the average footer counts a capaian the recalculation cannot recompute", () => {
  // AVERAGE would skip the text "75,00" the row keeps (its target is not a number): the footer is
  // written as the mean value, with a note, as any computed cell over text inputs is.
  const values: RawCell[][] = [
    PK_HEADER,
    ["1", "Meningkatnya kesejahteraan", "Persentase PPKS terlayani", "%", "80", "72", "90,00"],
    ["2", "", "Persentase anak terlantar terlayani", "%", "belum ditetapkan", "45", "75,00"],
    ["3", "", "Persentase lansia terlayani", "%", "50", "40", "80,00"],
    ["Rata-rata capaian kinerja (%)", null, null, null, null, null, "81,67"],
  ];
  const g = grid(values);
  const footer = recalcPlan(only(g)).writes.find((w) => w.row === 5 && w.col === 7)!;
  expect([footer.formula, footer.value, footer.note]).toEqual([undefined, 81.67, expect.stringContaining("G3")]);
  expect(findingsOf(recalculated(g), ["sum-mismatch"])).toEqual([]);
});
