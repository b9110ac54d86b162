/**
 * How much undo history a document keeps (ARCHITECTURE.md §4 "No data lost"). The records sit in a
 * hidden sheet that every command reads; Excel on the web refuses a response over 5 MB, and a
 * recalculation of a 50 000-row table alone stores ~4.6 MB. So, when a command adds a record, the
 * oldest records go until the history's text fits HISTORY_BUDGET_CHARS — the new record always stays,
 * even when it alone is larger, so the latest command can always be undone. Only the oldest go, never
 * one in the middle: Urungkan undoes the latest first, and a gap would restore cells to a state that
 * later records assumed had changed.
 */

/**
 * Characters of record text (JSON) kept: ~2.5 MB reads back as ~3 MB of response (the JSON of the
 * JSON escapes its quotes), which leaves room under Excel on the web's 5 MB for the other loads of
 * the batch that reads it (a recalculation's cell states at 10 000 rows, ~1.5 MB).
 */
export const HISTORY_BUDGET_CHARS = 2_500_000;

/**
 * Indexes into `stored` (the records' sizes in characters, oldest first) of the records to drop
 * when a record of `added` characters is stored, ascending: always a run from the oldest.
 */
export function recordsToDrop(stored: readonly number[], added: number, budget: number = HISTORY_BUDGET_CHARS): number[] {
  let total = added;
  let keepFrom = stored.length;
  while (keepFrom > 0 && total + stored[keepFrom - 1] <= budget) total += stored[--keepFrom];
  return Array.from({ length: keepFrom }, (_, i) => i);
}
