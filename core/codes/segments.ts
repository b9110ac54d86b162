import {
  allowedWidths,
  FULL_LENGTH,
  GOVERNMENT_LEVELS,
  LEVEL_DIGIT,
  MAX_PRINTED_SEGMENTS,
  standardWidths,
  URUSAN,
} from "./structure";
import type { CodeProblem } from "./types";

type TokenClass = "digits" | "placeholder" | "invalid";

/**
 * Digits, an "X" placeholder, or a digit group with a stray letter or symbol ("O1"). A group without
 * any digit ("PD", "dan", a lower-case "x" as in "2 x 3") means the text is not a code at all.
 */
function classify(token: string): TokenClass | null {
  if (/^\d+$/.test(token)) return "digits";
  if (/^X+$/.test(token)) return "placeholder";
  return /\d/.test(token) ? "invalid" : null;
}

export interface SegmentReading {
  /** Segments at standard width: a 1-digit part where 2 belong is padded ("1" → "01", "X" → "XX"). */
  normalized: string[];
  placeholder: boolean;
  problems: CodeProblem[];
}

/**
 * Reads the digit groups as code segments, or null when their shape says the text is no code: an
 * urusan other than one digit 1-9 or X, a group too wide for its place ("2.500.000"), too many groups,
 * or a lone "X" (a roman numeral).
 */
export function readSegments(tokens: string[]): SegmentReading | null {
  if (tokens.length > MAX_PRINTED_SEGMENTS) return null;
  if (!/^[1-9X]$/.test(tokens[URUSAN])) return null;
  if (tokens.length === 1 && tokens[URUSAN] === "X") return null;
  const classes: TokenClass[] = [];
  for (const [i, token] of tokens.entries()) {
    const cls = classify(token);
    if (cls === null || !allowedWidths(i).includes(token.length)) return null;
    classes.push(cls);
  }

  const problems: CodeProblem[] = [];
  const normalized = tokens.map((token, i) => {
    const cls = classes[i];
    if (cls === "invalid") problems.push({ kind: "invalid-character", segment: i, detail: token });
    if (i >= FULL_LENGTH) return token;
    const standard = standardWidths(i);
    if (!standard.includes(token.length)) {
      const detail = `"${token}": expected ${standard.join(" or ")} digits`;
      problems.push({ kind: "segment-width", segment: i, detail });
    }
    if (i === LEVEL_DIGIT && cls === "digits" && !GOVERNMENT_LEVELS.includes(token)) {
      const detail = `"${token}" is neither 1 (provinsi) nor 2 (kab/kota)`;
      problems.push({ kind: "level-digit", segment: i, detail });
    }
    const padTo2 = token.length === 1 && standard.includes(2) && cls !== "invalid";
    return padTo2 ? (cls === "placeholder" ? "X" : "0") + token : token;
  });

  const firstPlaceholder = classes.indexOf("placeholder");
  if (firstPlaceholder >= 0) problems.unshift({ kind: "placeholder", segment: firstPlaceholder });
  return { normalized, placeholder: firstPlaceholder >= 0, problems };
}
