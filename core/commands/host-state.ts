import type { UndoRecord } from "../undo/records";
import { undoInfo } from "../undo/records";
import { currentMarks, markedCount } from "./marks-record";
import type { HostState } from "./types";

/** The part of the host state the undo sheet holds, for the sheet the commands use. */
export type UndoState = Pick<HostState, "sheet" | "undo" | "marked">;

/**
 * What Urungkan would undo and how many cells of `sheet` carry our marks, from the undo records
 * (oldest first) — as describe() reads them, or as a command leaves them (the records it read, with
 * the ones it removed and added), so a command reports the state without reading it again.
 */
export function undoState(records: UndoRecord[], sheet: string): UndoState {
  const marks = records[currentMarks(records, sheet)];
  return { sheet, undo: undoInfo(records[records.length - 1]), marked: marks ? markedCount(marks) : 0 };
}
