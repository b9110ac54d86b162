import { valueEntry } from "../core/commands/cell-entry";
import { a1 } from "../core/grid";
import { appendNote } from "../core/plan/notes";
import type { CellWrite } from "../core/plan/types";
import { type CellState, stateEntry } from "../core/undo/records";
import type { CellTarget, Snapshot } from "./cell-arrays";

/** What each command makes of a cell, keyed by A1 address. */

/**
 * A plan's writes (merged, one per cell): contents, number formats and fills as written; a note is
 * added below the one the cell has (core/plan/notes.ts). Layout properties belong to generated
 * tables, which go to a new sheet (sheets-port.ts writeTable), not to a planner's cells.
 */
export function planTargets(writes: CellWrite[], snap: Snapshot): Map<string, CellTarget> {
  const targets = new Map<string, CellTarget>();
  for (const w of writes) {
    const t: CellTarget = { row: w.row, col: w.col };
    if (w.formula !== undefined) t.content = w.formula;
    else if (w.value !== undefined) t.content = valueEntry(w.value);
    if (w.numberFormat !== undefined) t.format = w.numberFormat;
    if (w.fill !== undefined) t.fill = `#${w.fill.toLowerCase()}`;
    if (w.note) t.note = appendNote(snap.note(w.row, w.col) || null, w.note);
    targets.set(a1(w.row, w.col), t);
  }
  return targets;
}

/**
 * Cells put back as an undo record holds them: fills and notes only for marks (a value typed since
 * Validasi stays), everything for an edit.
 */
export function stateTargets(states: CellState[], marksOnly: boolean): Map<string, CellTarget> {
  const targets = new Map<string, CellTarget>();
  for (const state of states) {
    const [row, col, , format, fill, note] = state;
    const t: CellTarget = { row, col, fill: fill?.toLowerCase() ?? null, note: note ?? "" };
    if (!marksOnly) Object.assign(t, { content: stateEntry(state), format });
    targets.set(a1(row, col), t);
  }
  return targets;
}
