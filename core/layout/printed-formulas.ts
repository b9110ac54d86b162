import type { ColumnSpec, PrintedFormula } from "./types";

/**
 * Reads the formulas a table prints in its column-number row ("8 = (7/6)", "10 = (5+7+9)",
 * "14 = 13/5 x 100%", "12=8+9+10+11") and resolves each column number to the grid column that
 * carries it. A formula whose numbers are not all printed columns is left out.
 */
const FORMULA = /^\(?\s*(\d{1,2})\s*\)?\s*=\s*(.+)$/;

export function readPrintedFormulas(columns: ColumnSpec[], numbers: (string | null)[]): PrintedFormula[] {
  const byNumber = new Map<string, number>();
  for (const c of columns) if (c.number && !byNumber.has(c.number)) byNumber.set(c.number, c.index);
  const result: PrintedFormula[] = [];
  numbers.forEach((text, index) => {
    if (!text) return;
    const m = FORMULA.exec(text.trim());
    if (!m) return;
    const expression = m[2]
      .replace(/[x×]/gi, "*")
      .replace(/:/g, "/")
      .replace(/%/g, "")
      .replace(/[()\s]/g, "")
      .replace(/\*100\*?$/, "*100");
    const refs: Record<string, number> = {};
    for (const n of expression.match(/\d+/g) ?? []) {
      if (n === "100" && /\*100$/.test(expression)) continue;
      const idx = byNumber.get(n);
      if (idx === undefined) return;
      refs[n] = idx;
    }
    result.push({ index, text, expression, refs });
  });
  return result;
}
