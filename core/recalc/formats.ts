import type { ValueCell } from "../model";

/**
 * Number formats the product writes. Format codes are locale-free: `#,##0.00` shows "87.026.000,00"
 * in an Indonesian spreadsheet and "87,026,000.00" in an English one, so a converted cell keeps
 * looking the way the planner typed it.
 */

const zeros = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");

/** The decimals and grouping of a number written as text ("2.519.295.635" → grouped, 0 decimals). */
function writtenShape(v: ValueCell): { decimals: number; grouped: boolean } {
  const token = /\d[\d.,]*/.exec(v.cell.text)?.[0].replace(/[.,]$/, "") ?? "";
  const sep = v.cell.reading === "en" ? "." : v.cell.reading === "id" ? "," : null;
  const at = sep ? token.lastIndexOf(sep) : -1;
  const integer = at < 0 ? token : token.slice(0, at);
  // A plain reading ("35", "2.5" read by the column) has no thousands separator.
  const grouped = v.cell.reading !== "plain" && /[.,]/.test(integer);
  return { decimals: at < 0 ? 0 : token.length - at - 1, grouped };
}

const quote = (s: string) => `"${s.replace(/"/g, "")}"`;

/**
 * The format that shows a converted text number as it was written: "35,12%" → `0.00%` (the cell
 * then holds 0.3512), "Rp 87.026.000,00" → `"Rp "#,##0.00`, "3 Dokumen" → `0 "Dokumen"`,
 * "(56.126.048)" → `#,##0;(#,##0)`.
 */
export function writtenFormat(v: ValueCell): string {
  const { decimals, grouped } = writtenShape(v);
  const base = `${grouped ? "#,##0" : "0"}${zeros(decimals)}`;
  let positive: string;
  if (v.cell.kind === "percent") positive = `${base}%`;
  else if (/^\s*\(?\s*-?\s*rp/i.test(v.cell.text)) positive = `${quote(`Rp${/rp\.?\s/i.test(v.cell.text) ? " " : ""}`)}${base}`;
  else if (v.cell.unit && v.cell.unit !== "Rp") positive = `${base} ${quote(v.cell.unit)}`;
  else positive = base;
  if (v.cell.negativeNotation === "parentheses") return `${positive};(${positive})`;
  if (v.cell.negativeNotation === "spaced-minus") return `${positive};"- "${positive}`;
  return positive;
}

/** A computed percentage in percent units: `0.00"%"` shows 72 as "72,00%"; without the sign `0.00`. */
export function percentFormat(decimals: number, sign: boolean): string {
  return `0${zeros(decimals)}${sign ? '"%"' : ""}`;
}

/** Amounts: whole rupiah grouped, as the tables print them. */
export const AMOUNT_FORMAT = "#,##0";
