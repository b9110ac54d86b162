import { workbookToGrids } from "../../cli/io/xlsx";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { createExcelBridge } from "../../excel-addin/excel-bridge";
import { UNDO_SHEET } from "../../excel-addin/excel-port";
import { generateTc27 } from "../bench/generate-tc27";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake-excel";

/**
 * The undo history's budget (core/undo/history.ts) on the largest tables: a recalculation of 50 000
 * rows stores a ~4.6 MB record, so a second one would leave an undo sheet no single response can
 * read — which every command reads. The older record goes instead, and an undo sheet still larger
 * than one response is read in pieces: when Excel refuses a read as too large (the fake refuses like
 * Excel on the web), the port reads it again in pieces, so every command succeeds.
 */

test("50 000 rows: recalc, normalize, recalc, Urungkan twice — all succeed, every request under 5 MB, the latest undone exactly, then nothing to undo", async () => {
  const [grid] = workbookToGrids(generateTc27(50_000));
  const fake = new FakeExcel("1.18");
  fake.addSheet(grid);
  const bridge = createExcelBridge({ run: fake.run, capabilities: { notes: true } });
  const figures: Record<string, { syncs: number; request: number }> = {};
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const from = fake.syncs.length;
    const result = await run();
    figures[name] = { syncs: fake.syncs.length - from, request: Math.max(...fake.syncs.slice(from)) };
    return result;
  };
  // A planner pasting the original table back (the undo sheet untouched), so the second recalculation is as large as the first.
  const table = fake.sheet(grid.sheet)!;
  const cells = new Map([...table.cells].map(([k, c]) => [k, { ...c }]));
  const notes = new Map(fake.notes);
  const pasteBack = () => {
    table.cells.clear();
    for (const [k, c] of cells) table.cells.set(k, { ...c });
    fake.notes.clear();
    for (const [k, n] of notes) fake.notes.set(k, n);
  };
  const first = await step("recalc", () => bridge.recalc(DEFAULT_SETTINGS));
  expect(first.written).toBeGreaterThan(0);
  await step("normalize", () => bridge.normalize(DEFAULT_SETTINGS));
  pasteBack();
  const before = fake.dump(grid.sheet);
  const second = await step("recalc again", () => bridge.recalc(DEFAULT_SETTINGS));
  expect(second.written).toBeGreaterThan(0);
  // Only the latest record stays: it alone passes the budget.
  expect([...fake.sheet(UNDO_SHEET)!.cells.keys()].every((k) => k < 16_384)).toBe(true);
  const undone = await step("undo", () => bridge.undo());
  expect(undone.undone).not.toBeNull();
  expect(fake.dump(grid.sheet)).toEqual(before);
  const none = await step("undo again", () => bridge.undo());
  expect(none.undone).toBeNull();
  expect(none.host.undo).toBeNull();
  expect(fake.dump(grid.sheet)).toEqual(before);
  for (const f of Object.values(figures)) expect(f.request).toBeLessThan(PAYLOAD_LIMIT);
}, 300_000);
