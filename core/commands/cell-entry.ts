import type { RawCell } from "../grid";

/**
 * What to enter into a cell so that it holds `content` exactly. Both hosts read an entered string
 * the way they read typing — "0012" becomes 12, "80,127" a number under the sheet's locale,
 * "1.06.01" a date in some locales — unless it starts with an apostrophe, which both Excel and
 * Sheets take as "this is text" and do not keep. Formulas ("=…") and empty cells ("") go in as they are.
 */
export function cellEntry(content: RawCell | undefined): RawCell {
  if (content === null || content === undefined || content === "") return "";
  return typeof content === "string" && !content.startsWith("=") ? `'${content}` : content;
}

/**
 * What to enter so that a cell holds the value `value` — never a formula: a text that starts with
 * "=" (a planner's "=1+1", or "=HYPERLINK(…)" pasted from elsewhere) goes in as text too. For a
 * value known not to be a formula: a plan's value, or a constant read from the sheet.
 */
export function valueEntry(value: RawCell | undefined): RawCell {
  return typeof value === "string" && value !== "" ? `'${value}` : cellEntry(value);
}
