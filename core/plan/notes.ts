/**
 * A note we add goes below the planner's own, once: running the same command twice does not repeat
 * it, and the planner's text is never replaced. Every host and the CLI append this way.
 */
export function appendNote(before: string | null, ours: string): string {
  if (!before) return ours;
  return `\n\n${before}\n\n`.includes(`\n\n${ours}\n\n`) ? before : `${before}\n\n${ours}`;
}
