import Decimal from "decimal.js";
import { a1, type Grid } from "../../core/grid";
import { planGrid } from "../../core/plan/grid";
import type { CellWrite, Plan } from "../../core/plan/types";
import { readTables } from "../../core/read-tables";
import { renderTc27, TEMPLATE_COLUMNS, templateColumns, templatePlan } from "../../core/render";
import type { Table } from "../../core/model";
import { fixtureGrid } from "../support/fixtures";
import { tsvToGrid } from "../support/tsv-to-xlsx";

const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");

/** A messy T-C.27: spaced codes, texts with units, a pagu row under its kegiatan, a text target, an unlabelled total. */
const HANDMADE = tsv([
  ["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2020", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "Kondisi Kinerja pada akhir periode Renstra", ""],
  ["", "", "", "", "", "Tahun 2021", "", "Tahun 2022", "", "Target", "Rp"],
  ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "", ""],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
  ["1 06 02", "PROGRAM PEMBERDAYAAN SOSIAL", "Persentase PSKS yang berkualifikasi", "%", "70%", "75%", "", "78%", "", "78%", ""],
  ["1 06 02 2 01", "Pemberdayaan Sosial KAT", "Jumlah warga KAT yang diberdayakan", "KK", "660 KK", "110 KK", "3.000.000", "120 KK", "Rp 31.590.000,00", "230 KK", "Rp 34.590.000,00"],
  ["1 06 02 2 01 01", "Fasilitasi Pemberdayaan Sosial KAT", "Jumlah lokasi KAT yang ditetapkan", "Lokasi", "5 Lokasi", "1 Lokasi", "1.000.000", "1 Lokasi", "Rp 22.000.000,00", "2 Lokasi", "Rp 23.000.000,00"],
  ["", "", "Jumlah KK KAT yang terlayani", "KK", "50", "10", "", "12", "", "22", ""],
  ["1 06 02 2 01 02", "Peningkatan Kapasitas KAT", "Predikat pembinaan KAT", "", "Cukup", "Baik", "2.000.000", "Baik", "Rp 9.590.000,00", "Baik", "Rp 11.590.000,00"],
  ["1.06.02.2.03", "Pengembangan Potensi Sumber Kesejahteraan Sosial", "Jumlah PSKS yang dibina", "Orang", "100", "40", "", "45", "", "85", ""],
  ["", "", "", "", "", "150.000.000", "", "175.000.000", "", "325.000.000", ""],
  ["", "", "", "", "", "", "153.000.000", "", "206.590.000", "", "359.590.000"],
]);

const handmade = () => readTables(tsvToGrid(HANDMADE, "T-C.27"))[0];

/** Cells a SUM formula adds: "=SUM(G12,G14:G16)" → ["G12", "G14", "G15", "G16"]. */
function sumRefs(formula: string): string[] {
  const inner = /^=SUM\((.*)\)$/.exec(formula)![1];
  return inner.split(",").flatMap((term) => {
    const [from, to] = term.split(":");
    if (!to) return [from];
    const [, c1, r1] = /([A-Z]+)(\d+)/.exec(from)!;
    const [, c2, r2] = /([A-Z]+)(\d+)/.exec(to)!;
    if (c1 === c2) return Array.from({ length: Number(r2) - Number(r1) + 1 }, (_, i) => `${c1}${Number(r1) + i}`);
    throw new Error(`row ranges are not used: ${term}`);
  });
}

const at = (plan: Plan, row: number, col: number) => plan.writes.find((w) => w.row === row && w.col === col);
const header = (plan: Plan, text: string) => plan.writes.find((w) => typeof w.value === "string" && w.value.startsWith(text))!;

/** The number a written cell shows once formulas are computed (blanks and text count 0, as SUM does). */
function shownNumber(w: CellWrite | undefined): Decimal {
  const v = w?.formula !== undefined ? w.expected : w?.value;
  return typeof v === "number" || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) ? new Decimal(String(v)) : new Decimal(0);
}

