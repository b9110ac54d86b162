import type { Lang } from "../i18n/messages";
import type { Finding } from "./types";

/** A finding as the note on its cell reads (message, actual, expected, the cells added), for every host. */
export function noteText(f: Finding, lang: Lang): string {
  const parts = [`[${f.rule}] ${f.message}`];
  if (f.actual !== null && f.actual !== "") parts.push(`${lang === "en" ? "Actual" : "Tertulis"} ${f.actual}`);
  if (f.expected !== null) parts.push(`${lang === "en" ? "expected" : "seharusnya"} ${f.expected}`);
  let text = parts.join(" ");
  if (f.cells?.length) text += `. ${lang === "en" ? "Added" : "Dijumlahkan"}: ${f.cells.join(", ")}.`;
  return text;
}
