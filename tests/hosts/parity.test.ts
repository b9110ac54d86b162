import { gridPlan } from "../../core/commands/recalc";
import type { HostStatePart, ValidationReport, WriteReport } from "../../core/commands/types";
import { a1, type Grid } from "../../core/grid";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { createExcelBridge } from "../../excel-addin/excel-bridge";
import * as sheets from "../../sheets-addon/pane-server";
import { FIXTURES, fixtureXlsxGrid, type FixtureName } from "../support/fixtures";
import { FakeExcel } from "./fake-excel";
import { spreadsheetWith } from "./fake-sheets";

/**
 * Excel and Google Sheets give the same answer for the same table: the same findings, and after
 * Hitung ulang capaian the same formulas, values and number formats in the same cells, and the same
 * state left for the pane's header. Each host runs its whole command path (bridge, port, honest fake)
 * on the fixture as its Excel held it.
 */

const settings = DEFAULT_SETTINGS;

function excelOn(grid: Grid) {
  const fake = new FakeExcel();
  fake.addSheet(grid);
  return { fake, bridge: createExcelBridge({ run: fake.run, capabilities: { notes: true }, today: () => new Date(2025, 5, 1) }) };
}

/** The state a command left, but for which host says it. */
const state = ({ host, ...rest }: HostStatePart) => rest;
/** What the report says, and the state it left. */
const written = (r: WriteReport) => ({ sheet: r.sheet, written: r.written, changed: r.changed, skipped: r.skipped, host: state(r.host) });

describe.each(FIXTURES)("Excel and Sheets on %s", (name: FixtureName) => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixtureXlsxGrid(name);
  });

  test("the same findings, conventions and marks", async () => {
    const excel = excelOn(grid);
    const fromExcel: ValidationReport = await excel.bridge.validate(settings);
    const fake = spreadsheetWith(grid);
    const fromSheets = sheets.paneValidate(settings);
    expect({ ...fromSheets, host: state(fromSheets.host) }).toEqual({ ...fromExcel, host: state(fromExcel.host) });
    expect([fromSheets.host.host, fromExcel.host.host]).toEqual(["sheets", "excel"]);
    const inExcel = excel.fake.dump(grid.sheet);
    const inSheets = fake.dump(grid.sheet).cells;
    const marked = [...new Set(fromSheets.findings.map((f) => f.cell))];
    expect(marked.map((c) => [c, inSheets[c].background, inSheets[c].note])).toEqual(marked.map((c) => [c, inExcel[c].fill?.toLowerCase(), inExcel[c].note]));
  });

  test("the same recalculated cells: formulas, values and number formats", async () => {
    const excel = excelOn(grid);
    const excelReport = await excel.bridge.recalc(settings);
    const fake = spreadsheetWith(grid);
    const sheetsReport = sheets.paneRecalc(settings);
    expect(written(sheetsReport)).toEqual(written(excelReport));

    const plan = gridPlan(grid, "recalc", settings)!;
    const inExcel = excel.fake.dump(grid.sheet);
    const inSheets = fake.dump(grid.sheet).cells;
    const cells = [...new Set(plan.writes.map((w) => a1(w.row, w.col)))];
    // Excel's fake keeps no value for a formula cell; Sheets' keeps the one typed before: compare values of constants.
    const excelCells = cells.map((c) => ({ cell: c, formula: inExcel[c]?.formula ?? null, value: inExcel[c]?.formula ? null : (inExcel[c]?.value ?? null), format: inExcel[c]?.numberFormat ?? "General" }));
    const sheetsCells = cells.map((c) => ({ cell: c, formula: inSheets[c]?.formula ?? null, value: inSheets[c]?.formula ? null : (inSheets[c]?.value ?? null), format: inSheets[c]?.format ?? "General" }));
    expect(sheetsCells).toEqual(excelCells);
  });
});
