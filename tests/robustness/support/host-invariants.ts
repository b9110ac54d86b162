/**
 * The no-data-loss invariants of the host commands, each as one check of one planner's workbook on
 * one host (./hosts.ts), for the property tests and the real tables alike.
 */
import { MARK_FILL } from "../../../core/commands/marks";
import type { ValidationReport, WriteReport } from "../../../core/commands/types";
import { a1 } from "../../../core/grid";
import { MAX_CELL_TEXT } from "../../../core/plan/notes";
import { changedCells, type Command, COMMANDS, type Host, insideGrid, type PlannerBook, run, runDocumented, type SheetView } from "./hosts";

const MARK_FILLS = Object.values(MARK_FILL).map((f) => `#${f.toLowerCase()}`);
/** A planner's note this long leaves ample room below it for ours. */
const ROOMY_NOTE = MAX_CELL_TEXT / 2;

/** Row and column (1-based) of an A1 address. */
function rowCol(address: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return [Number(digits), [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/**
 * Each command on a fresh copy: a documented outcome, a refusal changing nothing; findings and
 * changed cells inside the grid, no other sheet changed (Buat tabel adds its own); then Urungkan
 * gives back the workbook exactly. Hapus tanda has nothing to take off on its own: it follows a
 * Validasi, and Urungkan gives the marks back.
 */
export async function eachCommandThenUndo(host: Host, book: PlannerBook): Promise<void> {
  const { sheet } = book.grid;
  for (const command of COMMANDS) {
    const fake = host.open(book);
    if (command === "Hapus tanda") await runDocumented(fake, "Validasi", sheet);
    const before = fake.view();
    const outcome = await runDocumented(fake, command, sheet);
    const after = fake.view();
    if (!outcome.ok) expect(after).toEqual(before);
    const outside = changedCells(before, after, sheet).filter((address) => !insideGrid(book.grid, ...rowCol(address)));
    expect([command, outside]).toEqual([command, []]);
    const others = (views: SheetView[]) => views.filter((s) => s.name !== sheet && before.some((b) => b.name === s.name));
    expect(others(after)).toEqual(others(before));
    expect(after.map((s) => s.name).slice(0, before.length)).toEqual(before.map((s) => s.name));
    if (outcome.ok && command === "Validasi") {
      for (const f of (outcome.value as ValidationReport).findings) {
        expect([f.sheet, f.cell, insideGrid(book.grid, f.row, f.col)]).toEqual([sheet, a1(f.row, f.col), true]);
      }
    }
    if (outcome.ok && command === "Buat tabel") {
      // The planner's texts are copied as text: none becomes a formula ("=1+1", "=HYPERLINK(…)").
      const texts = new Set(book.grid.values.flat().filter((v) => typeof v === "string"));
      const formulas = Object.values(fake.entries((outcome.value as WriteReport).sheet)).flatMap((e) => (e.formula && texts.has(e.formula) ? [e.formula] : []));
      expect(formulas).toEqual([]);
    }
    expect(await run(fake, "Urungkan")).toMatchObject({ ok: true });
    expect([command, fake.view()]).toEqual([command, before]);
  }
}

/**
 * Validasi marks every finding's cell (a severity fill, a note holding its message) and changes
 * nothing else; Validasi again gives the same report and marks, and so does Validasi on a fresh
 * copy; Hapus tanda then gives back every cell exactly.
 */
export async function validateThenClear(host: Host, book: PlannerBook): Promise<void> {
  const { sheet } = book.grid;
  const [fake, copy] = [host.open(book), host.open(book)];
  const original = fake.view();
  const contents = fake.contents(sheet);
  const validated = await runDocumented(fake, "Validasi", sheet);
  const marked = fake.view();
  expect(fake.contents(sheet)).toEqual(contents);
  if (validated.ok) {
    const [marks, planners] = [fake.annotations(sheet), copy.annotations(sheet)];
    for (const f of (validated.value as ValidationReport).findings) {
      const [mark, own] = [marks[f.cell] ?? { fill: null, note: null }, planners[f.cell]?.note ?? ""];
      expect([f.cell, MARK_FILLS.includes(mark.fill ?? "")]).toEqual([f.cell, true]);
      // Ours goes below the planner's note, whole when there is room (core/plan/notes.ts), within a cell's limit.
      expect(mark.note!.startsWith(own)).toBe(true);
      expect(mark.note!.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      if (own.length < ROOMY_NOTE) expect(mark.note).toContain(f.message);
    }
  }
  expect(await runDocumented(fake, "Validasi", sheet)).toEqual(validated);
  expect(fake.view()).toEqual(marked);
  expect(await runDocumented(copy, "Validasi", sheet)).toEqual(validated);
  expect(copy.view()).toEqual(marked);
  if (!validated.ok) return;
  const cleared = await runDocumented(fake, "Hapus tanda", sheet);
  expect(cleared).toEqual({ ok: true, value: expect.objectContaining({ restored: (validated.value as ValidationReport).marked }) });
  expect(fake.view()).toEqual(original);
}

/** Commands one after another, then as many Urungkan: the workbook as it was. */
export async function undoGivesBack(host: Host, book: PlannerBook, commands: Command[]): Promise<void> {
  const fake = host.open(book);
  const original = fake.view();
  for (const command of commands) await runDocumented(fake, command, book.grid.sheet);
  for (const _ of commands) expect(await run(fake, "Urungkan")).toMatchObject({ ok: true });
  expect(fake.view()).toEqual(original);
}
