import { MARKS_LABEL, UNMARK_LABEL } from "../../core/commands/marks-record";
import { requestedPlan, sourceTable } from "../../core/commands/generate";
import { MARK_FILL } from "../../core/commands/marks";
import { gridPlan } from "../../core/commands/recalc";
import { validateGrid } from "../../core/commands/validate";
import { a1, type Grid } from "../../core/grid";
import type { Plan } from "../../core/plan/types";
import type { HostState } from "../../core/commands/types";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { createExcelBridge } from "../../excel-addin/excel-bridge";
import { UNDO_SHEET } from "../../excel-addin/excel-port";
import { FIXTURES, fixtureGrid } from "../support/fixtures";
import { type ApiVersion, FakeExcel } from "./fake-excel";
import { expectLeft } from "./left-state";

/**
 * Every command of the add-in end to end on the fake workbook, for the six real tables, with notes
 * (ExcelApi 1.18) and with the threaded-comments fallback (1.10): what it writes, that it reads and
 * writes in at most three round trips, and that Hapus tanda and Urungkan give the sheet back cell
 * for cell (values, formulas, number formats, fills, notes, comments). Each answers with the state it
 * leaves, as describe() reads it right after (Hapus tanda and Urungkan: all but the table).
 */

const APIS: ApiVersion[] = ["1.18", "1.10"];
const settings = DEFAULT_SETTINGS;

/** A workbook holding the grid, with a planner's own fill, note and comment on its first cell. */
function workbookWith(grid: Grid, api: ApiVersion): FakeExcel {
  const fake = new FakeExcel(api);
  const sheet = fake.addSheet(grid);
  fake.cell(sheet, grid.originRow - 1, grid.originCol - 1).fill = "#00FF00";
  fake.notes.set(`${grid.sheet}!A1`, "catatan perencana");
  fake.comments.set(`${grid.sheet}!A1`, "komentar perencana");
  return fake;
}

function bridgeOn(fake: FakeExcel) {
  return createExcelBridge({ run: fake.run, capabilities: { notes: fake.isSetSupported("ExcelApi", "1.18") }, today: () => new Date(2025, 5, 1) });
}

/** The syncs one call makes. */
async function syncsOf(fake: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = fake.syncs.length;
  await work();
  return fake.syncs.length - before;
}

/** Where our marks and plan notes go on this Excel. */
const marksOf = (fake: FakeExcel) => (fake.api === "1.18" ? "note" : "comment");

