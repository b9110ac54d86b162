import fc from "fast-check";
import { mergeWrites, columnRuns } from "../../core/plan/batch";
import { appendNote } from "../../core/plan/notes";
import { decodeRecord, encodeRecord, markedState, undoInfo, type UndoRecord } from "../../core/undo/records";

describe("undo records in the hidden sheet", () => {
  const record = (text: string): UndoRecord => ({ kind: "edit", sheet: "T-C.27", label: { id: "Hitung ulang capaian", en: "Recalculate achievement" }, cells: [[5, 8, text, "0.00", "#FFF3CD", null]] });

  it("round-trips any record through cells below the hosts' cell limits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70_000 }), (text) => {
        const cells = encodeRecord(record(text));
        expect(cells.every((c) => c.length <= 30_001 && c.startsWith("~"))).toBe(true);
        expect(decodeRecord([...cells, null, ""])).toEqual({ record: record(text), width: cells.length });
      }),
      { numRuns: 25, seed: 1 },
    );
  });

  it("skips cleared rows and rows edited by hand", () => {
    expect(decodeRecord(["", null])).toBeNull();
    expect(decodeRecord(["~{broken"])).toBeNull();
  });

  it("reads a record of the first release, whose label was Indonesian only", () => {
    const legacy = encodeRecord({ ...record("x"), label: "Validasi" as unknown as UndoRecord["label"] });
    expect(decodeRecord(legacy)?.record.label).toEqual({ id: "Validasi", en: "Validasi" });
  });

  it("says what Urungkan will undo", () => {
    expect(undoInfo(record("x"))).toEqual({ label: { id: "Hitung ulang capaian", en: "Recalculate achievement" }, cells: 1 });
    expect(undoInfo(undefined)).toBeNull();
  });

  it("knows the cell as the marks left it", () => {
    expect(markedState([2, 3, 7, "General", null, "planner"], { row: 2, col: 3, fill: "F8D7DA", note: "[x] y" })).toEqual([2, 3, 7, "General", "#F8D7DA", "planner\n\n[x] y"]);
  });
});

describe("plan batching", () => {
  it("groups cells into vertical runs per column", () => {
    const cells = [{ row: 3, col: 2 }, { row: 1, col: 2 }, { row: 2, col: 2 }, { row: 5, col: 2 }, { row: 1, col: 1 }];
    expect(columnRuns(cells)).toEqual([{ row: 1, col: 1, length: 1 }, { row: 1, col: 2, length: 3 }, { row: 5, col: 2, length: 1 }]);
  });

  it("writes a cell once: later settings win, notes add up", () => {
    expect(mergeWrites([{ row: 1, col: 1, value: 1, note: "a" }, { row: 1, col: 1, fill: "FFFFFF", note: "b" }, { row: 2, col: 1, value: 2 }])).toEqual([
      { row: 1, col: 1, value: 1, fill: "FFFFFF", note: "a\n\nb" },
      { row: 2, col: 1, value: 2 },
    ]);
  });

  it("appends our note below the planner's, once", () => {
    expect(appendNote(null, "ours")).toBe("ours");
    expect(appendNote("planner", "ours")).toBe("planner\n\nours");
    expect(appendNote("planner\n\nours", "ours")).toBe("planner\n\nours");
  });
});
