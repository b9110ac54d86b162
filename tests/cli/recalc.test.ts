import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Plan } from "../../core/plan/types";
import { recalcWorkbook } from "../../cli/commands/recalc";
import { applyPlan } from "../../cli/io/apply-plan";
import { fixtureText, fixtureWorkbook } from "../support/fixtures";
import { runCli } from "../support/run-cli";
import { tsvToWorkbook } from "../support/tsv-to-xlsx";
import { functionNames, STANDARD_FUNCTIONS } from "../engine/harness";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-recalc-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return load(file);
}

/** Everything about a cell a planner would notice (a formula by its text and result, shared or not). */
const content = (c: ExcelJS.Cell) => (c.type === ExcelJS.ValueType.Formula ? { formula: c.formula, result: c.result } : c.value);
const look = (c: ExcelJS.Cell) => JSON.stringify([content(c), c.numFmt, c.font, c.fill ?? null, c.alignment, c.border, c.note ?? null, c.isMerged]);

/**
 * A T-C.23 as a planner's Excel holds it, loaded the way the CLI loads it: cells of one style share
 * one style object, a cell carries the planner's note, a column holds a shared formula block.
 */
async function plannersWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = tsvToWorkbook(fixtureText("balangan-tc23"), { sheetName: "T-C.23", typedNumbers: true, headerRows: 2 });
  const ws = wb.getWorksheet("T-C.23")!;
  const yellow: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  for (let r = 5; r <= 10; r++) for (let c = 16; c <= 20; c++) ws.getCell(r, c).fill = yellow;
  ws.getCell("P1").note = "catatan perencana";
  for (let r = 5; r <= 8; r++) ws.getCell(r, 22).value = r;
  ws.getCell("W5").value = { formula: "V5*2", shareType: "shared", ref: "W5:W8", result: 10 } as ExcelJS.CellFormulaValue;
  for (let r = 6; r <= 8; r++) ws.getCell(r, 23).value = { sharedFormula: "W5", result: r * 2 } as ExcelJS.CellSharedFormulaValue;
  return roundTrip(wb, "planner.xlsx");
}

const PLAN: Plan = {
  sheet: "T-C.23",
  label: { id: "Hitung ulang", en: "Recalculate" },
  writes: [
    { row: 1, col: 16, note: "Rasio = realisasi / target × 100" },
    { row: 5, col: 18, formula: '=IF(H5=0,"",ROUND(M5/H5*100,2))', expected: "72.00", numberFormat: '0.00"%"', previous: "72,00%" },
    { row: 5, col: 16, formula: '=IF(F5=0,"",ROUND(K5/F5*100,2))', expected: "" },
    { row: 6, col: 2, value: 3, numberFormat: '0 "Dokumen"' },
    { row: 7, col: 17, fill: "F8D7DA", bold: true, note: "Nilai, bukan rumus: target berupa teks." },
    { row: 5, col: 23, formula: "=V5*3", expected: "15" },
  ],
  changed: [],
};

