import Decimal from "decimal.js";
import type { RawCell } from "../grid";
import { readNumberFormat } from "./number-format";
import { conventionOf, readToken, type Convention, type Separator, type SeparatorRole } from "./number-token";
import { splitPrefix } from "./prefix";
import type { NumberReading, ParsedCell, ReadingEvidence } from "./types";
import { isCountUnit } from "./units";

/**
 * Reading one spreadsheet cell the way an Indonesian planner wrote it (DOMAIN.md §5): typed numbers
 * with their number format, and text such as "Rp 87.026.000,00", "70,65 %", "3 Dokumen",
 * "(56.126.048)", "Baik (B) 60,15", "29 Pilkades, 137 BPD", "-", "#DIV/0!".
 */

/** What a cell's number says about the separators on its own, for the column reader. */
export interface SeparatorFacts {
  /** Roles fixed by the token itself or by its unit (never by a reading passed in). */
  roles: Partial<Record<Separator, SeparatorRole>>;
  /** The separator of a number the cell alone cannot read ("80,127"). */
  open?: Separator;
}

export interface CellAnalysis {
  cell: ParsedCell;
  facts: SeparatorFacts;
}

const ERRORS = [
  "#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
  "#ERROR!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
];

/** "-" and its look-alikes mean nothing planned; "Rp -" is Excel's accounting zero. */
const DASH = /^(?:rp\.?\s*)?(?:-{1,3}|[–—−])$/iu;
/** Dates typed as text are not quantities ("12/05/2023" is not 12 with a unit). */
const DATE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;
/** "Rp", "Rp." or "RP" standing alone, not the start of a word like "RPJMD". */
const RP = /^rp\.?(?!\p{L})\s*/iu;
const TOKEN = /^\d+(?:[.,]\d+)*/;
/** A number inside the unit text, not glued to a word ("m2") or to another number. */
const INNER_NUMBER = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*/gu;
const JOINS_QUANTITIES = /(?:&|\bdan|\/|[-–—]|,)\s*$/iu;
const STARTS_UNIT = /^[\p{L}(/]/u;
const STARTS_JOIN = /^(?:&|dan\b|\/|[-–—]|,)/iu;

const NO_FACTS: SeparatorFacts = { roles: {} };

export function parseCell(raw: RawCell, numberFormat?: string | null, reading?: Convention): ParsedCell {
  return analyseCell(raw, numberFormat, reading).cell;
}

/**
 * Every ParsedCell gets the same fields in the same order (absent ones undefined): hundreds of
 * thousands of cells of one shape keep every rule's property reads monomorphic and fast.
 */
function canonical(c: ParsedCell): ParsedCell {
  return {
    kind: c.kind,
    text: c.text,
    value: c.value,
    unit: c.unit,
    prefix: c.prefix,
    reading: c.reading,
    evidence: c.evidence,
    alternatives: c.alternatives,
    error: c.error,
    compound: c.compound,
    negativeNotation: c.negativeNotation,
  };
}

const EMPTY: CellAnalysis = { cell: canonical({ kind: "empty", text: "", reading: "plain", evidence: "none" }), facts: { roles: {} } };

/** parseCell plus the separator facts the column reader weighs. */
export function analyseCell(raw: RawCell, numberFormat?: string | null, reading?: Convention): CellAnalysis {
  if (raw === null) return EMPTY;
  if (typeof raw === "boolean") {
    return { cell: canonical({ kind: "boolean", text: raw ? "TRUE" : "FALSE", reading: "plain", evidence: "typed" }), facts: NO_FACTS };
  }
  if (typeof raw === "number") return { cell: typedNumber(raw, numberFormat), facts: NO_FACTS };
  const a = parseText(normalize(raw), reading);
  return { cell: canonical(a.cell), facts: a.facts };
}

/** Trim, drop the apostrophe that forces text, and make every run of (non-breaking) spaces one space. */
function normalize(raw: string): string {
  return raw
    .replace(/[\u200B\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'/, "")
    .trim();
}

/**
 * A typed number is exactly what the cell stores: String(n) is the shortest text that reads back as
 * the same double, so 0.1 stays 0.1. Its meaning as percent, money or count comes from the format.
 */
function typedNumber(n: number, numberFormat?: string | null): ParsedCell {
  const text = String(n);
  if (!Number.isFinite(n)) return canonical({ kind: "error", text, error: "#NUM!", reading: "plain", evidence: "none" });
  // Built in the canonical shape directly: typed numbers are most of a large workbook's cells.
  const stored = new Decimal(text);
  const format = readNumberFormat(numberFormat);
  const percent = format.scalePercent || format.percentLiteral;
  return {
    kind: percent ? "percent" : format.money ? "money" : "number",
    text,
    value: format.scalePercent ? stored.times(100) : stored,
    unit: percent ? "%" : format.money ? "Rp" : format.unit,
    prefix: undefined,
    reading: "plain",
    evidence: "typed",
    alternatives: undefined,
    error: undefined,
    compound: undefined,
    negativeNotation: undefined,
  };
}

function asText(text: string): CellAnalysis {
  return { cell: { kind: "text", text, reading: "plain", evidence: "none" }, facts: NO_FACTS };
}

function parseText(text: string, reading?: Convention): CellAnalysis {
  if (text === "") return { cell: { kind: "empty", text, reading: "plain", evidence: "none" }, facts: NO_FACTS };
  if (DASH.test(text)) {
    return { cell: { kind: "dash", text, value: new Decimal(0), reading: "plain", evidence: "token" }, facts: NO_FACTS };
  }
  const error = ERRORS.find((e) => e === text.toUpperCase());
  if (error) return { cell: { kind: "error", text, error, reading: "plain", evidence: "none" }, facts: NO_FACTS };
  if (DATE.test(text)) return asText(text);

  const written = splitWritten(text);
  if (!written) return asText(text);
  const token = readToken(written.token);
  if (token.status === "malformed") return asText(text);

  const { unit, money, percent, compound } = written;
  let value = token.value as Decimal;
  let numberReading: NumberReading = token.convention ?? "plain";
  let evidence: ReadingEvidence = "token";
  const facts: SeparatorFacts = { roles: token.roles };
  if (token.status === "ambiguous" && token.alternatives && token.separator) {
    const sep = token.separator;
    // Rupiah never has three decimals and a count unit has none: the separator groups thousands.
    // This outranks the column, which may mix conventions ("19.65%" beside "21.279 Ruta").
    const byUnit = money || isCountUnit(unit) ? conventionOf(sep, "thousands") : undefined;
    const chosen = byUnit ?? reading;
    if (byUnit) facts.roles = { [sep]: "thousands" };
    else facts.open = sep;
    numberReading = chosen ?? "ambiguous";
    evidence = byUnit ? "unit" : chosen ? "column" : "none";
    value = chosen === "en" ? token.alternatives[1] : token.alternatives[0];
  }

  const negate = (d: Decimal) => (written.negative && !d.isZero() ? d.neg() : d);
  const cell: ParsedCell = {
    kind: percent ? "percent" : money ? "money" : "number",
    text,
    value: negate(value),
    reading: numberReading,
    evidence,
  };
  if (unit) cell.unit = unit;
  if (written.prefix) cell.prefix = written.prefix;
  if (token.alternatives) cell.alternatives = [negate(token.alternatives[0]), negate(token.alternatives[1])];
  if (compound) cell.compound = true;
  if (written.negative) cell.negativeNotation = written.negative;
  return { cell, facts };
}

interface Written {
  prefix?: string;
  token: string;
  negative?: "parentheses" | "spaced-minus" | "minus";
  money: boolean;
  percent: boolean;
  /** Percent: "%" and what follows; money: "Rp" and what follows; otherwise the words after the number. */
  unit?: string;
  compound: boolean;
}

/**
 * Splits "[prefix] [Rp] [-] [(] [Rp] number [)] [%] [unit]" into its parts; null when the text does
 * not start with a number or what follows the number is not a unit ("1 06 01", "10 = (5+7+9)").
 */
function splitWritten(text: string): Written | null {
  const { prefix, rest } = splitPrefix(text);
  let s = rest;
  const eat = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length);
    return m;
  };
  let money = eat(RP) !== null;
  const minus = eat(/^[-−–—](\s*)/);
  money = money || eat(RP) !== null;
  const parenthesised = eat(/^\(\s*/) !== null;
  money = money || (parenthesised && eat(RP) !== null);
  const token = eat(TOKEN);
  if (!token) return null;
  if (parenthesised && !eat(/^\s*\)/)) return null;

  // "43.Buku": a dot glued between number and unit separates them. "Rp 1.000,-": no cents.
  let after = s.replace(/^\.(?=\p{L})/u, "").trim();
  if (/^[.,]-$/.test(after)) after = "";
  const percent = after.startsWith("%");
  let tail = percent ? after.slice(1).trim() : after;
  if (!percent && /^(?:rp\.?|rupiah)$/i.test(tail)) {
    money = true;
    tail = "";
  }
  const compound = tail !== "" && hasSecondQuantity(tail);
  if (tail !== "" && !STARTS_UNIT.test(tail) && !(compound && STARTS_JOIN.test(tail))) return null;

  // A dash before a parenthesised amount ("- (28.369.250)") is a layout artefact: the parentheses carry the sign.
  const negative = parenthesised ? "parentheses" : minus ? (minus[1] ? "spaced-minus" : "minus") : undefined;
  const unit = percent ? after : money ? (tail ? `Rp ${tail}` : "Rp") : tail || undefined;
  return { prefix, token: token[0], negative, money, percent, unit, compound };
}

/** A further number joined by &, dan, /, -, "," or followed by a word: "29 Pilkades, 137 BPD". */
function hasSecondQuantity(tail: string): boolean {
  for (const m of tail.matchAll(INNER_NUMBER)) {
    const before = tail.slice(0, m.index);
    const after = tail.slice((m.index ?? 0) + m[0].length);
    if (JOINS_QUANTITIES.test(before) || /^\s*\p{L}/u.test(after)) return true;
  }
  return false;
}
