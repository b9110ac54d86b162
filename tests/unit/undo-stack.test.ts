import { currentMarks, markedCount, marksRecord, unmarkRecord } from "../../core/commands/marks-record";
import { a1 } from "../../core/grid";
import type { CellWrite } from "../../core/plan/types";
import { cellState, type CellState, stateEntry, type UndoRecord, undoStates } from "../../core/undo/records";

/**
 * The undo records as a stack (core/undo/records.ts, core/commands/marks-record.ts), on a sheet kept
 * as a map of cell states the way both hosts apply them: Validasi writes its record's `marked`
 * fills and notes, Hapus tanda the record's `cells`, an edit its own contents (here: a note added
 * below, as a recalculation's), Urungkan the newest record's undoStates.
 */
type Sheet = Map<string, CellState>;

const SHEET = "T-C.27";
const state = (row: number, fill: string | null, note: string | null): CellState => [row, 2, 10, "0", fill, note];

function sheetOf(...cells: CellState[]): Sheet {
  return new Map(cells.map((c) => [a1(c[0], c[1]), c]));
}

/** What a host writes back for a record: fills and notes only, or the whole cell. */
function put(sheet: Sheet, states: CellState[], marksOnly: boolean): void {
  for (const s of states) {
    const address = a1(s[0], s[1]);
    const was = sheet.get(address)!;
    sheet.set(address, marksOnly ? [was[0], was[1], was[2], was[3], s[4], s[5]] : s);
  }
}

function validasi(sheet: Sheet, records: UndoRecord[], marks: CellWrite[]): void {
  const previous = records[currentMarks(records, SHEET)];
  const cells = [...(previous?.cells ?? []).map(([row, col]) => ({ row, col })), ...marks];
  const current = new Map(cells.map(({ row, col }) => [a1(row, col), sheet.get(a1(row, col))!]));
  const record = marksRecord(SHEET, previous, current, marks);
  records.push(record);
  put(sheet, record.marked!, true);
}

function hapusTanda(sheet: Sheet, records: UndoRecord[]): void {
  const marks = records[currentMarks(records, SHEET)];
  const record = unmarkRecord(marks, new Map(marks.cells.map(([row, col]) => [a1(row, col), sheet.get(a1(row, col))!])));
  records.push(record);
  put(sheet, record.cells, true);
}

/** An edit that adds a note below whatever the cell has (as Hitung ulang's notes go). */
function addNote(sheet: Sheet, records: UndoRecord[], row: number, note: string): void {
  const was = sheet.get(a1(row, 2))!;
  records.push({ kind: "edit", sheet: SHEET, label: { id: "Hitung ulang capaian", en: "Recalculate" }, cells: [was] });
  sheet.set(a1(row, 2), [was[0], was[1], 99, was[3], was[4], was[5] ? `${was[5]}\n\n${note}` : note]);
}

function urungkan(sheet: Sheet, records: UndoRecord[]): void {
  const { states, marksOnly } = undoStates(records.pop()!);
  put(sheet, states, marksOnly);
}

const mark = (row: number, note: string): CellWrite => ({ row, col: 2, fill: "F8D7DA", note });
const copy = (sheet: Sheet) => new Map(sheet);

describe("the undo records as a stack", () => {
  const original = () => sheetOf(state(3, null, "planner"), state(4, "#FFFF00", null), state(5, null, null));

  it("Validasi, Hitung ulang, Validasi (or Hapus tanda), then as many Urungkan: the sheet as it was, step by step", () => {
    for (const last of ["Validasi", "Hapus tanda"]) {
      const sheet = original();
      const records: UndoRecord[] = [];
      validasi(sheet, records, [mark(3, "[a] first"), mark(4, "[b] first")]);
      const afterFirst = copy(sheet);
      addNote(sheet, records, 3, "recalc");
      const afterEdit = copy(sheet);
      if (last === "Validasi") validasi(sheet, records, [mark(5, "[c] second")]);
      else hapusTanda(sheet, records);
      expect(sheet.get("B3")![5]).toBe("planner\n\nrecalc");
      expect(sheet.get("B4")![4]).toBe("#FFFF00");
      urungkan(sheet, records);
      expect(sheet).toEqual(afterEdit);
      urungkan(sheet, records);
      expect(sheet).toEqual(afterFirst);
      urungkan(sheet, records);
      expect(sheet).toEqual(original());
    }
  });

  it("a second Validasi replaces the first's marks: one Hapus tanda gives every cell back, a fill set since stays", () => {
    const sheet = original();
    const records: UndoRecord[] = [];
    validasi(sheet, records, [mark(3, "[a] x"), mark(5, "[c] x")]);
    // Someone colours B5 by hand after the marks.
    sheet.set("B5", [5, 2, 10, "0", "#00FF00", "[c] x"]);
    validasi(sheet, records, [mark(4, "[b] y")]);
    expect(markedCount(records[currentMarks(records, SHEET)])).toBe(1);
    hapusTanda(sheet, records);
    expect(sheet).toEqual(sheetOf(state(3, null, "planner"), state(4, "#FFFF00", null), [5, 2, 10, "0", "#00FF00", null]));
    expect(currentMarks(records, SHEET)).toBe(-1);
    urungkan(sheet, records);
    expect(currentMarks(records, SHEET)).toBe(1);
    expect(sheet.get("B4")![4]).toBe("#F8D7DA");
  });

  it("keeps only fills and notes in marks records", () => {
    const record = marksRecord(SHEET, undefined, new Map([["B3", cellState(3, 2, null, "a very long text", "@", null, null)]]), [mark(3, "n")]);
    expect(record.cells).toEqual([[3, 2, null, "", null, null]]);
    expect(record.before).toBeUndefined();
  });

  it("tells a text that starts with '=' from a formula, and enters each as it was", () => {
    const text = cellState(1, 1, null, "=1+1", "@", null, null);
    const formula = cellState(1, 1, "=1+1", 2, "General", null, null);
    expect([stateEntry(text), stateEntry(formula)]).toEqual(["'=1+1", "=1+1"]);
    expect(stateEntry(cellState(1, 1, null, "0012", "@", null, null))).toBe("'0012");
    expect(stateEntry(cellState(1, 1, null, 12, "General", null, null))).toBe(12);
    // Records written before the flag existed read as they did.
    expect(stateEntry([1, 1, "=1+1", "General", null, null])).toBe("=1+1");
  });
});
