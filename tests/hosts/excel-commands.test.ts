import { workbookToGrids } from "../../cli/io/xlsx";
import { a1, type Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { recalcPlan } from "../../core/recalc";
import { validateTable } from "../../core/rules/validate";
import { hapusTanda, hitungUlang, urungkan, validasi } from "../../excel-addin/commands";
import { MARK_FILL } from "../../core/commands/marks";
import { UNDO_SHEET } from "../../excel-addin/excel-port";
import { generateTc27 } from "../bench/generate-tc27";
import { FIXTURES, fixtureGrid } from "../support/fixtures";
import { FakeExcel } from "./fake-excel";

/** A fake workbook holding the grid, with a planner's own fill and note on its first cell. */
function workbookWith(grid: Grid): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet(grid);
  const first = fake.cell(fake.sheet(grid.sheet)!, grid.originRow - 1, grid.originCol - 1);
  first.fill = "#00FF00";
  fake.notes.set(`${grid.sheet}!A1`, "catatan perencana");
  return fake;
}

/** Syncs one command makes. */
async function syncsOf(fake: FakeExcel, command: (ctx: Excel.RequestContext) => Promise<unknown>): Promise<number> {
  const before = fake.syncs.length;
  await command(fake.context());
  return fake.syncs.length - before;
}

describe.each(FIXTURES)("Excel commands on the fake: %s", (name) => {
  const grid = fixtureGrid(name);
  const findings = readTables(grid).flatMap((t) => validateTable(t).findings);
  const plan = readTables(grid).flatMap((t) => recalcPlan(t).writes);

  test("Validasi marks every finding's cell and changes no value", async () => {
    const fake = workbookWith(grid);
    const original = fake.dump(name);
    let result: Awaited<ReturnType<typeof validasi>> | undefined;
    expect(await syncsOf(fake, async (ctx) => (result = await validasi(ctx)))).toBeLessThanOrEqual(3);
    expect(result!.findings).toEqual(findings);
    const after = fake.dump(name);
    for (const f of findings) {
      expect(Object.values(MARK_FILL).map((fill) => `#${fill}`)).toContain(after[f.cell].fill);
      expect(after[f.cell].note).toContain(f.message);
    }
    for (const [address, cell] of Object.entries(original)) {
      expect([after[address].value, after[address].formula, after[address].numberFormat]).toEqual([cell.value, cell.formula, cell.numberFormat]);
    }
    expect(fake.sheet(UNDO_SHEET)?.visibility).toBe(findings.length > 0 ? "Hidden" : undefined);
  });

  test("Hapus tanda after Validasi gives the cells back exactly; Urungkan brings the marks back", async () => {
    const fake = workbookWith(grid);
    const original = fake.dump(name);
    await validasi(fake.context());
    const marked = fake.dump(name);
    expect(await syncsOf(fake, hapusTanda)).toBeLessThanOrEqual(3);
    expect(fake.dump(name)).toEqual(original);
    await urungkan(fake.context());
    expect(fake.dump(name)).toEqual(marked);
    await hapusTanda(fake.context());
    expect(fake.dump(name)).toEqual(original);
  });

  test("Urungkan after Validasi restores the sheet exactly", async () => {
    const fake = workbookWith(grid);
    const original = fake.dump(name);
    await validasi(fake.context());
    let undone: string | null = null;
    expect(await syncsOf(fake, async (ctx) => ({ undone } = await urungkan(ctx)))).toBeLessThanOrEqual(3);
    expect(undone).toBe(findings.length > 0 ? "Validasi" : null);
    expect(fake.dump(name)).toEqual(original);
  });

  test("Hitung ulang writes the recalculation plan's cells; Urungkan restores the sheet exactly", async () => {
    const fake = workbookWith(grid);
    const original = fake.dump(name);
    expect(await syncsOf(fake, (ctx) => hitungUlang(ctx))).toBeLessThanOrEqual(3);
    const after = fake.dump(name);
    for (const w of plan) {
      const address = a1(w.row, w.col);
      if (w.formula !== undefined) expect(after[address]?.formula).toBe(w.formula);
      if (w.numberFormat !== undefined) expect(after[address]?.numberFormat).toBe(w.numberFormat);
    }
    expect(await syncsOf(fake, urungkan)).toBeLessThanOrEqual(3);
    expect(fake.dump(name)).toEqual(original);
  });
});

describe("a 10 000-row T-C.27 on the fake", () => {
  const [grid] = workbookToGrids(generateTc27(10_000));

  test("every command stays within three syncs, each under the request limit", async () => {
    const fake = workbookWith(grid);
    const original = fake.dump(grid.sheet);
    const counts = {
      validasi: await syncsOf(fake, validasi),
      hapusTanda: await syncsOf(fake, hapusTanda),
      hitungUlang: await syncsOf(fake, (ctx) => hitungUlang(ctx)),
      urungkan: await syncsOf(fake, urungkan),
    };
    expect(counts).toEqual({ validasi: 3, hapusTanda: 3, hitungUlang: 3, urungkan: 3 });
    expect(Math.max(...fake.syncs)).toBeLessThan(5_000_000);
    expect(fake.dump(grid.sheet)).toEqual(original);
  }, 120_000);
});

describe("the fake is honest", () => {
  test("a property read before load() and sync() throws; writes land at sync()", async () => {
    const fake = new FakeExcel();
    fake.addSheet({ sheet: "S", originRow: 1, originCol: 1, values: [[1]] });
    const ctx = fake.context();
    const range = ctx.workbook.worksheets.getItem("S").getCell(0, 0);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.formulas = [["'7"]];
    expect(fake.dump("S").A1.value).toBe(1);
    await ctx.sync();
    expect(range.values).toEqual([[1]]);
    expect(fake.dump("S").A1.value).toBe("7");
    expect(fake.syncs).toHaveLength(1);
  });
});
