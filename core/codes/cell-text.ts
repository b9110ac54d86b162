/**
 * Spreadsheet noise around a code: non-breaking and zero-width spaces, line breaks, and the leading
 * apostrophe Excel users type to keep "1.06" from becoming a number.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060]/g;
const LEADING_QUOTE = /^['‘’`]+/;

export function cleanCodeText(text: string): string {
  return text.replace(ZERO_WIDTH, "").replace(/\s+/g, " ").trim().replace(LEADING_QUOTE, "").trim();
}

export interface NumberCodeText {
  text: string;
  /** The number had one decimal ("1.1"): Excel dropped a trailing zero of "1.10", restored in `text`. */
  restoredZero: boolean;
}

/**
 * A code Excel turned into a number (1.06, 2.01 in a kegiatan column). A number keeps at most one dot,
 * and Excel drops trailing zeros, so a single decimal digit is read back as two ("1.1" → "1.10").
 */
export function numberToCodeText(n: number): NumberCodeText | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const text = String(n);
  if (/e/i.test(text)) return null;
  const oneDecimal = /^(\d+)\.(\d)$/.exec(text);
  if (oneDecimal) return { text: `${oneDecimal[1]}.${oneDecimal[2]}0`, restoredZero: true };
  return { text, restoredZero: false };
}