function cellByA1(plan: Plan, ref: string): CellWrite | undefined {
  return plan.writes.find((w) => a1(w.row, w.col) === ref);
}

/** Every SUM's `expected` is the exact Decimal sum of the cells it references, as written. */
function expectSumsExact(plan: Plan): number {
  let n = 0;
  for (const w of plan.writes.filter((x) => x.formula?.startsWith("=SUM("))) {
    const sum = sumRefs(w.formula!).reduce((s, ref) => s.plus(shownNumber(cellByA1(plan, ref))), new Decimal(0));
    expect([a1(w.row, w.col), w.expected]).toEqual([a1(w.row, w.col), sum.toFixed()]);
    n++;
  }
  return n;
}

/** A row's identity in the source and in the generated table. */
const identity = (r: { code: { key: string } | null; name: string; indicator: string }) => `${r.code?.key ?? ""}|${r.name}|${r.indicator}`;

function expectEverySourceRowOnce(source: Table, plan: Plan): void {
  const generated = readTables(planGrid(plan))[0];
  const printed = generated.model.rows.filter((r) => r.level !== "total" && r.level !== "pagu").map(identity);
  // Pagu continuation rows are folded into their row's Rp; totals become the one JUMLAH row.
  const expected = source.model.rows.filter((r) => r.level !== "total" && r.level !== "pagu").map(identity);
  expect(printed.sort()).toEqual(expected.sort());
  expect(generated.model.rows.filter((r) => r.level === "total").map((r) => r.name)).toEqual(["JUMLAH"]);
}

/** Apply the plan (formulas at their results), read it back, render again. */
function regenerate(plan: Plan, options = {}): Plan {
  const [table] = readTables(planGrid(plan));
  return renderTc27(table, options);
}

