import { joinCodeCells, parseCode, resolveOutlineCode } from "../codes";
import type { ParsedCode } from "../codes";
import type { RowCode } from "./schema";

/**
 * Reads each row's kode from the table's Kode column(s), in the three printed styles: the whole code
 * in one cell ("1 06 01 2 01 01"), one part per cell ("1 | 06 | 01 | 2 | 01 | 01"), or an outline where
 * a row prints only its own part and inherits the rest from the rows above ("| | 01 |").
 */
export type CodeStyle = "single" | "positional" | "outline" | "none";

const pad2 = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);

/** Tree path of a parsed code: urusan, bidang, program, level digit + kegiatan, sub kegiatan. */
export function treePath(code: ParsedCode): string[] {
  const s = code.normalized.split(".");
  if (s.length <= 3) return s;
  if (s.length === 4) return [...s.slice(0, 3), s[3]];
  return [...s.slice(0, 3), `${s[3]}.${s[4]}`, ...s.slice(5)];
}

/** Splits an outline cell ("1 06", "01", "2.01") into its path parts. */
function outlineParts(cell: string, position: number): string[] {
  const parts = cell.split(/[\s.,]+/).filter(Boolean);
  if (position === 0) return parts.map((p, i) => (i === 0 ? p : pad2(p)));
  // A kegiatan printed with its level digit ("2.01") stays one tree part.
  return parts.length === 2 && parts[0].length === 1 ? [`${parts[0]}.${pad2(parts[1])}`] : parts.map(pad2);
}

export function detectCodeStyle(rowsCells: string[][]): CodeStyle {
  if (rowsCells.length === 0 || rowsCells[0].length === 0) return "none";
  if (rowsCells[0].length === 1) return rowsCells.some((c) => c[0] !== "") ? "single" : "none";
  let leadingFilled = 0;
  let leadingEmpty = 0;
  for (const cells of rowsCells) {
    const first = cells.findIndex((c) => c !== "");
    if (first === 0) leadingFilled++;
    else if (first > 0) leadingEmpty++;
  }
  if (leadingFilled + leadingEmpty === 0) return "none";
  return leadingEmpty > leadingFilled ? "outline" : "positional";
}

/**
 * One RowCode (or null) per row. `rowsCells` holds the Kode cells of each row as text; `col` is the
 * 1-based sheet column of the first Kode cell. Text that is not a code (a heading written in the Kode
 * column) gives null.
 */
export function readRowCodes(rowsCells: string[][], style: CodeStyle, col: number): (RowCode | null)[] {
  let previous: string[] | null = null;
  return rowsCells.map((cells): RowCode | null => {
    if (style === "none" || cells.every((c) => c === "")) return null;
    if (style === "outline") {
      const resolved = resolveOutlineCode(cells, previous);
      if (resolved.depth < 0) return null;
      const text = joinCodeCells(cells);
      if (!parseCode(text) && !/^[\dX\s.,]+$/.test(text)) return null;
      previous = resolved.cells;
      const path = resolved.cells.slice(0, resolved.depth + 1).flatMap((c, i) => (c === "" ? [] : outlineParts(c, i)));
      const outline = cells[0] === "";
      return { text, key: path.join("."), path, col, outline, gapped: false };
    }
    const text = style === "single" ? cells[0] : joinCodeCells(cells);
    const parsed = parseCode(text);
    if (!parsed) return null;
    const firstGap = style === "positional" ? cells.findIndex((c, i) => c === "" && cells.slice(i + 1).some((d) => d !== "")) : -1;
    if (firstGap >= 0) {
      const path = cells.slice(0, firstGap).map((c, i) => (i === 0 ? c : pad2(c)));
      return { text, key: path.join("."), path, col, outline: false, gapped: true };
    }
    const path = treePath(parsed);
    return { text, key: path.join("."), path, col, outline: false, gapped: false };
  });
}
