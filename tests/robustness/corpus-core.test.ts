/**
 * The bad-input corpus through the core: each file is read as the CLI reads it (readWorkbookBytes),
 * then every table goes through readTables, validateTable, recalcPlan, normalizePlan and, for a
 * T-C.27, renderTc27. Each case states what the product must do with the damage, and checks it.
 */
import { readWorkbookBytes, WorkbookReadError } from "../../cli/io/read-workbook";
import { a1, type Grid } from "../../core/grid";
import type { Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { normalizePlan, recalcPlan } from "../../core/recalc";
import { renderTc27 } from "../../core/render";
import type { Finding } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import * as corpus from "./support/corpus";
import { COL, ROW, WIDTH } from "./support/tc27";

async function sheets(build: () => Promise<Buffer>, file: string): Promise<Grid[]> {
  return (await readWorkbookBytes(await build(), file)).sheets;
}

/** The tables of a workbook, each with its findings, after every core command ran on it. */
async function checked(build: () => Promise<Buffer>, file = "berkas.xlsx") {
  const grids = await sheets(build, file);
  const tables = grids.flatMap((g) => readTables(g));
  return tables.map((table) => {
    const findings = validateTable(table).findings;
    const recalc = recalcPlan(table);
    const normalize = normalizePlan(table);
    const rendered = table.model.kind === "renstra-program" ? renderTc27(table) : null;
    return { table, findings, recalc, normalize, rendered };
  });
}

const at = (findings: Finding[], row: number, col: number) => findings.filter((f) => f.row === row && f.col === col).map((f) => f.rule);
const rules = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const tableRows = (t: Table) => t.model.rows.map((r) => r.row);

test("the intact table: one T-C.27, four rows, no error — the baseline every damaged case departs from", async () => {
  const [t] = await checked(corpus.intact);
  expect(t.table.model.kind).toBe("renstra-program");
  expect(t.table.model.range).toBe("A1:O8");
  expect(errors(t.findings)).toEqual([]);
  // The recalculation rewrites the same amounts (parents and kondisi akhir): nothing changes.
  expect(t.recalc.changed).toEqual([]);
});

test("an empty sheet holds no table (the CLI names the sheet)", async () => {
  const grids = await sheets(corpus.emptySheet, "kosong.xlsx");
  expect(grids.map((g) => g.sheet)).toEqual(["Kosong"]);
  expect(readTables(grids[0])).toEqual([]);
});

test("an empty sheet beside a table does not hide the table", async () => {
  const grids = await sheets(corpus.emptySheetBesideTable, "kosong-dan-tabel.xlsx");
  expect(grids.map((g) => readTables(g).length)).toEqual([0, 1]);
});

test("a header without data rows is a table with no rows: nothing to check, recompute or fill", async () => {
  const [t] = await checked(corpus.headerOnly);
  expect(t.table.model.range).toBe("A1:O4");
  expect(t.table.model.rows).toEqual([]);
  expect(t.findings).toEqual([]);
  expect(t.recalc.writes).toEqual([]);
  expect(t.normalize.writes).toEqual([]);
  // The generated table still has its header and a JUMLAH row, summing nothing.
  expect(t.rendered!.writes.length).toBeGreaterThan(0);
});

test("data rows without a recognisable header are no table", async () => {
  expect(await checked(corpus.noHeader)).toEqual([]);
});

test("merged cells across data rows: read in their top-left cell, an amount merged over two rows counts in its top row", async () => {
  const [t] = await checked(corpus.mergedDataRows);
  expect(tableRows(t.table)).toEqual([ROW.program, ROW.kegiatan, ROW.subA, ROW.subB]);
  // The 2027 amount written once over both sub kegiatan (21 juta in K7, K8 empty): the kegiatan still
  // sums to 21 juta, and each sub kegiatan's kondisi akhir no longer matches its own years.
  expect(at(t.findings, ROW.kegiatan, COL.rp(2))).toEqual([]);
  expect(at(t.findings, ROW.subA, COL.finalRp)).toContain("pagu-final");
  expect(at(t.findings, ROW.subB, COL.finalRp)).toContain("pagu-final");
  // The merged Unit Kerja and Lokasi cells raise nothing.
  expect(t.findings.filter((f) => f.col === COL.unitPd || f.col === COL.lokasi)).toEqual([]);
});

test("hidden rows and columns are read and checked like any other", async () => {
  const [t] = await checked(corpus.hiddenRowsAndColumns);
  expect(tableRows(t.table)).toContain(ROW.subA);
  expect(t.table.model.range).toBe("A1:O8");
  // Sub kegiatan A (hidden) says 11 juta for 2025: its kegiatan's roll-up and its kondisi akhir disagree.
  expect(at(t.findings, ROW.kegiatan, COL.rp(0))).toEqual(["pagu-rollup"]);
  expect(at(t.findings, ROW.subA, COL.finalRp)).toEqual(["pagu-final"]);
});

test("a table starting at C4 is found there, and findings and writes carry sheet addresses", async () => {
  const [t] = await checked(corpus.notAtA1);
  const { top, left } = corpus.OFFSET;
  expect(t.table.model.range).toBe(`${a1(top, left)}:${a1(top + ROW.subB - 1, left + WIDTH - 1)}`);
  const programRp2026 = { row: top + ROW.program - 1, col: left + COL.rp(1) - 1 };
  const f = t.findings.find((x) => x.rule === "pagu-rollup")!;
  expect([f.row, f.col, f.cell]).toEqual([programRp2026.row, programRp2026.col, "K8"]);
  // The recalculation writes the program's 2026 Rp in the same cell, summing the kegiatan below it.
  const w = t.recalc.writes.find((x) => x.row === programRp2026.row && x.col === programRp2026.col)!;
  expect(w.formula).toBe("=SUM(K9)");
  expect(t.recalc.changed.map((c) => a1(c.row, c.col))).toContain("K8");
});

test("two tables on one sheet are both found, each with its own range and findings", async () => {
  const [tc27, pk] = await checked(corpus.twoTables);
  expect([tc27.table.model.kind, tc27.table.model.range]).toEqual(["renstra-program", "A1:O8"]);
  expect([pk.table.model.kind, pk.table.model.range]).toEqual(["pengukuran-kinerja", `A${corpus.PK_TOP}:G${corpus.PK_TOP + 2}`]);
  expect(errors(tc27.findings)).toEqual([]);
  // The second measurement row prints 80 % where 45/50 gives 90 %.
  expect(pk.findings.map((f) => [f.rule, f.cell])).toEqual([["ratio-mismatch", `G${corpus.PK_TOP + 2}`]]);
  expect(pk.recalc.changed.map((c) => [a1(c.row, c.col), c.next])).toEqual([[`G${corpus.PK_TOP + 2}`, "90"]]);
});

test("a value in column XFD widens the sheet, not the findings: the table is read and checked as before", async () => {
  const [t] = await checked(corpus.lastColumnUsed);
  expect(t.table.model.range).toBe(`A1:XFD${ROW.subB}`);
  expect(errors(t.findings)).toEqual([]);
  expect(t.findings.every((f) => f.col <= WIDTH)).toBe(true);
});

test("cells of 32 767 characters: read whole, quoted shortened in messages", async () => {
  const [t] = await checked(corpus.longCells);
  const name = t.table.model.rows.find((r) => r.row === corpus.LONG.name.row)!.name;
  expect(name.length).toBe(corpus.MAX_CELL_TEXT);
  const f = t.findings.find((x) => x.row === corpus.LONG.rp.row && x.col === corpus.LONG.rp.col)!;
  expect(f.rule).toBe("value-text");
  expect(f.actual?.length).toBe(corpus.MAX_CELL_TEXT);
  expect(f.message.length).toBeLessThan(300);
  expect(f.message).toContain("…");
});

test("every spreadsheet error value is a value-error on its own cell, naming the error", async () => {
  const [t] = await checked(corpus.errorValues);
  for (const { error, row, col } of corpus.ERROR_CELLS) {
    const f = t.findings.find((x) => x.row === row && x.col === col && x.rule === "value-error");
    expect(f?.message).toContain(error);
    expect(f?.actual).toBe(error);
  }
  // No formula reads an error: the sub kegiatan's kondisi akhir and the sums over them are left alone.
  const rewritten = new Set(t.recalc.writes.filter((w) => w.formula).map((w) => a1(w.row, w.col)));
  for (const { row, col } of corpus.ERROR_CELLS) expect(rewritten.has(a1(row, col))).toBe(false);
});

test("a date in an amount cell and booleans in target cells are each named as not a number", async () => {
  const [t] = await checked(corpus.datesAndBooleans);
  const date = t.findings.find((f) => f.row === corpus.DATE_CELL.row && f.col === corpus.DATE_CELL.col && f.rule === "value-text")!;
  expect(date.message).toBe('Sel pagu berisi teks "2025-01-15", bukan angka rupiah.');
  for (const b of corpus.BOOLEAN_CELLS) {
    const f = t.findings.find((x) => x.row === b.row && x.col === b.col)!;
    expect([f.rule, f.message]).toEqual(["value-text", `Sel berisi nilai logika ${b.value ? "TRUE" : "FALSE"}, bukan angka.`]);
  }
});

test("1e308 is read and summed (to 20 significant digits), and -0 is a zero target", async () => {
  const [t] = await checked(corpus.extremeNumbers);
  const rollup = t.findings.find((f) => f.rule === "pagu-rollup" && f.row === ROW.kegiatan && f.col === COL.rp(0))!;
  // 1e308 + 5 000 000: decimal.js keeps 20 significant digits, so the sum is 1e308 — written out in full.
  expect(rollup.expected!.replace(/\D/g, "")).toBe("1" + "0".repeat(308));
  expect(rollup.actual).toBe("Rp 15.000.000");
  expect(at(t.findings, ROW.subB, COL.target(0))).toEqual(["pagu-without-target"]);
  // The kondisi akhir target of a cumulative indicator with targets 0, 0, 0 should be 0.
  expect(t.findings.find((f) => f.rule === "target-final" && f.row === ROW.subB)?.expected).toBe("0");
  // The recalculation writes the kegiatan's sum over the huge amount, its result written out in full.
  const kegiatan2025 = t.recalc.writes.find((w) => w.row === ROW.kegiatan && w.col === COL.rp(0))!;
  expect([kegiatan2025.formula, kegiatan2025.expected]).toEqual(["=SUM(G7,G8)", "1" + "0".repeat(308)]);
});

test("one column mixing Indonesian and English numbers: the minority is flagged, every value still read", async () => {
  const [t] = await checked(corpus.mixedLocales);
  const mixed = t.findings.filter((f) => f.rule === "number-format-mixed");
  expect(mixed.map((f) => f.cell).sort()).toEqual(["G6", "G8"]);
  expect(mixed.every((f) => f.col === corpus.MIXED_COLUMN)).toBe(true);
  // Read either way, the amounts add up: no roll-up error.
  expect(t.findings.filter((f) => f.rule.startsWith("pagu-"))).toEqual([]);
  expect(t.normalize.writes.map((w) => [a1(w.row, w.col), w.value]).sort()).toEqual([
    ["G5", 15_000_000],
    ["G6", 15_000_000],
    ["G7", 10_000_000],
    ["G8", 5_000_000],
  ]);
});

test("formulas over other sheets are read by their cached results; a #REF! result is an error value", async () => {
  const grids = await sheets(corpus.crossSheetFormulas, "rumus.xlsx");
  expect(grids.map((g) => g.sheet)).toEqual(["T-C.27", "Pagu"]);
  expect(grids[0].formulas![ROW.subA - 1][COL.rp(0) - 1]).toBe("='Pagu'!B2");
  const [t] = readTables(grids[0]);
  const findings = validateTable(t).findings;
  expect(at(findings, corpus.REF_CELL.row, corpus.REF_CELL.col)).toContain("value-error");
  expect(errors(findings).map((f) => f.cell)).toEqual([a1(corpus.REF_CELL.row, corpus.REF_CELL.col)]);
  expect(readTables(grids[1])).toEqual([]);
});

test("a protected sheet reads like any other", async () => {
  const [t] = await checked(corpus.protectedSheet);
  expect(t.table.model.range).toBe("A1:O8");
  expect(errors(t.findings)).toEqual([]);
});

test.each([
  ["corrupt .xlsx", corpus.truncatedXlsx, "corrupt", /tidak dapat dibaca: bukan berkas \.xlsx yang sah/],
  ["password-protected .xlsx", corpus.encrypted, "protected", /dilindungi kata sandi; buka kunci di Excel lalu simpan ulang/],
] as const)("%s: a WorkbookReadError naming the file, never a library error", async (_, build, code, text) => {
  const err = await readWorkbookBytes(await build(), "rusak.xlsx").catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WorkbookReadError);
  expect((err as WorkbookReadError).code).toBe(code);
  expect((err as WorkbookReadError).message).toMatch(text);
  expect((err as WorkbookReadError).message).toContain('"rusak.xlsx"');
});

