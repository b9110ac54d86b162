import { validateTable } from "../../core/rules/validate";
import { a1, type Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "../../core/settings";
import { createExcelBridge } from "../../excel-addin/excel-bridge";
import { UNDO_SHEET } from "../../excel-addin/excel-port";
import { CancelledError, type Progress } from "../../ui/host-bridge";
import { fixtureGrid } from "../support/fixtures";
import { type ApiVersion, FakeExcel, OfficeError, PAYLOAD_LIMIT } from "./fake-excel";
import { expectLeft } from "./left-state";

/**
 * The Excel bridge as the pane uses it: where the commands look, bad inputs, protected sheets,
 * progress and cancelling, errors in the planner's words, settings, selecting a cell — and the
 * fake's own honesty, which every figure of the other tests relies on.
 */

const settings = DEFAULT_SETTINGS;

function workbook(grids: Grid[], api: ApiVersion = "1.18"): FakeExcel {
  const fake = new FakeExcel(api);
  for (const grid of grids) fake.addSheet(grid);
  return fake;
}

function bridgeOn(fake: FakeExcel) {
  return createExcelBridge({ run: fake.run, capabilities: { notes: fake.isSetSupported("ExcelApi", "1.18") }, today: () => new Date(2025, 5, 1) });
}

/** Two tables on one sheet, three blank rows apart: the T-C.27 above a T-C.23. */
function twoTables(): { grid: Grid; secondRow: number } {
  const [top, bottom] = [fixtureGrid("balangan-tc27"), fixtureGrid("balangan-tc23")];
  const gap: null[][] = [[], [], []];
  const grid: Grid = { sheet: "Gabungan", originRow: 1, originCol: 1, values: [...top.values, ...gap, ...bottom.values] };
  return { grid, secondRow: top.values.length + gap.length + 1 };
}

describe("where the commands look", () => {
  test("the table around the active cell when the sheet holds two", async () => {
    const { grid, secondRow } = twoTables();
    const fake = workbook([grid]);
    const bridge = bridgeOn(fake);
    expect((await bridge.describe()).table).toMatchObject({ kind: "renstra-program", range: "A1:T139" });
    fake.selection = a1(secondRow + 5, 3);
    expect((await bridge.describe()).table).toMatchObject({ kind: "kinerja-pelayanan" });
    const report = await bridge.validate(settings);
    const second = readTables(grid)[1];
    expect(report.findings.map(({ sheet, ...f }) => f)).toEqual(validateTable(second, "id").findings);
    expect(report.findings.every((f) => f.row >= secondRow)).toBe(true);
    // The state it answers with is the second table's, as describe() reads it.
    expect(report.host.table).toMatchObject({ kind: "kinerja-pelayanan" });
    expectLeft(report.host, await bridge.describe());
  });

  test("Ganti rentang: the selection is used until the pane goes back to automatic", async () => {
    const { grid, secondRow } = twoTables();
    const fake = workbook([grid]);
    const bridge = bridgeOn(fake);
    fake.selection = `A${secondRow}:T${secondRow + 28}`;
    const picked = await bridge.useSelection();
    expect(picked).toMatchObject({ pickedRange: `Gabungan!A${secondRow}:T${secondRow + 28}`, table: { kind: "kinerja-pelayanan" } });
    fake.selection = "A1";
    expect((await bridge.describe()).table).toMatchObject({ kind: "kinerja-pelayanan" });
    // Commands answer with the picked range's state; Buat tabel's new sheet does not move it.
    const validated = await bridge.validate(settings);
    expectLeft(validated.host, await bridge.describe());
    const generated = await bridge.generate({ kind: "template" }, settings);
    expect(generated.host).toMatchObject({ sheet: "Gabungan", pickedRange: `Gabungan!A${secondRow}:T${secondRow + 28}`, table: { kind: "kinerja-pelayanan" } });
    expectLeft(generated.host, await bridge.describe());
    const undone = await bridge.undo();
    expectLeft(undone.host, await bridge.describe(), ["table"]);
    expect(await bridge.useAutomaticRange()).toMatchObject({ pickedRange: null, table: { kind: "renstra-program" } });
  });

  test("a picked range whose sheet is gone: one message, then automatic again", async () => {
    const fake = workbook([fixtureGrid("balangan-tc23"), fixtureGrid("balangan-tc27")]);
    const bridge = bridgeOn(fake);
    fake.active = "balangan-tc27";
    await bridge.useSelection();
    fake.sheets.splice(1, 1);
    fake.active = "balangan-tc23";
    await expect(bridge.describe()).rejects.toThrow(/^Rentang pilihan sudah tidak ada/);
    expect(await bridge.describe()).toMatchObject({ pickedRange: null, table: { kind: "kinerja-pelayanan" } });
  });
});

describe("bad inputs", () => {
  test("an empty sheet: every table command says so, nothing is written; the template can still be made", async () => {
    const fake = workbook([{ sheet: "Kosong", originRow: 1, originCol: 1, values: [] }]);
    const bridge = bridgeOn(fake);
    expect(await bridge.describe()).toMatchObject({ table: null, undo: null, marked: 0 });
    const message = 'Lembar "Kosong" kosong; buka lembar yang berisi tabel, atau buat templat isian dengan Buat tabel.';
    await expect(bridge.validate(settings)).rejects.toThrow(message);
    await expect(bridge.recalc(settings)).rejects.toThrow(message);
    await expect(bridge.normalize(settings)).rejects.toThrow(message);
    await expect(bridge.generate({ kind: "renstra-program" }, settings)).rejects.toThrow(/^Rentang ini tidak berisi T-C\.27/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Kosong"]);
    // The next period after 2025, five years.
    const report = await bridge.generate({ kind: "template" }, settings);
    expect(fake.dump(report.sheet).A1.value).toMatch(/PERIODE 2026–2030$/);
  });

  test("a sheet with no table: a message saying where it looked, in the pane's language", async () => {
    const fake = workbook([{ sheet: "Catatan", originRow: 1, originCol: 1, values: [["Rapat tanggal 3 Mei"], ["Hadir: 12 orang"]] }]);
    const bridge = bridgeOn(fake);
    expect((await bridge.describe()).table).toBeNull();
    await expect(bridge.validate(settings)).rejects.toThrow('Tidak ada tabel yang dikenali di lembar "Catatan"; pilih sel-sel tabelnya lalu klik Ganti rentang.');
    await expect(bridge.recalc({ ...settings, lang: "en" })).rejects.toThrow('No known table on sheet "Catatan"; select the table\'s cells and click Change range.');
    expect(fake.sheet(UNDO_SHEET)).toBeUndefined();
  });

  test.each(["1.18", "1.10"] as const)("markup in a finding's message stays text in its note (ExcelApi %s)", async (api) => {
    const grid = fixtureGrid("balangan-tc27");
    const markup = "<img src=x onerror=alert(1)>";
    const row = grid.values.findIndex((r) => typeof r[0] === "string" && /^\d \d\d \d\d 2 \d\d \d\d$/.test(r[0]));
    // Typed into the baseline (column E) of a sub kegiatan: a value-text finding quotes it.
    grid.values[row][4] = markup;
    const fake = workbook([grid], api);
    await bridgeOn(fake).validate(settings);
    const cell = fake.dump(grid.sheet)[a1(row + 1, 5)];
    expect(cell.value).toBe(markup);
    expect((api === "1.18" ? cell.note : cell.comment) ?? "").toContain(`[value-text] Sel berisi teks "${markup}", bukan angka.`);
  });
});

describe("a protected sheet", () => {
  const grid = fixtureGrid("balangan-tc27");
  const message = 'Lembar "balangan-tc27" dilindungi; buka proteksinya lalu ulangi.';

  test("every writing command refuses with a message naming the sheet; nothing changes", async () => {
    const fake = workbook([grid]);
    const bridge = bridgeOn(fake);
    await bridge.validate(settings);
    const marked = fake.dump(grid.sheet);
    const undoRecords = fake.dump(UNDO_SHEET);
    fake.sheet(grid.sheet)!.protected = true;
    await expect(bridge.validate(settings)).rejects.toThrow(message);
    await expect(bridge.recalc(settings)).rejects.toThrow(message);
    await expect(bridge.normalize(settings)).rejects.toThrow(message);
    await expect(bridge.clearMarks()).rejects.toThrow(message);
    await expect(bridge.undo()).rejects.toThrow(message);
    expect(fake.dump(grid.sheet)).toEqual(marked);
    expect(fake.dump(UNDO_SHEET)).toEqual(undoRecords);
  });

  test("protected between reading and writing: Excel's refusal becomes the same message, no cell changes", async () => {
    const fake = workbook([grid]);
    const original = fake.dump(grid.sheet);
    const protect = (p: Progress) => {
      if (p.phase === "write") fake.sheet(grid.sheet)!.protected = true;
    };
    await expect(bridgeOn(fake).recalc(settings, { onProgress: protect })).rejects.toThrow(message);
    expect(fake.dump(grid.sheet)).toEqual(original);
  });
});

describe("progress and cancelling", () => {
  const grid = fixtureGrid("balangan-tc27");

  test("a command reports reading, checking and writing, in that order", async () => {
    const phases: Progress[] = [];
    await bridgeOn(workbook([grid])).recalc(settings, { onProgress: (p) => phases.push(p) });
    expect(phases.map((p) => p.phase)).toEqual(["read", "check", "write"]);
    expect(phases[0]).toEqual({ phase: "read", rows: grid.values.length });
  });

  test.each(["validate", "recalc", "normalize", "generate"] as const)("%s cancelled before writing: CancelledError, nothing written", async (command) => {
    const fake = workbook([grid]);
    const bridge = bridgeOn(fake);
    const original = fake.dump(grid.sheet);
    const control = { cancelled: () => true };
    const run = {
      validate: () => bridge.validate(settings, control),
      recalc: () => bridge.recalc(settings, control),
      normalize: () => bridge.normalize(settings, control),
      generate: () => bridge.generate({ kind: "renstra-program" }, settings, control),
    }[command];
    await expect(run()).rejects.toBeInstanceOf(CancelledError);
    expect(fake.dump(grid.sheet)).toEqual(original);
    expect(fake.sheets.map((s) => s.name)).toEqual([grid.sheet]);
  });
});

describe("errors reach the pane as one sentence", () => {
  const failing = (error: Error) => createExcelBridge({ run: async () => Promise.reject(error), capabilities: { notes: true } });

  test("Office.js errors the planner can act on, in the pane's language, without Office.js's text", async () => {
    const bridge = failing(new OfficeError("InvalidOperationInCellEditMode", "RichApi.Error at Excel.run (excel-web-16.00.js:25:12345)"));
    await expect(bridge.describe()).rejects.toThrow("Excel sedang menyunting sel; tekan Enter atau Esc, lalu ulangi.");
    await expect(bridge.validate({ ...settings, lang: "en" })).rejects.toThrow("Excel is editing a cell; press Enter or Esc, then try again.");
  });

  test("anything else: a general sentence, never the stack", async () => {
    const error = new Error("TypeError: Cannot read properties of undefined (reading 'items')\n    at excel-port.ts:42");
    const rejection = await failing(error)
      .recalc(settings)
      .catch((e: Error) => e);
    expect(rejection).toBeInstanceOf(Error);
    expect((rejection as Error).message).toBe("Excel tidak dapat menjalankan perintah ini; coba lagi, atau tutup dan buka lagi panel ini.");
  });
});

describe("settings", () => {
  test("saved in the workbook as JSON and read back; unreadable fields take their defaults", async () => {
    const fake = workbook([fixtureGrid("balangan-tc23")]);
    const bridge = bridgeOn(fake);
    expect(await bridge.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = { ...DEFAULT_SETTINGS, negative: "inverse" as const, decimals: 1, lang: "en" as const, mark: false };
    await bridge.saveSettings(mine);
    expect(JSON.parse(fake.settings.get(SETTINGS_KEY) as string)).toEqual(mine);
    expect(await bridge.loadSettings()).toEqual(mine);
    fake.settings.set(SETTINGS_KEY, JSON.stringify({ lang: "en", scale: "tidak ada", decimals: 9 }));
    expect(await bridge.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: "en" });
    fake.settings.set(SETTINGS_KEY, "{rusak");
    expect(await bridge.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test("with marking off, Validasi lists the findings and writes nothing", async () => {
    const grid = fixtureGrid("balangan-tc27");
    const fake = workbook([grid]);
    const original = fake.dump(grid.sheet);
    const bridge = bridgeOn(fake);
    const report = await bridge.validate({ ...settings, mark: false });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.marked).toBe(0);
    expect(fake.dump(grid.sheet)).toEqual(original);
    expect(fake.syncs).toHaveLength(1);
    // One sync: it did not read the undo sheet, nor change it, so its state leaves that part out.
    expectLeft(report.host, await bridge.describe(), ["undo", "marked"]);
  });
});

test("select activates the finding's sheet and selects its cell, in one sync", async () => {
  const fake = workbook([fixtureGrid("balangan-tc23"), fixtureGrid("balangan-tc27")]);
  await bridgeOn(fake).select("balangan-tc27", "M7");
  expect([fake.active, fake.selection]).toEqual(["balangan-tc27", "M7"]);
  expect(fake.syncs).toHaveLength(1);
});

describe("the fake is honest", () => {
  test("a property read before load() and sync() throws; writes land at sync()", async () => {
    const fake = workbook([{ sheet: "S", originRow: 1, originCol: 1, values: [[1]] }]);
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

  test("a sync's request is the JSON of what it carries, its response the JSON of what it read", async () => {
    const fake = workbook([{ sheet: "S", originRow: 1, originCol: 1, values: [[1]] }]);
    const ctx = fake.context();
    const values = Array.from({ length: 1000 }, (_, i) => [`teks nomor ${i}`]);
    const range = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1000, 1);
    range.values = values;
    await ctx.sync();
    range.load("values");
    await ctx.sync();
    const size = JSON.stringify(values).length;
    expect([fake.syncs[0] > size, fake.syncs[0] < size + 200, fake.syncs[1] < 200]).toEqual([true, true, true]);
    expect([fake.responses[0] < 10, fake.responses[1] > size, fake.responses[1] < size + 10]).toEqual([true, true, true]);
  });

  test("like Excel on the web, a sync past 5 MB fails: its request before anything runs, its response with nothing read", async () => {
    const fake = workbook([{ sheet: "S", originRow: 1, originCol: 1, values: [[1]] }]);
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem("S");
    const texts = Array.from({ length: 130 }, (_, i) => [`${i}`.padEnd(40_000, "x")]);
    ws.getRangeByIndexes(0, 0, 130, 1).values = texts;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.dump("S").A1.value).toBe(1);
    ws.getRangeByIndexes(0, 0, 65, 1).values = texts.slice(0, 65);
    await ctx.sync();
    ws.getRangeByIndexes(65, 0, 65, 1).values = texts.slice(65);
    await ctx.sync();
    const range = ws.getRangeByIndexes(0, 0, 130, 1);
    range.load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    expect(fake.responses[3]).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  test("special cells: a range's formula cells as areas with their formulas, or a null object", async () => {
    const values = [[1, null, null], [2, null, null], [3, 4, null]];
    const formulas = [[null, "=A1", "=B1"], [null, "=A2", "=B2"], [null, null, "=B3"]];
    const ctx = workbook([{ sheet: "S", originRow: 1, originCol: 1, values, formulas }]).context();
    const ws = ctx.workbook.worksheets.getItem("S");
    const cells = ws.getRange("A1:C3").getSpecialCellsOrNullObject("Formulas");
    cells.areas.load("items/address,items/formulas");
    const none = ws.getRange("A1:A3").getSpecialCellsOrNullObject("Formulas");
    none.areas.load("items/address,items/formulas");
    expect(() => cells.isNullObject).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(cells.isNullObject).toBe(false);
    expect(cells.areas.items.map((area) => [area.address, area.formulas])).toEqual([
      ["S!B1:C2", formulas.slice(0, 2).map((r) => r.slice(1))],
      ["S!C3", [["=B3"]]],
    ]);
    expect(none.isNullObject).toBe(true);
    expect(() => none.areas.items).toThrow(/null object/);
  });

  test("Excel without ExcelApi 1.18 has no notes; comments are there", () => {
    const ctx = new FakeExcel("1.10").context();
    expect(() => ctx.workbook.notes).toThrow(/ApiNotFound/);
    expect(ctx.workbook.comments).toBeDefined();
    expect(new FakeExcel("1.10").isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(new FakeExcel("1.18").isSetSupported("ExcelApi", "1.10")).toBe(true);
  });

  test("a protected sheet refuses a write at sync; the calls before it stand", async () => {
    const fake = workbook([{ sheet: "S", originRow: 1, originCol: 1, values: [[1]] }, { sheet: "P", originRow: 1, originCol: 1, values: [[2]] }]);
    fake.sheet("P")!.protected = true;
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem("S").getCell(0, 0).values = [[10]];
    ctx.workbook.worksheets.getItem("P").getCell(0, 0).values = [[20]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect([fake.dump("S").A1.value, fake.dump("P").A1.value]).toEqual([10, 2]);
  });
});
