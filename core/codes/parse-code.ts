import { cleanCodeText, numberToCodeText } from "./cell-text";
import { separatorProblems } from "./separators";
import { readSegments } from "./segments";
import { FULL_LENGTH, GOVERNMENT_LEVELS, LEVEL_DIGIT, levelOfCount, SUB } from "./structure";
import { tokenize } from "./tokenize";
import type { CodeProblem, ParsedCode } from "./types";

/**
 * Reads a kode in any real spelling (dots, spaces, commas, trailing dots, typed as a number).
 * Null for empty input and for text that is not a code ("TOTAL", a name, an amount "2.500.000").
 */
export function parseCode(input: string | number | null | undefined): ParsedCode | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "string") return parseText(cleanCodeText(input), input);
  const fromNumber = numberToCodeText(input);
  if (!fromNumber) return null;
  const parsed = parseText(fromNumber.text, String(input));
  if (parsed && fromNumber.restoredZero) {
    parsed.problems.push({
      kind: "segment-width",
      segment: parsed.segments.length - 1,
      detail: `number ${input}: Excel drops trailing zeros, read as ${fromNumber.text}`,
    });
  }
  return parsed;
}

export function looksLikeCode(text: string): boolean {
  return parseCode(text) !== null;
}

function parseText(text: string, raw: string): ParsedCode | null {
  const tokens = tokenize(text);
  if (!tokens) return null;
  const reading = readSegments(tokens.tokens);
  if (!reading) return null;

  const segments = tokens.tokens;
  const count = segments.length;
  const problems: CodeProblem[] = [...reading.problems, ...separatorProblems(tokens)];
  if (count === LEVEL_DIGIT + 1) problems.push({ kind: "missing-kegiatan" });
  if (count > FULL_LENGTH) problems.push({ kind: "too-many-segments", detail: `${count} segments` });

  const parsed: ParsedCode = {
    raw,
    segments,
    normalized: reading.normalized.join("."),
    level: levelOfCount(count),
    placeholder: reading.placeholder,
    problems,
  };
  // Set even without the kegiatan number: the digit alone tells a provinsi code in a kab/kota table.
  const levelDigit = segments[LEVEL_DIGIT];
  if (levelDigit !== undefined && GOVERNMENT_LEVELS.includes(levelDigit)) parsed.governmentLevel = levelDigit;
  if (count > SUB) parsed.fourDigitSub = segments[SUB].length === 4;
  return parsed;
}
