import type { RawCell } from "../grid";
import { conventionOf, type Convention, type Separator } from "./number-token";
import { analyseCell, type CellAnalysis, parseCell } from "./parse-cell";
import type { ParsedCell } from "./types";

/**
 * Deciding a column's number convention from its cells, so that a token like "80,127" or "6.054"
 * that is ambiguous alone can be read (DOMAIN.md §5: decide per column, say so when it cannot).
 */

export interface ColumnCell {
  raw: RawCell;
  format?: string | null;
}

export interface ColumnOptions {
  /**
   * Whether evidence about the other separator may decide ("65.38%" has a decimal point, so "," would
   * be the thousands separator). Pass false when the table mixes conventions: then only cells that
   * use the same separator as the ambiguous one decide it. Default true.
   */
  indirectAllowed?: boolean;
}

export interface ColumnReading {
  /** The convention of the column's decisive cells; undecided when there are none or both occur. */
  reading: Convention | "undecided";
  /** Decisive cells per convention (cells whose separators are fixed by the token or its unit). */
  evidence: { id: number; en: number };
  /** Every cell parsed, ambiguous ones re-read with the column's convention where it decides them. */
  cells: ParsedCell[];
  /** Decisive cells of both conventions: the column mixes number formats. */
  mixed: boolean;
}

/** Longer texts are rarely repeated; they are not worth a memo key. */
const MEMO_TEXT_LIMIT = 64;
/** Typed numbers this large are amounts, rarely repeated. */
const MEMO_NUMBER_LIMIT = 1_000_000;

export function readColumn(cells: ColumnCell[], options: ColumnOptions = {}): ColumnReading {
  return readColumnAt(cells.length, (i) => cells[i].raw, (i) => cells[i].format, options);
}

/**
 * readColumn over cells given by accessor, so a caller holding a grid need not build a cell object
 * per row. Typed numbers, booleans and empty cells carry no separator evidence and are parsed
 * directly; only text cells are analysed.
 */
export function readColumnAt(
  length: number,
  rawAt: (i: number) => RawCell,
  formatAt: (i: number) => string | null | undefined,
  options: ColumnOptions = {},
): ColumnReading {
  const indirectAllowed = options.indirectAllowed ?? true;
  const parsed: ParsedCell[] = new Array(length);
  const open: (Separator | undefined)[] = [];
  const openAt: number[] = [];
  const evidence = { id: 0, en: 0 };
  // How many decisive cells use each separator character (direct evidence about that character).
  const direct: Record<Separator, number> = { ".": 0, ",": 0 };
  // A column repeats its values ("100%", "2 Dokumen", 12): equal cells read the same, so they share
  // one immutable ParsedCell — on a large table that is most of the model's memory.
  const typedMemo = new Map<string | null | undefined, Map<RawCell, ParsedCell>>();
  const textMemo = new Map<string, CellAnalysis>();
  for (let i = 0; i < length; i++) {
    const raw = rawAt(i);
    const format = formatAt(i);
    if (typeof raw !== "string") {
      // Amounts (Rp) are nearly all distinct: a memo would only cost. Targets, counts and percentages repeat.
      if (raw === null || typeof raw !== "number" || Math.abs(raw) >= MEMO_NUMBER_LIMIT) {
        parsed[i] = parseCell(raw, format);
        continue;
      }
      let byValue = typedMemo.get(format);
      if (!byValue) typedMemo.set(format, (byValue = new Map()));
      let cell = byValue.get(raw);
      if (!cell) byValue.set(raw, (cell = parseCell(raw, format)));
      parsed[i] = cell;
      continue;
    }
    const key = raw.length <= MEMO_TEXT_LIMIT ? `${format ?? ""}\u0000${raw}` : undefined;
    let analysis = key === undefined ? undefined : textMemo.get(key);
    if (!analysis) {
      analysis = analyseCell(raw, format);
      if (key !== undefined) textMemo.set(key, analysis);
    }
    const { cell, facts } = analysis;
    parsed[i] = cell;
    if (facts.open) {
      open.push(facts.open);
      openAt.push(i);
    }
    const roles = Object.entries(facts.roles) as [Separator, "thousands" | "decimal"][];
    if (roles.length === 0) continue;
    evidence[conventionOf(...roles[0])]++;
    for (const [sep] of roles) direct[sep]++;
  }

  const mixed = evidence.id > 0 && evidence.en > 0;
  // A mixed column cannot lend its convention: "90,957" beside "48.64%" and "34,96%" stays ambiguous.
  const convention: Convention | undefined =
    mixed || evidence.id + evidence.en === 0 ? undefined : evidence.id > 0 ? "id" : "en";
  if (convention !== undefined) {
    openAt.forEach((i, k) => {
      if (direct[open[k]!] > 0 || indirectAllowed) parsed[i] = parseCell(rawAt(i), formatAt(i), convention);
    });
  }
  return { reading: convention ?? "undecided", evidence, cells: parsed, mixed };
}
