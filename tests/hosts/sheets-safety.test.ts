import { gridPlan } from "../../core/commands/recalc";
import { a1, type Grid } from "../../core/grid";
import { DEFAULT_SETTINGS } from "../../core/settings";
import * as menu from "../../sheets-addon/menu";
import { fixtureGrid, fixtureXlsxGrid, type FixtureName } from "../support/fixtures";
import { type FakeSheets, plannerView, spreadsheetWith } from "./fake-sheets";

/** No data lost (ARCHITECTURE.md §4): under any locale, with protected ranges, when the service fails. */

/** Runs Hitung ulang, checks the formulas went in as the core wrote them and nothing else changed, then undoes it. */
function recalcLeavesTheRest(grid: Grid, locale: string): FakeSheets {
  const fake = spreadsheetWith(grid, locale);
  const original = plannerView(fake);
  const plan = gridPlan(grid, "recalc", DEFAULT_SETTINGS)!;
  menu.hitungUlangCapaian();
  expect(fake.alerts).toEqual([]);
  const after = fake.dump(grid.sheet).cells;
  const written = new Set(plan.writes.map((w) => a1(w.row, w.col)));
  const formulas = plan.writes.filter((w) => w.formula !== undefined);
  expect(formulas.length).toBeGreaterThan(0);
  for (const w of formulas) expect(after[a1(w.row, w.col)].formula).toBe(w.formula);
  for (const [address, cell] of Object.entries(original[grid.sheet].cells)) if (!written.has(address)) expect(after[address]).toEqual(cell);
  menu.urungkan();
  expect(plannerView(fake)).toEqual(original);
  return fake;
}

describe.each(["en_US", "id_ID"])("a spreadsheet in locale %s", (locale) => {
  // Text grids: every number is text as the planner typed it ("2.519.295.635", "1,912,535", "70,65 %"),
  // which the locale would read as a number were it typed again without its apostrophe.
  // The fixtures whose recalculation writes formulas over text inputs (the others write values).
  test.each(["balangan-tc27", "balangan-tc24", "rotendao-rumusan"] as FixtureName[])(
    "%s: formulas go in with commas as the core writes them; every other cell keeps its text",
    (name) => {
      recalcLeavesTheRest(fixtureGrid(name), locale);
    },
  );

  test("Rapikan angka types numbers, leaves what it skips as text, and Urungkan restores them", () => {
    const grid = fixtureGrid("balangan-tc23");
    const fake = spreadsheetWith(grid, locale);
    const original = plannerView(fake);
    const plan = gridPlan(grid, "normalize", DEFAULT_SETTINGS)!;
    menu.rapikanAngka();
    const after = fake.dump(grid.sheet).cells;
    const numbers = plan.writes.filter((w) => typeof w.value === "number");
    expect(numbers.length).toBeGreaterThan(0);
    for (const w of numbers) expect(after[a1(w.row, w.col)].value).toBe(w.value);
    for (const s of plan.skipped ?? []) expect(after[a1(s.row, s.col)].value).toBe(original[grid.sheet].cells[a1(s.row, s.col)].value);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(original);
  });
});

describe("a planner's links (rich text), which the service loses wherever setValues writes", () => {
  /** Every text cell of the table carries a link. */
  function linked(name: FixtureName): { fake: FakeSheets; grid: Grid; links: string[] } {
    const grid = fixtureGrid(name);
    const fake = spreadsheetWith(grid);
    const sheet = fake.sheet(grid.sheet)!;
    const links: string[] = [];
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string") return;
        fake.cell(sheet, grid.originRow + r, grid.originCol + c).link = "https://example.org/renstra";
        links.push(a1(grid.originRow + r, grid.originCol + c));
      }),
    );
    return { fake, grid, links };
  }
  const linksLeft = (fake: FakeSheets, grid: Grid) => Object.entries(fake.dump(grid.sheet).cells).flatMap(([address, cell]) => (cell.link ? [address] : []));
  const column = (address: string) => /^[A-Z]+/.exec(address)![0];

  test.each(["balangan-tc24", "rotendao-evaluasi-renja", "rotendao-rumusan"] as FixtureName[])("%s: Validasi and Hapus tanda keep every link; Hitung ulang and Rapikan angka, and their Urungkan, keep those in the columns they do not write", (name) => {
    const { fake, grid, links } = linked(name);
    expect(links.length).toBeGreaterThan(20);
    menu.validasi();
    menu.hapusTanda();
    expect(linksLeft(fake, grid)).toEqual(links);
    for (const [command, run] of [["recalc", menu.hitungUlangCapaian], ["normalize", menu.rapikanAngka]] as const) {
      const plan = gridPlan(grid, command, DEFAULT_SETTINGS)!;
      const written = new Set(plan.writes.filter((w) => w.formula !== undefined || w.value !== undefined).map((w) => column(a1(w.row, w.col))));
      const kept = linksLeft(fake, grid).filter((address) => !written.has(column(address)));
      run();
      menu.urungkan();
      expect(linksLeft(fake, grid).filter((address) => !written.has(column(address)))).toEqual(kept);
    }
  });
});

describe("a write the service refuses", () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixtureXlsxGrid("balangan-tc27");
  });

  test("a protected range: an Indonesian message, nothing changed, nothing to undo", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    const [w] = gridPlan(grid, "recalc", DEFAULT_SETTINGS)!.writes;
    fake.protect(grid.sheet, a1(w.row, w.col));
    menu.hitungUlangCapaian();
    expect(fake.alerts).toEqual([`Hitung ulang capaian gagal: Lembar "${grid.sheet}" dilindungi; buka proteksinya lalu ulangi.`]);
    expect(plannerView(fake)).toEqual(original);
    menu.urungkan();
    expect(fake.toasts).toEqual(["Tidak ada yang bisa diurungkan."]);
  });

  test("a failure half way through Validasi: what was written is put back, the marks' record goes", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    fake.failNext("Range.setNotes");
    expect(() => menu.validasi()).toThrow(/timed out/);
    expect(plannerView(fake)).toEqual(original);
    menu.urungkan();
    expect(fake.toasts).toEqual(["Tidak ada yang bisa diurungkan."]);
  });

  test("Validasi leaves a planner's earlier marks record alone when it fails", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    menu.validasi();
    const marked = plannerView(fake);
    fake.failNext("Range.setBackgrounds");
    expect(() => menu.validasi()).toThrow(/timed out/);
    expect(plannerView(fake)).toEqual(marked);
    menu.hapusTanda();
    expect(plannerView(fake)).toEqual(original);
  });
});
