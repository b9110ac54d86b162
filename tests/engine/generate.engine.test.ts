import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { sourceTable } from "../../core/commands/generate";
import { generateInto, type Generated } from "../../cli/commands/generate";
import { worksheetToGrid } from "../../cli/io/read-workbook";
import { a1 } from "../../core/grid";
import type { ModelRow, Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { paguAnalysis, type Place } from "../../core/rules/support/pagu";
import type { Finding } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { fixtureGrid } from "../support/fixtures";
import { differences, functionNames, recalcInLibreOffice, resultOf, STANDARD_FUNCTIONS } from "./harness";

/**
 * The generated T-C.27 of Balangan, proven in a real spreadsheet engine: generated the way
 * `tc27 generate` does it, recalculated by LibreOffice, read back. Every Rp formula's result is the
 * core's exact value and the Σ of the children / years as the validator reads the sheet; every source
 * row is there once; the validator finds no structure, code-format or pagu error the source data
 * does not carry itself.
 */
let source: Table;
let generated: Generated;
let back: ExcelJS.Worksheet;
let table: Table;

beforeAll(async () => {
  source = readTables(fixtureGrid("balangan-tc27"))[0];
  const wb = new ExcelJS.Workbook();
  generated = generateInto(wb, sourceTable([fixtureGrid("balangan-tc27")])!, { kind: "renstra-program" });
  back = (await recalcInLibreOffice({ generated: wb })).generated.getWorksheet(generated.sheet)!;
  [table] = readTables(worksheetToGrid(back));
}, 180_000);

const formulaWrites = () => generated.plan.writes.filter((w) => w.formula !== undefined);

/** A row as a planner recognises it, whatever its position or code spelling. */
const identity = (r: ModelRow) => [r.code?.key ?? "", r.name, r.indicator].map((s) => s.replace(/\s+/g, " ").trim()).join(" | ");

function counts(rows: ModelRow[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(identity(r), (m.get(identity(r)) ?? 0) + 1);
  return m;
}

test("the generated sheet is read back as a T-C.27 of the same years", () => {
  expect(table.model.kind).toBe("renstra-program");
  expect(table.model.years).toEqual(source.model.years);
});

test("every formula is standard and LibreOffice computes the core's exact value", () => {
  expect(formulaWrites().length).toBeGreaterThan(100);
  for (const w of formulaWrites()) for (const f of functionNames(w.formula!)) expect([w.formula, STANDARD_FUNCTIONS.has(f)]).toEqual([w.formula, true]);
  expect(differences(back, [generated.plan])).toEqual([]);
});

test("every parent, total and kondisi akhir Rp equals the Σ of its children / years as read back", () => {
  const a = paguAnalysis(table);
  const number = (p: Place) => {
    const r = resultOf(back.getCell(p.row.row, p.col.col));
    return new Decimal(typeof r === "number" ? r : 0);
  };
  // Each sum the validator sees in the read-back sheet: the cell it judges and what it should hold.
  const sums = new Map<string, Decimal>();
  for (const r of a.rollups) {
    for (const slot of a.slots.filter((s) => s.col.role === "rp" || s.final)) {
      const at = a.place(r.row, slot);
      const addends = a.addends(r, slot);
      if (at && addends !== "unreadable") sums.set(a1(at.row.row, at.col.col), addends.reduce((s, p) => s.plus(number(p)), new Decimal(0)));
    }
  }
  const finalSlot = a.slots.find((s) => s.final)!;
  const inWindow = (y?: number) => y !== undefined && (!a.window || (y >= a.window.from && y <= a.window.to));
  const yearly = a.slots.filter((s) => !s.final && s.col.role === "rp" && inWindow(s.col.year));
  for (const row of a.finalRows) {
    const at = a.place(row, finalSlot);
    if (at) sums.set(a1(at.row.row, at.col.col), yearly.reduce((s, slot) => s.plus(a.place(row, slot) ? number(a.place(row, slot)!) : 0), new Decimal(0)));
  }
  // The Rp formulas: every formula in a money column (the others are kondisi akhir Targets).
  const moneyCols = new Set(a.slots.map((s) => s.col.col));
  const moneyFormulas = formulaWrites().filter((w) => moneyCols.has(w.col));
  expect(moneyFormulas.length).toBeGreaterThan(300);
  const wrong = moneyFormulas
    .map((w) => ({ cell: a1(w.row, w.col), formula: w.formula, engine: resultOf(back.getCell(w.row, w.col)), sum: sums.get(a1(w.row, w.col))?.toString() }))
    .filter((x) => x.sum === undefined || !new Decimal(x.engine as number).eq(x.sum));
  expect(wrong).toEqual([]);
});

test("every row of the source appears once", () => {
  // Totals become the generated JUMLAH; a row's amounts printed on the line below it (a pagu row) move onto it.
  const main = (rows: ModelRow[]) => rows.filter((r) => r.level !== "total" && r.level !== "pagu");
  const before = counts(main(source.model.rows));
  const after = counts(main(table.model.rows));
  expect([...after].filter(([k, n]) => before.get(k) !== n)).toEqual([]);
  expect([...before].filter(([k, n]) => after.get(k) !== n)).toEqual([]);
});

/** The rules the generated table must satisfy wherever its source data does. */
const STRUCTURE_RULES = ["code-format", "code-duplicate", "code-parent", "code-level", "code-order", "pagu-rollup", "pagu-rounding", "pagu-final"];

/**
 * Errors the generated table carries over from the source data, each with why (the generator keeps
 * the planner's numbers and rows; it does not invent a fix). Keyed "rule | row identity".
 */
const FROM_SOURCE_DATA: Record<string, string> = {};

test("the validator reports no structure, code-format or pagu error beyond the source data's own", () => {
  const errors = (t: Table) => {
    const byRow = new Map(t.model.rows.map((r) => [r.row, r]));
    return validateTable(t)
      .findings.filter((f: Finding) => f.severity === "error" && STRUCTURE_RULES.includes(f.rule))
      .map((f) => ({ key: `${f.rule} | ${byRow.get(f.row) ? identity(byRow.get(f.row)!) : `row ${f.row}`}`, cell: f.cell, message: f.message }));
  };
  const inSource = new Set(errors(source).map((e) => e.key));
  const introduced = errors(table).filter((e) => !inSource.has(e.key) && !(e.key in FROM_SOURCE_DATA));
  expect(introduced).toEqual([]);
});