describe("renderTc27 on a hand-made T-C.27", () => {
  const table = handmade();
  const plan = renderTc27(table);
  const col = (text: string, below?: string) => {
    const h = header(plan, text);
    if (!below) return h.col;
    return plan.writes.find((w) => w.value === below && w.col >= h.col && w.row > h.row)!.col;
  };
  const rowOf = (name: string) => plan.writes.find((w) => w.value === name)!.row;
  const rp2021 = () => col("Tahun 2021") + 1;

  it("writes the official header, the column-number row and the print layout", () => {
    expect(header(plan, "Target Kinerja Program dan Kerangka Pendanaan")).toMatchObject({ row: 1, col: 6, bold: true });
    expect(plan.sheetLayout!.merges).toContain("F1:I1");
    expect(plan.sheetLayout!.merges).toContain("F2:G2");
    expect(plan.sheetLayout!.merges).toContain("A1:A3");
    expect(at(plan, 4, 1)?.value).toBe("(1)");
    expect(at(plan, 4, 13)?.value).toBe("(13)");
    expect(plan.sheetLayout).toMatchObject({ freeze: { rows: 4, cols: 2 }, print: { orientation: "landscape", paper: "F4", repeatRows: "1:4", fitToWidth: true } });
    expect(plan.sheet).toBe("T-C.27");
  });

  it("prints codes in one dotted form, bold programs, indented kegiatan and sub kegiatan", () => {
    const program = rowOf("PROGRAM PEMBERDAYAAN SOSIAL");
    expect(at(plan, program, 1)).toMatchObject({ value: "1.06.02", bold: true });
    expect(at(plan, rowOf("Pemberdayaan Sosial KAT"), 1)?.value).toBe("1.06.02.2.01");
    expect(at(plan, rowOf("Pemberdayaan Sosial KAT"), 2)?.indent).toBe(1);
    expect(at(plan, rowOf("Fasilitasi Pemberdayaan Sosial KAT"), 2)?.indent).toBe(2);
    expect(at(plan, rowOf("Fasilitasi Pemberdayaan Sosial KAT"), 1)?.value).toBe("1.06.02.2.01.01");
  });

  it("writes targets as numbers keeping their unit, and text targets as text", () => {
    const sub = rowOf("Fasilitasi Pemberdayaan Sosial KAT");
    expect(at(plan, sub, col("Tahun 2021"))).toMatchObject({ value: 1, numberFormat: '0 "Lokasi"' });
    expect(at(plan, rowOf("PROGRAM PEMBERDAYAAN SOSIAL"), col("Tahun 2021"))).toMatchObject({ value: 0.75, numberFormat: "0%" });
    expect(at(plan, rowOf("Peningkatan Kapasitas KAT"), col("Tahun 2021"))?.value).toBe("Baik");
    expect(at(plan, sub, rp2021())).toMatchObject({ value: 1000000, numberFormat: "#,##0" });
  });

  it("sums every parent's Rp over exactly its children's Rp cells, with exact results", () => {
    const kat = rowOf("Pemberdayaan Sosial KAT");
    const subs = [rowOf("Fasilitasi Pemberdayaan Sosial KAT"), rowOf("Peningkatan Kapasitas KAT")];
    const c = rp2021();
    expect(sumRefs(at(plan, kat, c)!.formula!)).toEqual(subs.map((r) => a1(r, c)));
    expect(at(plan, kat, c)?.expected).toBe("3000000");
    const program = rowOf("PROGRAM PEMBERDAYAAN SOSIAL");
    const kegiatan = [kat, rowOf("Pengembangan Potensi Sumber Kesejahteraan Sosial")];
    expect(sumRefs(at(plan, program, c)!.formula!)).toEqual(kegiatan.map((r) => a1(r, c)));
    expect(expectSumsExact(plan)).toBeGreaterThan(10);
  });

  it("folds a pagu continuation row into its row's Rp and keeps every other source row once", () => {
    // The kegiatan's amounts printed on the line below it, in the Target columns, are its Rp.
    const psks = rowOf("Pengembangan Potensi Sumber Kesejahteraan Sosial");
    expect(at(plan, psks, rp2021())).toMatchObject({ value: 150000000, numberFormat: "#,##0" });
    expect(at(plan, psks, rp2021() + 2)?.value).toBe(175000000);
    expect(at(plan, psks + 1, 2)?.value).toBe("JUMLAH"); // the pagu row has no line of its own
    expectEverySourceRowOnce(table, plan);
  });

  it("writes the kondisi akhir as formulas: Rp over the years, targets by the indicator's aggregation", () => {
    const finalTarget = col("Kondisi Kinerja", "Target");
    const finalRp = finalTarget + 1;
    const sub = rowOf("Fasilitasi Pemberdayaan Sosial KAT");
    expect(at(plan, sub, finalRp)).toMatchObject({ formula: `=SUM(${a1(sub, 7)},${a1(sub, 9)})`, expected: "23000000" });
    // "Jumlah lokasi": cumulative, the printed 2 = 1 + 1 confirms it.
    expect(at(plan, sub, finalTarget)).toMatchObject({ formula: `=SUM(${a1(sub, 6)},${a1(sub, 8)})`, expected: "2" });
    // A percentage: the latest year's target.
    const program = rowOf("PROGRAM PEMBERDAYAAN SOSIAL");
    expect(at(plan, program, finalTarget)).toMatchObject({ formula: `=IF(${a1(program, 8)}<>"",${a1(program, 8)},IF(${a1(program, 6)}<>"",${a1(program, 6)},""))`, expected: "0.78" });
    // Targets in words: the latest, copied.
    expect(at(plan, rowOf("Peningkatan Kapasitas KAT"), finalTarget)?.expected).toBe("Baik");
  });

  it("ends with a JUMLAH row summing the programs, per year and kondisi akhir", () => {
    const total = Math.max(...plan.writes.map((w) => w.row));
    expect(at(plan, total, 2)).toMatchObject({ value: "JUMLAH", bold: true });
    const program = rowOf("PROGRAM PEMBERDAYAAN SOSIAL");
    expect(at(plan, total, rp2021())).toMatchObject({ formula: `=SUM(${a1(program, rp2021())})`, expected: "153000000" });
    expect(at(plan, total, 11)).toMatchObject({ formula: `=SUM(${a1(total, 7)},${a1(total, 9)})`, expected: "359590000" });
  });

  it("honours the options: title, period, Tujuan/Sasaran, Satuan after the indicator, paper", () => {
    const p = renderTc27(table, { sheet: "Renstra", title: { pd: "Dinas Sosial Kabupaten Contoh" }, firstYear: 2022, years: 1, withTujuanSasaran: true, satuanColumn: false, paper: "A4" });
    expect(p.writes.slice(0, 4).map((w) => w.value)).toEqual(["TABEL T-C.27", "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN", "DINAS SOSIAL KABUPATEN CONTOH", "TAHUN 2022–2022"]);
    expect(p.writes.filter((w) => w.row === 6 && typeof w.value === "string").map((w) => w.value)).toEqual([
      "Tujuan", "Sasaran", "Kode", "Program, Kegiatan dan Sub Kegiatan",
      "Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan (Output) dan Sub Kegiatan (Output)",
      "Data Capaian pada Tahun Awal Perencanaan 2021", "Target Kinerja Program dan Kerangka Pendanaan",
      "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", "Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi",
    ]);
    expect(p.writes.some((w) => w.value === "Jumlah lokasi KAT yang ditetapkan (Lokasi)")).toBe(true);
    expect(p.sheetLayout!.print).toMatchObject({ paper: "A4", repeatRows: "6:9" });
    const [back] = readTables(planGrid(p));
    expect(back.layout.kind).toBe("renstra-program");
    expect(back.layout.years).toEqual([2022]);
  });

  it("is stable: the generated table read back generates the same table", () => {
    const again = regenerate(plan);
    expect(again.writes).toEqual(plan.writes);
    expect(again.sheetLayout).toEqual(plan.sheetLayout);
  });
});

