import type { Lang } from "../i18n/messages";
import { QUOTED_TEXT_MAX, shorten } from "../text/shorten";
import type { Finding } from "./types";

/** How many characters of the list of cells a sum added a note names (a total may add thousands). */
const CELLS_TEXT_MAX = 1_000;

/**
 * A finding as the note on its cell reads (message, actual, expected, the cells added), for every
 * host. A cell's long text and a long list of cells are shortened, so the note stays a readable size.
 */
export function noteText(f: Finding, lang: Lang): string {
  const parts = [`[${f.rule}] ${f.message}`];
  if (f.actual !== null && f.actual !== "") parts.push(`${lang === "en" ? "Actual" : "Tertulis"} ${shorten(f.actual, QUOTED_TEXT_MAX)}`);
  if (f.expected !== null) parts.push(`${lang === "en" ? "expected" : "seharusnya"} ${shorten(f.expected, QUOTED_TEXT_MAX)}`);
  let text = parts.join(" ");
  if (f.cells?.length) text += `. ${lang === "en" ? "Added" : "Dijumlahkan"}: ${shorten(f.cells.join(", "), CELLS_TEXT_MAX)}.`;
  return text;
}
