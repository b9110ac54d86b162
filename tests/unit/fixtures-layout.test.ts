import type { Grid } from "../../core/grid";
import type { ColumnSpec } from "../../core/layout";
import { readTables } from "../../core/read-tables";
import { FIXTURES, type FixtureName, fixtureGrid, fixtureXlsxGrid } from "../support/fixtures";

/**
 * Every real table is detected with its kind, years and column roles — from the text sheet and from
 * a workbook with typed numbers. Expected roles come from the documents' headers (DOMAIN.md §2,
 * tests/fixtures/balangan-tc27.rows.json "columns").
 */
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const roleList = (cols: ColumnSpec[]) => cols.map((c) => `${c.role}${c.year ?? ""}${c.measure ? "/" + c.measure : ""}${c.growthOf ? "/" + c.growthOf : ""}`);

const EXPECTED: Record<FixtureName, { kind: string; years: number[]; firstDataRow: number; roles: string[]; formulas?: string[] }> = {
  "balangan-tc27": {
    kind: "renstra-program",
    years: years(2021, 2026),
    firstDataRow: 5,
    roles: [
      "kode",
      "uraian",
      "indikator",
      "satuan",
      "baseline2020",
      ...years(2021, 2026).flatMap((y) => [`target${y}/K`, `rp${y}/Rp`]),
      "finalTarget2026/K",
      "finalRp2026/Rp",
      "unknown2026",
    ],
  },
  "balangan-tc23": {
    kind: "kinerja-pelayanan",
    years: years(2016, 2020),
    firstDataRow: 3,
    roles: ["no", "indikator", "targetNspk", "targetIkk", "targetLain", ...years(2016, 2020).map((y) => `target${y}`), ...years(2016, 2020).map((y) => `realisasi${y}`), ...years(2016, 2020).map((y) => `rasio${y}`)],
  },
  "balangan-tc24": {
    kind: "anggaran-realisasi",
    years: years(2016, 2020),
    firstDataRow: 3,
    roles: ["uraian", ...years(2016, 2020).map((y) => `anggaran${y}`), ...years(2016, 2020).map((y) => `realisasi${y}`), ...years(2016, 2020).map((y) => `rasio${y}`), "growth/anggaran", "growth/realisasi"],
  },
  "rotendao-capaian": {
    kind: "kinerja-pelayanan",
    years: years(2021, 2024),
    firstDataRow: 4,
    roles: ["no", "indikator", "targetNspk", "targetIkk", ...years(2021, 2024).map((y) => `target${y}`), "realisasi2021", "realisasi2022", "proyeksi2023", "proyeksi2024", "catatan"],
  },
  "rotendao-evaluasi-renja": {
    kind: "evaluasi-renja",
    years: years(2021, 2024),
    firstDataRow: 4,
    roles: ["kode", "kode", "kode", "kode", "uraian", "indikator", "targetRenstraAkhir2024", "realisasiSdLalu2021", "targetRenjaLalu2022", "realisasiRenjaLalu2022", "tingkatRealisasi2022", "targetRenja2023", "realisasiSdBerjalan2024", "tingkatCapaian"],
    formulas: ["8 = (7/6)", "10 = (5+7+9)", "11 = (10/4)"],
  },
  "rotendao-rumusan": {
    kind: "rumusan-renja",
    years: [2024, 2025],
    firstDataRow: 4,
    roles: ["kode", "kode", "kode", "kode", "kode", "kode", "uraian", "indikator", "lokasi2024", "target2024/K", "rp2024/Rp", "sumberDana2024", "catatan2024", "target2025/K", "rp2025/Rp"],
  },
};

async function check(name: FixtureName, grid: Grid) {
  const tables = readTables(grid);
  expect(tables).toHaveLength(1);
  const { layout, model } = tables[0];
  const e = EXPECTED[name];
  expect(layout.kind).toBe(e.kind);
  expect(layout.years).toEqual(e.years);
  expect(layout.firstDataRow + 1).toBe(e.firstDataRow);
  expect(roleList(layout.columns)).toEqual(e.roles);
  expect(layout.printedFormulas.map((f) => f.text)).toEqual(e.formulas ?? []);
  expect(layout.missingRoles).toEqual([]);
  expect(model.range.startsWith("A1:")).toBe(true);
}

describe.each(FIXTURES)("%s", (name) => {
  test("detected from the text sheet", () => check(name, fixtureGrid(name)));
  test("detected from a workbook with typed numbers", async () => check(name, await fixtureXlsxGrid(name)));
});

test("T-C.29's printed formulas resolve to the columns they name", () => {
  const [t] = readTables(fixtureGrid("rotendao-evaluasi-renja"));
  const byText = Object.fromEntries(t.layout.printedFormulas.map((f) => [f.text, f]));
  // Column numbers 4..11 stand in sheet columns G..N (7..14); grid indexes are 0-based.
  expect(byText["8 = (7/6)"]).toMatchObject({ index: 10, expression: "7/6", refs: { "7": 9, "6": 8 } });
  expect(byText["10 = (5+7+9)"]).toMatchObject({ index: 12, expression: "5+7+9", refs: { "5": 7, "7": 9, "9": 11 } });
  expect(byText["11 = (10/4)"]).toMatchObject({ index: 13, expression: "10/4", refs: { "10": 12, "4": 6 } });
});
