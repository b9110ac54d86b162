import type { HostState, HostStatePart, TableInfo } from "./host-bridge";

/**
 * What the pane last knew of the host where the commands looked: the table of each place (a sheet,
 * or a picked range on it), the marks of each sheet, and what Urungkan would undo. A command answers
 * with the parts of the state it read or changed (HostStatePart); a part it left out it did not
 * change, so it is taken from here — or, never seen where the commands now look (the sheet Excel
 * shows after Urungkan deleted the one Buat tabel made, say, when the pane never looked at it), the
 * pane asks describe().
 *
 * Like the header between commands, a part taken from here is as of the last read: rows a planner
 * typed by hand since show after the next command that reads the table.
 */
export interface KnownState {
  /** Remembers a full state (describe(), or a command's completed one); returns it. */
  seen(state: HostState): HostState;
  /** The state a command left: its parts, the others as last known there; null when one was never seen there. */
  after(part: HostStatePart): HostState | null;
}

export function knownState(): KnownState {
  const tables = new Map<string, TableInfo | null>();
  const marks = new Map<string, number>();
  let undo: HostState["undo"] | undefined;
  const place = (state: HostStatePart) => JSON.stringify([state.pickedRange, state.sheet]);
  const seen = (state: HostState) => {
    tables.set(place(state), state.table);
    marks.set(state.sheet, state.marked);
    undo = state.undo;
    return state;
  };
  return {
    seen,
    after(part) {
      const table = part.table !== undefined ? part.table : tables.get(place(part));
      const last = part.undo !== undefined ? part.undo : undo;
      const marked = part.marked ?? marks.get(part.sheet);
      if (table === undefined || last === undefined || marked === undefined) return null;
      return seen({ host: part.host, sheet: part.sheet, pickedRange: part.pickedRange, table, undo: last, marked });
    },
  };
}