describe("renderTc27 on balangan-tc27", () => {
  const [table] = readTables(fixtureGrid("balangan-tc27"));
  const plan = renderTc27(table, { title: { pd: "Dinas Sosial Kabupaten Balangan" } });

  it("keeps every source row once and is read back as a renstra-program table of the same years", () => {
    expectEverySourceRowOnce(table, plan);
    const [back] = readTables(planGrid(plan));
    expect(back.layout.kind).toBe("renstra-program");
    expect(back.layout.years).toEqual(table.layout.years);
  });

  it("writes every parent, total and kondisi akhir Rp as a SUM whose expected is exact", () => {
    expect(expectSumsExact(plan)).toBeGreaterThan(300);
  });

  it("sums each parent over exactly the Rp cells of the rows under it", () => {
    const [back] = readTables(planGrid(plan));
    const rpCols = back.layout.columns.filter((c) => c.role === "rp").map((c) => c.col);
    let parents = 0;
    for (const row of back.model.rows.filter((r) => r.children.length && r.level !== "total")) {
      for (const c of rpCols) {
        const w = at(plan, row.row, c)!;
        if (!w.formula) continue;
        parents++;
        expect(sumRefs(w.formula).sort()).toEqual(row.children.map((i) => a1(back.model.rows[i].row, c)).sort());
      }
    }
    expect(parents).toBeGreaterThan(100);
  });

  it("is stable", () => {
    expect(regenerate(plan, { title: { pd: "Dinas Sosial Kabupaten Balangan" } }).writes).toEqual(plan.writes);
  });
});

