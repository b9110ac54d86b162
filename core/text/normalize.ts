/**
 * Header and label text normalisation. Real headers are wrapped, merged, abbreviated and mistyped
 * ("Indikaor", "Usuran", "Kepegawainan"); matching works on lower-case words with punctuation removed,
 * and tolerates one typo in longer words.
 */

/** Lower-case, "/" and punctuation to spaces, whitespace collapsed. Keeps digits and "%". */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00a0/g, " ")
    .replace(/s\/d/g, " sd ")
    .replace(/[^\p{L}\p{N}%+=]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function words(text: string): string[] {
  const n = normalizeText(text);
  return n === "" ? [] : n.split(" ");
}

/** Levenshtein distance bounded by `max` (returns max + 1 when exceeded). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A word matches a keyword exactly, or with one edit when both are at least 6 letters long. */
export function wordMatches(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (keyword.length < 6 || word.length < 6) return false;
  return editDistance(word, keyword, 1) <= 1;
}

/**
 * Whether a normalised text contains a phrase (a sequence of keywords; each may be a prefix when it
 * ends with "*"), word by word, with typo tolerance.
 */
export function hasPhrase(textWords: string[], phrase: string): boolean {
  const keys = phrase.split(" ");
  outer: for (let i = 0; i + keys.length <= textWords.length; i++) {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const w = textWords[i + k];
      if (key.endsWith("*")) {
        if (!w.startsWith(key.slice(0, -1))) continue outer;
      } else if (!wordMatches(w, key)) continue outer;
    }
    return true;
  }
  return false;
}
