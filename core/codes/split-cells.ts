import { cleanCodeText, numberToCodeText } from "./cell-text";

/**
 * Joins a code printed over several columns (["1","06","01","2,01","09"], ["1 06","01","",""]) into one
 * text for parseCode, one space between cells. A cell Excel turned into a number is read back as the
 * code text it was (2.1 → "2.10"); that repair is not reported from here.
 */
export function joinCodeCells(cells: readonly (string | number | null)[]): string {
  const parts: string[] = [];
  for (const cell of cells) {
    if (cell === null) continue;
    const text = typeof cell === "number" ? numberToCodeText(cell)?.text ?? String(cell) : cleanCodeText(cell);
    if (text !== "") parts.push(text);
  }
  return parts.join(" ");
}
