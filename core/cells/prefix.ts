/**
 * Qualitative text written before a number: a predikat with its letter ("Baik (B) 60,15"), a SAKIP
 * grade ("BB 80,5"), a predikat word ("Sangat Tinggi 95"), or a comparison ("≥ 80%"). Anything else
 * before the number makes the cell text: "Tahun 2021" and "Perda No. 3" are not quantities.
 */

/** What may follow a prefix: an optional sign, parenthesis or Rp, then a digit. */
const NUMBER_AHEAD = String.raw`(?=[-−–—(]?\s*(?:rp\.?\s*)?\d)`;

const PATTERNS: RegExp[] = [
  // Words ending in a parenthesised label, no digits inside: "Baik (B)", "Sangat Baik (A)".
  new RegExp(String.raw`^((?:\p{L}|\(\p{L})[^\d]*?\))\s*` + NUMBER_AHEAD, "iu"),
  // SAKIP grades, upper case only so that ordinary words are not taken for grades.
  new RegExp(String.raw`^(AA|A|BB|B|CC|C|D)\s+` + NUMBER_AHEAD, "u"),
  // Predikat words of the evaluation scales (DOMAIN.md §4).
  new RegExp(
    String.raw`^((?:sangat |cukup |kurang )?(?:baik|kurang|cukup|tinggi|sedang|rendah|berhasil|memuaskan))\s+` +
      NUMBER_AHEAD,
    "iu",
  ),
  new RegExp(String.raw`^(>=|<=|≥|≤|>|<)\s*` + NUMBER_AHEAD, "u"),
];

/** Splits a qualitative prefix off `text`; `rest` is the text from the number on. */
export function splitPrefix(text: string): { prefix?: string; rest: string } {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { prefix: m[1], rest: text.slice(m[0].length) };
  }
  return { rest: text };
}