test("applyPlan writes each CellWrite on its own cell and changes nothing else", async () => {
  const before = await plannersWorkbook();
  const edited = await plannersWorkbook();
  applyPlan(edited.getWorksheet("T-C.23")!, PLAN);
  const after = await roundTrip(edited, "after.xlsx");
  const wsBefore = before.getWorksheet("T-C.23")!;
  const ws = after.getWorksheet("T-C.23")!;

  const planned = new Set(PLAN.writes.map((w) => ws.getCell(w.row, w.col).address));
  let compared = 0;
  for (let r = 1; r <= Math.max(wsBefore.rowCount, ws.rowCount); r++) {
    for (let c = 1; c <= 24; c++) {
      if (planned.has(ws.getCell(r, c).address)) continue;
      expect([ws.getCell(r, c).address, look(ws.getCell(r, c))]).toEqual([ws.getCell(r, c).address, look(wsBefore.getCell(r, c))]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(500);

  // Formulas without "=", the exact result cached, the format on this cell only.
  expect(ws.getCell("R5").value).toEqual({ formula: 'IF(H5=0,"",ROUND(M5/H5*100,2))', result: 72 });
  expect(ws.getCell("R5").numFmt).toBe('0.00"%"');
  expect(ws.getCell("R5").fill).toEqual(wsBefore.getCell("R5").fill);
  expect((ws.getCell("P5").value as ExcelJS.CellFormulaValue).formula).toBe('IF(F5=0,"",ROUND(K5/F5*100,2))');
  expect((ws.getCell("P5").value as ExcelJS.CellFormulaValue).result ?? "").toBe("");
  // A constant with a format that keeps what the planner saw.
  expect(ws.getCell("B6").value).toBe(3);
  expect(ws.getCell("B6").numFmt).toBe('0 "Dokumen"');
  // Fill and bold on this cell only; the value stays.
  expect(ws.getCell("Q7").value).toEqual(wsBefore.getCell("Q7").value);
  expect((ws.getCell("Q7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8D7DA");
  expect(ws.getCell("Q7").font?.bold).toBe(true);
  expect(ws.getCell("Q7").note).toBe("Nilai, bukan rumus: target berupa teks.");
  // The planner's note stays, ours below it.
  expect(ws.getCell("P1").note).toBe("catatan perencana\n\nRasio = realisasi / target × 100");
  // The shared formula block's first cell took our formula; the others kept theirs.
  expect(ws.getCell("W5").formula).toBe("V5*3");
  for (let r = 6; r <= 8; r++) expect(ws.getCell(r, 23).formula).toBe(`V${r}*2`);
});

test("applying the same plan twice leaves one copy of each note", async () => {
  const wb = await plannersWorkbook();
  const ws = wb.getWorksheet("T-C.23")!;
  applyPlan(ws, PLAN);
  applyPlan(ws, PLAN);
  const back = (await roundTrip(wb, "twice.xlsx")).getWorksheet("T-C.23")!;
  expect(back.getCell("P1").note).toBe("catatan perencana\n\nRasio = realisasi / target × 100");
  expect(back.getCell("Q7").note).toBe("Nilai, bukan rumus: target berupa teks.");
});

describe("tc27 recalc", () => {
  const input = path.join(tmp, "tc23.xlsx");
  beforeAll(async () => {
    const wb = await plannersWorkbook();
    // A ratio typed wrong: 12,24% of 17% is 72,00%, not 50%.
    wb.getWorksheet("T-C.23")!.getCell("R5").value = 0.5;
    await wb.xlsx.writeFile(input);
  });

  test("writes the computed columns as formulas, reports what it wrote and changed, and leaves every other cell as it was", async () => {
    const out = path.join(tmp, "tc23-recalc.xlsx");
    const r = runCli(["recalc", input, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`ditulis ke "${out}"`);
    expect(r.stdout).toMatch(/^T-C\.23 · Tabel T-C\.23 .* · A1:[A-Z]+\d+$/m);
    expect(r.stdout).toMatch(/\d+ sel \(\d+ rumus, \d+ nilai, \d+ catatan\)/);

    // The same recalculation in-process names the cells the CLI may change.
    const expected = new ExcelJS.Workbook();
    await expected.xlsx.readFile(input);
    const [table] = recalcWorkbook(expected, { normalize: false });
    const { plan } = table;
    expect(plan.changed).toContainEqual(expect.objectContaining({ row: 5, col: 18 }));
    for (const c of plan.changed) expect(r.stdout).toContain(`ratio-mismatch  ${c.previous} → ${c.next || "(kosong)"}`);

    const before = (await load(input)).getWorksheet("T-C.23")!;
    const after = (await load(out)).getWorksheet("T-C.23")!;
    const planned = new Set(plan.writes.map((w) => `${w.row}:${w.col}`));
    for (let row = 1; row <= before.rowCount; row++) {
      for (let col = 1; col <= 24; col++) {
        const b = after.getCell(row, col);
        if (planned.has(`${row}:${col}`)) continue;
        expect([b.address, look(b)]).toEqual([b.address, look(before.getCell(row, col))]);
      }
    }
    const formulas = plan.writes.filter((w) => w.formula);
    expect(formulas.length).toBeGreaterThan(0);
    for (const w of formulas) {
      const cell = after.getCell(w.row, w.col);
      expect("=" + cell.formula).toBe(w.formula);
      for (const name of functionNames(w.formula!)) expect(STANDARD_FUNCTIONS).toContain(name);
    }
  });

  test("--lang en, --negative and --scale are accepted", () => {
    const out = path.join(tmp, "tc23-en.xlsx");
    const r = runCli(["recalc", input, "--out", out, "--lang", "en", "--negative", "inverse", "--scale", "berhasil", "--normalize"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Recalculated workbook written to "${out}"`);
    expect(fs.existsSync(out)).toBe(true);
  });

  test("unreadable input: exit code 2 and a message naming the file, no output written", () => {
    const out = path.join(tmp, "never.xlsx");
    const tsv = runCli(["recalc", "tests/fixtures/balangan-tc23.tsv", "--out", out]);
    expect([tsv.code, tsv.stdout]).toEqual([2, expect.stringContaining("bukan .xlsx")]);
    const missing = runCli(["recalc", path.join(tmp, "missing.xlsx"), "--out", out]);
    expect([missing.code, missing.stdout]).toEqual([2, expect.stringContaining("tidak ditemukan")]);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a workbook without a known table: exit code 2", async () => {
    const file = path.join(tmp, "empty-table.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "bukan tabel";
    await wb.xlsx.writeFile(file);
    const r = runCli(["recalc", file, "--out", path.join(tmp, "x.xlsx"), "--lang", "en"]);
    expect([r.code, r.stdout]).toEqual([2, expect.stringContaining("holds no table of a known kind")]);
  });
});

test.each(["balangan-tc23", "balangan-tc24", "rotendao-evaluasi-renja"] as const)(
  "recalculating a recalculated workbook (%s) changes nothing and reports nothing",
  async (name) => {
    const once = fixtureWorkbook(name);
    recalcWorkbook(once, { normalize: true });
    const first = await roundTrip(once, `${name}-once.xlsx`);
    const twice = await roundTrip(first, `${name}-twice-in.xlsx`);
    const [table] = recalcWorkbook(twice, { normalize: true });
    expect(table.plan.changed).toEqual([]);
    const a = (await roundTrip(twice, `${name}-twice.xlsx`)).worksheets[0];
    const b = first.worksheets[0];
    for (let row = 1; row <= b.rowCount; row++) {
      for (let col = 1; col <= b.columnCount; col++) expect([b.getCell(row, col).address, look(a.getCell(row, col))]).toEqual([b.getCell(row, col).address, look(b.getCell(row, col))]);
    }
  },
);
