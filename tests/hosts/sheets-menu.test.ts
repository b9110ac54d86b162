import { MARK_FILL } from "../../core/commands/marks";
import { gridPlan } from "../../core/commands/recalc";
import { validateGrid } from "../../core/commands/validate";
import { a1, type Grid } from "../../core/grid";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { UNDO_SHEET } from "../../core/undo/records";
import * as menu from "../../sheets-addon/menu";
import { FIXTURES, fixtureXlsxGrid, type FixtureName } from "../support/fixtures";
import { plannerView, spreadsheetWith } from "./fake-sheets";

/** Every menu action, end to end on the fake, on each shared fixture as its Excel held it. */
describe.each(FIXTURES)("the add-on menu on %s", (name: FixtureName) => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixtureXlsxGrid(name);
  });

  test("onOpen adds the Tabel Renstra menu; Buka panel opens the sidebar", () => {
    const fake = spreadsheetWith(grid);
    menu.onOpen();
    expect(fake.menu.map((m) => m.fn).filter(Boolean)).toEqual(["validasi", "hapusTanda", "hitungUlangCapaian", "rapikanAngka", "buatTabel", "urungkan", "bukaPanel"]);
    menu.bukaPanel();
    expect(fake.sidebar).toEqual({ file: "Sidebar", title: "Tabel Renstra" });
  });

  test("Validasi marks every finding's cell and changes no content; Urungkan restores the sheet exactly", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    const { report } = validateGrid(grid, "id");
    menu.validasi();
    expect(fake.alerts).toEqual([]);
    expect(fake.toasts[0]).toMatch(/^Validasi selesai/);
    const after = fake.dump(name).cells;
    for (const f of report.findings) {
      expect(Object.values(MARK_FILL).map((fill) => `#${fill.toLowerCase()}`)).toContain(after[f.cell].background);
      expect(after[f.cell].note).toContain(f.message);
    }
    for (const [address, cell] of Object.entries(original[name].cells)) {
      expect([after[address].value, after[address].formula, after[address].format]).toEqual([cell.value, cell.formula, cell.format]);
    }
    expect(fake.sheet(UNDO_SHEET)?.hidden).toBe(report.findings.length > 0 ? true : undefined);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(original);
  });

  test("Validasi then Hapus tanda gives the cells back exactly; Urungkan brings the marks back", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    menu.validasi();
    const marked = plannerView(fake);
    menu.hapusTanda();
    expect(plannerView(fake)).toEqual(original);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(marked);
    menu.hapusTanda();
    expect(plannerView(fake)).toEqual(original);
  });

  test("Validasi twice replaces the marks: one Hapus tanda gives the original back", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    menu.validasi();
    menu.validasi();
    menu.hapusTanda();
    expect(plannerView(fake)).toEqual(original);
  });

  test("Hitung ulang capaian writes the plan's formulas and formats; Urungkan restores the sheet exactly", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    const plan = gridPlan(grid, "recalc", DEFAULT_SETTINGS)!;
    menu.hitungUlangCapaian();
    expect(fake.alerts).toEqual([]);
    const after = fake.dump(name).cells;
    for (const w of plan.writes) {
      if (w.formula !== undefined) expect(after[a1(w.row, w.col)]?.formula).toBe(w.formula);
      if (w.numberFormat !== undefined) expect(after[a1(w.row, w.col)]?.format).toBe(w.numberFormat);
    }
    const written = new Set(plan.writes.map((w) => a1(w.row, w.col)));
    for (const [address, cell] of Object.entries(original[name].cells)) if (!written.has(address)) expect(after[address]).toEqual(cell);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(original);
  });

  test("Rapikan angka, then Urungkan, restores the sheet exactly", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    menu.rapikanAngka();
    expect(fake.alerts).toEqual([]);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(original);
  });

  test("Buat tabel makes a new sheet (the official T-C.27, or the input template); Urungkan deletes it", () => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    menu.buatTabel();
    expect(fake.alerts).toEqual([]);
    const added = Object.keys(plannerView(fake)).filter((s) => !(s in original));
    expect(added).toEqual([name === "balangan-tc27" ? "T-C.27" : "Isian T-C.27"]);
    expect(Object.keys(fake.dump(added[0]).cells).length).toBeGreaterThan(20);
    expect(fake.active.sheet).toBe(added[0]);
    menu.urungkan();
    expect(plannerView(fake)).toEqual(original);
  });
});
