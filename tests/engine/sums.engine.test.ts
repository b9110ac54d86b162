import ExcelJS from "exceljs";
import { type RecalcSettings, type RecalcTable, recalcWorkbook } from "../../cli/commands/recalc";
import { readWorkbookBytes } from "../../cli/io/read-workbook";
import { a1 } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";
import { type FixtureName, fixtureText, fixtureWorkbook } from "../support/fixtures";
import { tsvToWorkbook } from "../support/tsv-to-xlsx";
import { SUM_FIXTURES } from "../unit/recalc-sums-support";
import { differences, recalcInLibreOffice } from "./harness";

/**
 * The Renstra/Renja money sums (parents, totals, grand totals, kondisi akhir Rp) proven in
 * LibreOffice: the T-C.27 and T-C.33 fixtures recalculated as `tc27 recalc` does, as Excel typed them
 * and as pasted text after "Rapikan angka", in one LibreOffice run; every written sum must come back
 * equal to the core's exact value, and the validator must find no pagu error on them afterwards.
 */
interface Case {
  tables: RecalcTable[];
  wb: ExcelJS.Workbook;
  /** The workbook as it was before recalculation. */
  original: ExcelJS.Workbook;
  back?: ExcelJS.Workbook;
}

const typed: RecalcSettings = { normalize: false };
const normalized: RecalcSettings = { normalize: true };
const asText = (name: FixtureName) => tsvToWorkbook(fixtureText(name), { sheetName: name, typedNumbers: false, headerRows: 0 });

const cases: Record<string, Case> = {};

beforeAll(async () => {
  for (const name of SUM_FIXTURES) {
    for (const [label, build, settings] of [[name, () => fixtureWorkbook(name), typed], [`${name}-text`, () => asText(name), normalized]] as const) {
      const wb = build();
      cases[label] = { wb, original: build(), tables: recalcWorkbook(wb, settings) };
    }
  }
  const back = await recalcInLibreOffice(Object.fromEntries(Object.entries(cases).map(([n, c]) => [n, c.wb])));
  for (const [n, wb] of Object.entries(back)) cases[n].back = wb;
}, 180_000);

const sumWrites = (c: Case) => c.tables.flatMap((t) => t.plan.writes.filter((w) => w.formula?.startsWith("=SUM(")));

test("every money sum is a live formula (typed, and after Rapikan angka)", () => {
  for (const [name, c] of Object.entries(cases)) {
    expect([name, c.tables.length]).toEqual([name, 1]);
    // A computed value (not a formula) comes with a note saying why; "Rapikan angka"'s own values have none.
    const values = c.tables[0].plan.writes.filter((w) => w.formula === undefined && w.value !== undefined && w.note);
    expect([name, sumWrites(c).length > 0, values]).toEqual([name, true, []]);
  }
});

test("LibreOffice's result equals the core's on every written sum (0 differences)", () => {
  const found = Object.entries(cases).flatMap(([name, c]) => differences(c.back!.worksheets[0], c.tables.map((t) => t.plan), name));
  expect(found).toEqual([]);
});

/** The validator's pagu findings on a workbook's table, at the given cells. */
async function paguFindings(wb: ExcelJS.Workbook, name: string, cells: Set<string>) {
  const file = await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), `${name}.xlsx`);
  const [table] = readTables(file.sheets[0]);
  return validateTable(table).findings.filter((f) => /^pagu-(rollup|rounding|final)$/.test(f.rule) && cells.has(f.cell));
}

test("after recalculation the validator finds no pagu-rollup, pagu-rounding or pagu-final on the written cells", async () => {
  for (const [name, c] of Object.entries(cases)) {
    const cells = new Set(sumWrites(c).map((w) => a1(w.row, w.col)));
    // Before, the printed sheet has them (Balangan dozens, Rote Ndao its Rehabilitasi program and total).
    expect([name, (await paguFindings(c.original, name, cells)).length >= 2]).toEqual([name, true]);
    const after = await paguFindings(c.back!, name, cells);
    expect([name, after.map((f) => `${f.cell} ${f.rule}: ${f.message}`)]).toEqual([name, []]);
  }
});
