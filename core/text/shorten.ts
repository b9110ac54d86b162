/**
 * Long texts cut for a message or a note. A cell may hold up to 32 767 characters; quoting all of it
 * in a message, a note or a report cell makes that text too long for a spreadsheet cell in turn.
 */

/** Characters of a cell's text a message quotes. */
export const QUOTED_TEXT_MAX = 120;

/** `text` when it has at most `max` characters, else its first ones and "…", `max` in all. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not cut a surrogate pair in two.
  let end = max - 1;
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return text.slice(0, end) + "…";
}