describe.each(FIXTURES.flatMap((name) => APIS.map((api) => [name, api] as const)))("%s on ExcelApi %s", (name, api) => {
  const grid = fixtureGrid(name);
  const { report } = validateGrid(grid, "id");
  const recalc = gridPlan(grid, "recalc", settings)!;
  const normalize = gridPlan(grid, "normalize", settings)!;

  test("Validasi marks every finding's cell and changes no value; Hapus tanda gives the sheet back exactly", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    let result: Awaited<ReturnType<typeof bridge.validate>> | undefined;
    expect(await syncsOf(fake, async () => (result = await bridge.validate(settings)))).toBeLessThanOrEqual(3);
    expect(result!.findings).toEqual(report.findings);
    const after = fake.dump(name);
    for (const f of report.findings) {
      expect(Object.values(MARK_FILL).map((fill) => `#${fill}`)).toContain(after[f.cell].fill);
      expect(after[f.cell][marksOf(fake)]).toContain(f.message);
    }
    for (const [address, cell] of Object.entries(original)) {
      expect([after[address].value, after[address].formula, after[address].numberFormat]).toEqual([cell.value, cell.formula, cell.numberFormat]);
    }
    expect(fake.sheet(UNDO_SHEET)?.visibility).toBe("Hidden");
    expect(result!.host).toMatchObject({ marked: result!.marked, undo: { label: MARKS_LABEL } });
    expectLeft(result!.host, await bridge.describe());

    const cleared = await bridge.clearMarks();
    expect(cleared.restored).toBe(result!.marked);
    expect(fake.dump(name)).toEqual(original);
    expect(cleared.host).toMatchObject({ marked: 0, undo: { label: UNMARK_LABEL } });
    expectLeft(cleared.host, await bridge.describe(), ["table"]);
  });

  test("Urungkan after Validasi, and after Hapus tanda, restores the sheet exactly", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    await bridge.validate(settings);
    const marked = fake.dump(name);
    await bridge.clearMarks();
    let undone: Awaited<ReturnType<typeof bridge.undo>> | undefined;
    expect(await syncsOf(fake, async () => (undone = await bridge.undo()))).toBeLessThanOrEqual(3);
    expect(undone).toMatchObject({ undone: UNMARK_LABEL, host: { undo: { label: MARKS_LABEL } } });
    expect(undone!.host.marked).toBeGreaterThan(0);
    expectLeft(undone!.host, await bridge.describe(), ["table"]);
    expect(fake.dump(name)).toEqual(marked);
    undone = await bridge.undo();
    expect(undone).toMatchObject({ undone: MARKS_LABEL, host: { undo: null, marked: 0 } });
    expectLeft(undone.host, await bridge.describe(), ["table"]);
    expect(fake.dump(name)).toEqual(original);
    undone = await bridge.undo();
    expect(undone).toMatchObject({ undone: null, host: { undo: null, marked: 0 } });
    expectLeft(undone.host, await bridge.describe(), ["table"]);
  });

  test("a second Validasi replaces the first one's marks; one Hapus tanda clears them all", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    await bridge.validate(settings);
    const once = fake.dump(name);
    const again = await bridge.validate(settings);
    expect(fake.dump(name)).toEqual(once);
    expectLeft(again.host, await bridge.describe());
    await bridge.clearMarks();
    expect(fake.dump(name)).toEqual(original);
  });

  test("Hitung ulang writes the recalculation plan's cells; Urungkan restores the sheet exactly", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    let written = 0;
    let host: HostState | undefined;
    expect(await syncsOf(fake, async () => ({ written, host } = await bridge.recalc(settings)))).toBeLessThanOrEqual(3);
    expect(written).toBe(recalc.writes.length);
    const after = fake.dump(name);
    for (const w of recalc.writes) {
      const cell = after[a1(w.row, w.col)];
      if (w.formula !== undefined) expect(cell.formula).toBe(w.formula);
      if (w.numberFormat !== undefined) expect(cell.numberFormat).toBe(w.numberFormat);
      if (w.note) expect(cell[marksOf(fake)]).toContain(w.note);
    }
    // Nothing outside the plan's cells changed.
    const planned = new Set(recalc.writes.map((w) => a1(w.row, w.col)));
    for (const [address, cell] of Object.entries(original)) if (!planned.has(address)) expect(after[address]).toEqual(cell);
    // The state it answered with is what describe() reads once Excel has calculated the formulas (the
    // fake does not: their results stand in their place, or a row of sums would read as empty).
    for (const w of recalc.writes) if (w.formula !== undefined && w.expected !== undefined) Object.assign(fake.cell(fake.sheet(name)!, w.row - 1, w.col - 1), { formula: null, value: w.expected === "" ? null : Number(w.expected) });
    expectLeft(host!, await bridge.describe());
    if (written > 0) {
      let undone: Awaited<ReturnType<typeof bridge.undo>> | undefined;
      expect(await syncsOf(fake, async () => (undone = await bridge.undo()))).toBeLessThanOrEqual(3);
      expectLeft(undone!.host, await bridge.describe(), ["table"]);
    }
    expect(fake.dump(name)).toEqual(original);
  });

  test("Rapikan angka turns numbers written as text into numbers; Urungkan restores the sheet exactly", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    let written = 0;
    let host: HostState | undefined;
    expect(await syncsOf(fake, async () => ({ written, host } = await bridge.normalize(settings)))).toBeLessThanOrEqual(3);
    expect(written).toBe(normalize.writes.length);
    expectLeft(host!, await bridge.describe());
    const after = fake.dump(name);
    for (const w of normalize.writes) if (typeof w.value === "number") expect(after[a1(w.row, w.col)].value).toBe(w.value);
    await bridge.undo();
    expect(fake.dump(name)).toEqual(original);
  });

  test("Buat tabel makes the input template in a new sheet; Urungkan removes it", async () => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(name);
    const report = await bridge.generate({ kind: "template" }, settings);
    expect(report.sheet).toBe("Isian T-C.27");
    const sheet = fake.sheet(report.sheet)!;
    const template = requestedPlan(sourceTable([grid]), { kind: "template" }, 2025) as Plan;
    expect(sheet.validations.map((v) => [v.range, v.rule?.list?.source, v.prompt?.message])).toEqual(
      template.sheetLayout!.validations!.map((v) => [v.range, v.list.join(","), v.prompt]),
    );
    const cells = fake.dump(report.sheet);
    for (const w of template.writes) if (w.note) expect(cells[a1(w.row, w.col)][marksOf(fake)]).toBe(w.note);
    expect(fake.active).toBe(report.sheet);
    // The new sheet is the one the commands use now: its table, read from the plan, is the one describe() finds there.
    expect(report.host).toMatchObject({ sheet: report.sheet, table: { sheet: report.sheet, kind: "renstra-program", rows: 0 } });
    expectLeft(report.host, await bridge.describe());
    const undone = await bridge.undo();
    expect(undone).toMatchObject({ undone: report.host.undo!.label, host: { sheet: name } });
    expectLeft(undone.host, await bridge.describe(), ["table"]);
    expect(fake.sheet(report.sheet)).toBeUndefined();
    expect(fake.dump(name)).toEqual(original);
  });
});

