import { MARKS_LABEL } from "../../core/commands/marks-record";
import { tableInfo } from "../../core/commands/table-info";
import type { Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "../../core/settings";
import * as pane from "../../sheets-addon/pane-server";
import { fixtureXlsxGrid } from "../support/fixtures";
import { spreadsheetWith } from "./fake-sheets";

/** The server functions the sidebar calls, beyond the commands: the range, the header, selection, settings. */

let grid: Grid;
beforeAll(async () => {
  grid = await fixtureXlsxGrid("balangan-tc27");
});

test("describe: the table around the active cell, nothing to undo or clear yet; then what Validasi left", () => {
  spreadsheetWith(grid);
  expect(pane.paneDescribe()).toEqual({ host: "sheets", table: tableInfo(readTables(grid)[0]), pickedRange: null, undo: null, marked: 0 });
  const { marked } = pane.paneValidate(DEFAULT_SETTINGS);
  expect(pane.paneDescribe()).toMatchObject({ undo: { label: MARKS_LABEL, cells: marked }, marked });
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