describe("the input template", () => {
  const plan = templatePlan({ firstYear: 2025, years: 5 });
  const grid = planGrid(plan);
  const headerRow = grid.values.length - 1;

  it("lays out the columns as data, with instructions, notes and the Arah/Sifat lists", () => {
    expect(grid.values[headerRow].filter((v) => v !== null)).toEqual(templateColumns(2025, 5).map((c) => c.header));
    expect(grid.values[headerRow].slice(0, 9)).toEqual(["Kode", "Uraian Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Baseline 2024", "Target 2025", "Rp 2025", "Target 2026", "Rp 2026"]);
    expect(plan.writes.filter((w) => w.row === headerRow + 1).every((w) => w.note)).toBe(true);
    expect(plan.sheetLayout!.validations).toEqual([
      { range: "P11:P510", list: ["positif", "negatif"], prompt: TEMPLATE_COLUMNS.find((c) => c.key === "arah")!.note },
      { range: "Q11:Q510", list: ["kumulatif", "nilai akhir"], prompt: TEMPLATE_COLUMNS.find((c) => c.key === "sifat")!.note },
    ]);
    expect(grid.values[1][0]).toBe("Petunjuk pengisian:");
  });

  const filled = (): Grid => {
    const lines = grid.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const data = [
      ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS yang berkualifikasi", "%", "70%", "72%", "", "74%", "", "76%", "", "78%", "", "80%", "", "positif", "nilai akhir", "Bidang Dayasos", "Kabupaten"],
      ["1.06.02.2.01", "Pemberdayaan Sosial KAT", "Jumlah warga KAT yang diberdayakan", "KK", "100", "20", "", "20", "", "20", "", "20", "", "20", "", "positif", "kumulatif", "", ""],
      ["1.06.02.2.01.0001", "Fasilitasi Pemberdayaan Sosial KAT", "Jumlah lokasi KAT", "Lokasi", "5", "1", "22.000.000", "1", "23.100.000", "1", "24.000.000", "1", "25.000.000", "1", "26.000.000", "positif", "nilai akhir", "", ""],
      ["", "", "Jumlah KK KAT terlayani", "KK", "50", "10", "", "10", "", "10", "", "10", "", "10", "", "", "", "", ""],
      ["1.06.02.2.01.0002", "Peningkatan Kapasitas KAT", "Jumlah warga KAT dibina", "KK", "460", "70", "9.590.000", "80", "10.069.500", "90", "11.076.450", "100", "12.184.095", "120", "13.402.504,50", "", "", "", ""],
    ];
    return tsvToGrid(tsv([...lines, ...data]), "Isian");
  };

  it("is read back, filled, as a renstra-program table with its Arah and Sifat", () => {
    const [t] = readTables(filled());
    expect(t.layout.kind).toBe("renstra-program");
    expect(t.layout.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(t.model.rows.map((r) => [r.level, r.sifat])).toEqual([
      ["program", "nilai akhir"], ["kegiatan", "kumulatif"], ["subkegiatan", "nilai akhir"], ["indicator", ""], ["subkegiatan", ""],
    ]);
  });

  it("renders to T-C.27, Sifat deciding the kondisi akhir target, and regenerates the same", () => {
    const [t] = readTables(filled());
    const plan27 = renderTc27(t);
    const row = (name: string) => plan27.writes.find((w) => w.value === name)!.row;
    const finalTarget = 16;
    expect(at(plan27, row("Fasilitasi Pemberdayaan Sosial KAT"), finalTarget)?.formula).toMatch(/^=IF\(/); // nilai akhir, said the planner
    expect(at(plan27, row("Pemberdayaan Sosial KAT"), finalTarget)).toMatchObject({ formula: "=SUM(F6,H6,J6,L6,N6)", expected: "100" });
    expect(at(plan27, row("Pemberdayaan Sosial KAT"), 7)).toMatchObject({ formula: "=SUM(G7,G9)", expected: "31590000" });
    expect(expectSumsExact(plan27)).toBeGreaterThan(10);
    expectEverySourceRowOnce(t, plan27);
    expect(regenerate(plan27).writes).toEqual(plan27.writes);
  });
});
