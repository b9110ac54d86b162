import { shorten } from "../text/shorten";

/**
 * A note we add goes below the planner's own, once: running the same command twice does not repeat
 * it, and the planner's text is never replaced. Every host and the CLI append this way.
 */

/** The most text a cell (and its note) holds in Excel; Google Sheets allows more. */
export const MAX_CELL_TEXT = 32_767;

/** Shorter than this, a note of ours would say nothing useful. */
const MIN_NOTE = 20;

/**
 * The note with ours below the planner's. The whole stays within MAX_CELL_TEXT: the planner's note is
 * never cut, ours is shortened to the room left, and left out when there is none.
 */
export function appendNote(before: string | null, ours: string): string {
  if (before && `\n\n${before}\n\n`.includes(`\n\n${ours}\n\n`)) return before;
  const room = MAX_CELL_TEXT - (before ? before.length + 2 : 0);
  if (room < MIN_NOTE) return before ?? "";
  const text = shorten(ours, room);
  return before ? `${before}\n\n${text}` : text;
}