test.each([
  ["UTF-16LE with BOM, tab-separated", corpus.csvUtf16le],
  ["Windows-1252, ';'", corpus.csvWindows1252],
  ["UTF-8, ','", corpus.csvSeparated(",")],
  ["UTF-8, ';'", corpus.csvSeparated(";")],
  ["UTF-8, tab", corpus.csvSeparated("\t")],
] as const)(".csv in %s reads as the same table as the workbook", async (_, build) => {
  const [xlsx] = await checked(corpus.intact);
  const [csv] = await checked(build, "tabel.csv");
  expect(csv.table.model.range).toBe(xlsx.table.model.range);
  expect(csv.table.model.rows.map((r) => [r.row, r.level, r.code?.key])).toEqual(xlsx.table.model.rows.map((r) => [r.row, r.level, r.code?.key]));
  expect(errors(csv.findings)).toEqual([]);
  expect(rules(csv.findings)).toEqual(rules(xlsx.findings));
});

test("control characters in a .csv are read as written", async () => {
  const [t] = await checked(corpus.csvControlCharacters, "kontrol.csv");
  expect(t.table.model.rows.find((r) => r.row === ROW.subA)!.name).toBe(corpus.CONTROL_NAME);
  expect(errors(t.findings)).toEqual([]);
});

test("Windows-1252 punctuation (en dash, curly quotes) is decoded, not mangled", async () => {
  const [t] = await checked(corpus.csvWindows1252, "ansi.csv");
  expect(t.table.model.rows.find((r) => r.row === ROW.subB)!.name).toBe(corpus.CP1252_NAME);
});