describe("Buat tabel from the Balangan T-C.27", () => {
  const grid = fixtureGrid("balangan-tc27");
  const plan = requestedPlan(sourceTable([grid]), { kind: "renstra-program" }, 2025) as Plan;
  const layout = plan.sheetLayout!;

  test.each(APIS)("the official T-C.27 in a new sheet, cell for cell and with its layout; Urungkan removes it (ExcelApi %s)", async (api) => {
    const fake = workbookWith(grid, api);
    const bridge = bridgeOn(fake);
    const original = fake.dump(grid.sheet);
    fake.newSheet("T-C.27");
    let report: Awaited<ReturnType<typeof bridge.generate>> | undefined;
    expect(await syncsOf(fake, async () => (report = await bridge.generate({ kind: "renstra-program" }, settings)))).toBeLessThanOrEqual(3);
    // "T-C.27" is taken: the next free name.
    expect(report!.sheet).toBe("T-C.27 (2)");
    const sheet = fake.sheet("T-C.27 (2)")!;
    const cells = fake.dump("T-C.27 (2)");
    for (const w of plan.writes) {
      const cell = cells[a1(w.row, w.col)];
      expect(cell.formula ?? cell.value).toBe(w.formula ?? w.value ?? null);
      expect(cell.numberFormat).toBe(w.numberFormat ?? "General");
      expect([cell.bold ?? false, cell.borders ?? 0, cell.wrap ?? false, cell.indent ?? 0]).toEqual([w.bold ?? false, w.border ? 15 : 0, w.wrap ?? false, w.indent ?? 0]);
      expect([cell.align, cell.valign]).toEqual([w.align && { left: "Left", center: "Center", right: "Right" }[w.align], w.valign && { top: "Top", middle: "Center" }[w.valign]]);
    }
    expect(sheet.merges).toEqual(layout.merges);
    expect([...sheet.columnWidths.keys()]).toEqual(layout.columnWidths.map((c) => c.col));
    expect(sheet.columnWidths.get(2)).toBeGreaterThan(sheet.columnWidths.get(4)!);
    expect(sheet.freeze).toEqual(layout.freeze);
    expect(sheet.page).toEqual({
      orientation: "Landscape",
      paperSize: layout.print!.paper === "F4" ? "Folio" : "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: layout.print!.repeatRows!.replace(/(\d+)/g, "$$$1"),
    });
    expect(report!.host.undo).toEqual({ label: plan.label, cells: 0 });
    expectLeft(report!.host, await bridge.describe());

    await bridge.undo();
    expect(fake.sheet("T-C.27 (2)")).toBeUndefined();
    expect(fake.dump(grid.sheet)).toEqual(original);
  });

  test("the evaluation of a year outside the period is refused with the core's message", async () => {
    const bridge = bridgeOn(workbookWith(grid, "1.18"));
    await expect(bridge.generate({ kind: "evaluasi-renja", year: 2040 }, settings)).rejects.toThrow("Tahun 2040 tidak ada dalam periode tabel (2021, 2022, 2023, 2024, 2025, 2026).");
  });

  test("a table that is not a T-C.27 cannot be the source of one", async () => {
    const bridge = bridgeOn(workbookWith(fixtureGrid("balangan-tc23"), "1.18"));
    await expect(bridge.generate({ kind: "renstra-program" }, settings)).rejects.toThrow(/^Rentang ini tidak berisi T-C\.27/);
  });
});
