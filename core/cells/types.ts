import type Decimal from "decimal.js";

/**
 * What a cell holds once read. `number` covers plain quantities (with or without a unit word),
 * `percent` anything written or formatted as a percentage (value in percent: 85 for "85%" and for 0.85
 * formatted "0%"), `money` an amount written with "Rp" or an accounting/currency format.
 */
export type ValueKind = "empty" | "number" | "percent" | "money" | "text" | "dash" | "error" | "boolean";

/** How the separators of a written number were read. */
export type NumberReading =
  | "plain" // no separator at all ("2021", "35") or a typed number
  | "id" // "." thousands, "," decimals
  | "en" // "," thousands, "." decimals
  | "ambiguous"; // one separator followed by exactly three digits, not decided

/** Why a reading was chosen: the token itself, its column, its unit, or nothing decided it. */
export type ReadingEvidence = "token" | "column" | "table" | "unit" | "typed" | "none";

export interface ParsedCell {
  kind: ValueKind;
  /** The cell text as the planner sees it (trimmed; leading apostrophe removed). */
  text: string;
  /** Numeric value (percent kinds in percent units). 0 for dash; absent for empty, text, error, boolean. */
  value?: Decimal;
  /** Unit word after (or Rp before) the number: "Dokumen", "%", "Rp", "orang". */
  unit?: string;
  /** Qualitative text before the number: "Baik (B)" in "Baik (B) 60,15". */
  prefix?: string;
  reading: NumberReading;
  evidence: ReadingEvidence;
  /** For a token that could be read two ways: both values, [id reading, en reading]. */
  alternatives?: [Decimal, Decimal];
  /** Spreadsheet error literal: "#DIV/0!". */
  error?: string;
  /** More than one quantity in one cell ("10 & 2", "29 Pilkades, 137 BPD"): value is the first. */
  compound?: boolean;
  /** The number was written as negative with parentheses "(56.126.048)" or a spaced minus "- 15.548.024". */
  negativeNotation?: "parentheses" | "spaced-minus" | "minus";
}
