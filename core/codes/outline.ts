/**
 * Outline (relative) codes: child rows print only their own part (["", "", "01", ""] under
 * ["1 06", "01", "", ""]). The leading empty cells are taken from the previous row's resolved cells;
 * everything from the first filled cell on is the row's own, so deeper cells of the previous row are
 * cleared. `depth` is the index of the last filled cell (-1 for a row without any). The cell after the
 * program holds the kegiatan number without its level digit; which level a depth means is the model
 * builder's call.
 */
export function resolveOutlineCode(
  cells: readonly string[],
  previous: readonly string[] | null,
): { cells: string[]; depth: number } {
  const own = cells.map((cell) => cell.trim());
  const first = own.findIndex((cell) => cell !== "");
  if (first < 0) return { cells: own, depth: -1 };
  const inherited = previous ? own.map((cell, i) => (i < first ? (previous[i] ?? "").trim() : cell)) : own;
  let depth = inherited.length - 1;
  while (depth >= 0 && inherited[depth] === "") depth--;
  return { cells: inherited, depth };
}
