import { MARKS_LABEL, UNMARK_LABEL } from "../../core/commands/marks-record";
import { tableInfo } from "../../core/commands/table-info";
import type { Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "../../core/settings";
import * as pane from "../../sheets-addon/pane-server";
import { fixtureXlsxGrid } from "../support/fixtures";
import { spreadsheetWith } from "./fake-sheets";
import { expectLeft } from "./left-state";

/** The server functions the sidebar calls, beyond the commands: the range, the header, selection, settings. */

let grid: Grid;
beforeAll(async () => {
  grid = await fixtureXlsxGrid("balangan-tc27");
});

test("describe: the table around the active cell, nothing to undo or clear yet; then what Validasi left", () => {
  spreadsheetWith(grid);
  expect(pane.paneDescribe()).toEqual({ host: "sheets", sheet: grid.sheet, table: tableInfo(readTables(grid)[0]), pickedRange: null, undo: null, marked: 0 });
  const { marked } = pane.paneValidate(DEFAULT_SETTINGS);
  expect(pane.paneDescribe()).toMatchObject({ undo: { label: MARKS_LABEL, cells: marked }, marked });
});

test("every command answers with the state it leaves, as paneDescribe reads it right after", () => {
  const fake = spreadsheetWith(grid);
  // JSON, as the answers cross google.script.run.
  const sent = <T>(answer: T): T => JSON.parse(JSON.stringify(answer)) as T;
  const validated = sent(pane.paneValidate(DEFAULT_SETTINGS));
  expect(validated.host).toMatchObject({ marked: validated.marked, undo: { label: MARKS_LABEL } });
  expectLeft(validated.host, pane.paneDescribe());
  // Hapus tanda and Urungkan do not read the table: all but it.
  const cleared = sent(pane.paneClearMarks());
  expect(cleared.host).toMatchObject({ marked: 0, undo: { label: UNMARK_LABEL } });
  expectLeft(cleared.host, pane.paneDescribe(), ["table"]);
  expectLeft(sent(pane.paneUndo()).host, pane.paneDescribe(), ["table"]);
  expectLeft(sent(pane.paneRecalc(DEFAULT_SETTINGS)).host, pane.paneDescribe());
  expectLeft(sent(pane.paneNormalize(DEFAULT_SETTINGS)).host, pane.paneDescribe());
  expectLeft(sent(pane.paneUndo()).host, pane.paneDescribe(), ["table"]);
  // Buat tabel: the new sheet is the active one, and its table is the one the plan makes.
  const generated = sent(pane.paneGenerate({ kind: "evaluasi-renja" }));
  expect(fake.active.sheet).toBe(generated.sheet);
  expect(generated.host).toMatchObject({ sheet: generated.sheet, table: { sheet: generated.sheet, kind: "evaluasi-renja" } });
  expectLeft(generated.host, pane.paneDescribe());
  const undone = sent(pane.paneUndo());
  expect(undone.host.sheet).toBe(grid.sheet);
  expectLeft(undone.host, pane.paneDescribe(), ["table"]);
  // Validasi without marks writes nothing and reads no undo records: it leaves that part out.
  const unmarked = sent(pane.paneValidate({ ...DEFAULT_SETTINGS, mark: false }));
  expectLeft(unmarked.host, pane.paneDescribe(), ["undo", "marked"]);
  expect(undone.host.undo).toEqual(pane.paneDescribe().undo);
});

test("with a picked range, Buat tabel's answer keeps to it", () => {
  const fake = spreadsheetWith(grid);
  const table = tableInfo(readTables(grid)[0]);
  fake.active = { sheet: grid.sheet, row: 1, col: 1, rows: 139, cols: 20 };
  pane.paneUseSelection();
  const generated = pane.paneGenerate({ kind: "template" });
  expect(generated.host).toMatchObject({ sheet: grid.sheet, pickedRange: `${grid.sheet}!A1:T139`, table });
  expectLeft(generated.host, pane.paneDescribe());
  expectLeft(pane.paneUndo().host, pane.paneDescribe(), ["table"]);
});

test("Ganti rentang: the selection is the range until Kembali otomatis; a range without a table is named in the refusal", () => {
  const fake = spreadsheetWith(grid);
  fake.active = { sheet: grid.sheet, row: 1, col: 1, rows: 2, cols: 2 };
  expect(pane.paneUseSelection().pickedRange).toBe(`${grid.sheet}!A1:B2`);
  expect(() => pane.paneValidate(DEFAULT_SETTINGS)).toThrow(`Tidak ada tabel yang dikenali di rentang A1:B2 lembar "${grid.sheet}"`);
  // The pick is the user's own, per document.
  expect([...fake.userProperties.keys()]).toEqual(["tabelRenstra.range.fake-spreadsheet-id"]);
  expect(pane.paneUseAutomaticRange().pickedRange).toBeNull();
  expect(pane.paneValidate(DEFAULT_SETTINGS).findings.length).toBeGreaterThan(0);
});

test("select: a finding's cell becomes the active cell", () => {
  const fake = spreadsheetWith(grid);
  pane.paneSelect(grid.sheet, "M7");
  expect(fake.active).toMatchObject({ sheet: grid.sheet, row: 7, col: 13 });
});

test("settings are the document's, stored as valid settings whatever the page sends", () => {
  const fake = spreadsheetWith(grid);
  expect(pane.paneLoadSettings()).toEqual(DEFAULT_SETTINGS);
  pane.paneSaveSettings({ ...DEFAULT_SETTINGS, lang: "en", decimals: 9, extra: "x" });
  expect(JSON.parse(fake.documentProperties.get(SETTINGS_KEY)!)).toEqual({ ...DEFAULT_SETTINGS, lang: "en" });
  // A refusal now comes in English.
  expect(() => pane.paneSelect("Gone", "A1")).toThrow('Sheet "Gone" no longer exists.');
});

test("an empty sheet: Validasi says so, Buat tabel still makes the input template", () => {
  const fake = spreadsheetWith({ sheet: "Kosong", originRow: 1, originCol: 1, values: [[null]] });
  fake.sheet("Kosong")!.cells.clear();
  expect(() => pane.paneValidate(DEFAULT_SETTINGS)).toThrow('Lembar "Kosong" kosong;');
  expect(pane.paneGenerate({ kind: "template" }).sheet).toBe("Isian T-C.27");
});
