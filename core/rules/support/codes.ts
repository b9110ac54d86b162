import { formatCode, isAncestor, parseCode } from "../../codes";
import type { ParsedCode } from "../../codes";
import type { ModelRow, RowLevel } from "../../model";
import type { RuleContext } from "../types";

/** Shared reading of the Kode column for the code-* rules (DOMAIN.md §3). */

/** Tree depth (RowCode.path length) a complete code of each level has: U/BB/PP/K.KK/SS. */
export const LEVEL_DEPTH: Partial<Record<RowLevel, number>> = { program: 3, kegiatan: 4, subkegiatan: 5 };

/** A sub kegiatan code: nothing can be missing from its tail. */
const FULL_DEPTH = 5;

export const CODED_LEVELS: readonly RowLevel[] = ["program", "kegiatan", "subkegiatan"];

/** Names of the levels in both languages, for messages. */
const LEVEL_NAME: Record<string, { id: string; en: string }> = {
  urusan: { id: "urusan", en: "urusan" },
  bidang: { id: "bidang urusan", en: "bidang urusan" },
  program: { id: "program", en: "program" },
  kegiatan: { id: "kegiatan", en: "kegiatan" },
  subkegiatan: { id: "sub kegiatan", en: "sub kegiatan" },
};

/** Fills {placeholders} of a message fragment that a rule composes before reporting. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

export const levelName = (ctx: RuleContext, level: string) => LEVEL_NAME[level]?.[ctx.lang] ?? level;

const isMain = (row: ModelRow) => row.continues === null && row.level !== "indicator" && row.level !== "pagu";

/**
 * What the code-* rules know about the table's codes: the house separator style, each row's parsed
 * code, which rows lost (part of) their code, and the key each row stands for in the tree.
 */
export interface CodeFacts {
  /** "1 06 01 2 01" (spaces) or "1.06.01.2.01" (dots), by majority of the printed codes. */
  style: "spaces" | "dots";
  /** Width the table gives the sub kegiatan part (2 until 2023, 4 since), by majority. */
  subWidth: 2 | 4;
  /** The code follows the nomenclature's shape exactly in one separator ("1 06 01 2 01 01"). */
  regular: (index: number) => boolean;
  /** The row's code parsed (null for none, outline codes and non-codes); parsed on first use. */
  parsed: (index: number) => ParsedCode | null;
  /** Rows without a code, or whose code lacks parts its level needs (the code-missing rows). */
  incomplete: Set<number>;
  /**
   * The key a row stands for as a tree node: its code key, cut to the kegiatan for a sub kegiatan
   * code printed on the kegiatan row.
   */
  nodeKey: (string | null)[];
  /** Whether the row's code belongs to the table's judged codes (a main row with a full-enough code). */
  judged: (row: ModelRow) => boolean;
}

/** U BB PP [K KK [SS|SSSS]] with one separator throughout: the shape nearly every real code has. */
const REGULAR = /^[1-9]([ .])\d\d\1\d\d(?:\1[12]\1\d\d(?:\1(?:\d\d|\d{4}))?)?$/;
const KEGIATAN_LENGTH = "1 06 01 2 01".length;
const SUB4_LENGTH = "1 06 01 2 01 0001".length;

/**
 * A code of the positional style that repeats the code of a row still open above it ("1 | 06 | 01 | | |"
 * inside program 1.06.01) has lost its tail: empty trailing cells look exactly like a shorter code.
 */
function repeatsOpenAncestor(row: ModelRow, seen: Map<string, number>, lastKey: string | null): boolean {
  const code = row.code;
  if (!code || code.path.length >= FULL_DEPTH || !seen.has(code.key) || lastKey === null) return false;
  return lastKey === code.key || isAncestor(code.key, lastKey);
}

/** Facts per table: every code-* rule reads them, and a 50 000-row table must not parse its codes six times. */
const FACTS = new WeakMap<object, CodeFacts>();

export function codeFacts(ctx: RuleContext): CodeFacts {
  const cached = FACTS.get(ctx.table);
  if (cached) return cached;
  const facts = computeFacts(ctx);
  FACTS.set(ctx.table, facts);
  return facts;
}

function computeFacts(ctx: RuleContext): CodeFacts {
  const rows = ctx.rows;
  const style = ctx.table.model.codeStyle;
  let spaces = 0;
  let dots = 0;
  let sub2 = 0;
  let sub4 = 0;
  const regularRows = rows.map((row) => {
    const text = row.code && !row.code.outline ? row.code.text : "";
    if (!REGULAR.test(text)) return false;
    if (text[1] === " ") spaces++;
    else dots++;
    if (text.length > KEGIATAN_LENGTH) (text.length === SUB4_LENGTH ? sub4++ : sub2++);
    return true;
  });
  const memo = new Map<number, ParsedCode | null>();
  const parsed = (index: number): ParsedCode | null => {
    if (!memo.has(index)) {
      const code = rows[index].code;
      memo.set(index, code && !code.outline ? parseCode(code.text) : null);
    }
    return memo.get(index)!;
  };

  const incomplete = new Set<number>();
  const seen = new Map<string, number>();
  let lastKey: string | null = null;
  for (const row of rows) {
    if (!isMain(row)) continue;
    const need = LEVEL_DEPTH[row.level];
    const code = row.code;
    if (need !== undefined && style !== "none") {
      // A missing kegiatan number ("1 06 02 2") is a malformed code (code-format), not a missing one.
      const short = code !== null && code.path.length < need && !parsed(row.index)?.problems.some((x) => x.kind === "missing-kegiatan");
      const lostTail = style === "positional" && repeatsOpenAncestor(row, seen, lastKey);
      if (!code || code.gapped || short || lostTail) incomplete.add(row.index);
    }
    if (code && !incomplete.has(row.index)) {
      if (!seen.has(code.key)) seen.set(code.key, row.index);
      lastKey = code.key;
    }
  }

  const nodeKey = rows.map((row) => {
    if (!row.code || incomplete.has(row.index)) return null;
    return row.levelNote === "sub-code-on-kegiatan" ? row.code.path.slice(0, 4).join(".") : row.code.key;
  });

  return {
    style: dots > spaces ? "dots" : "spaces",
    subWidth: sub4 > sub2 ? 4 : 2,
    regular: (index) => regularRows[index],
    parsed,
    incomplete,
    nodeKey,
    judged: (row) => isMain(row) && row.code !== null && !incomplete.has(row.index),
  };
}

export interface ParentProblem {
  kind: "missing" | "differs";
  /** Key of the parent the code names. */
  parentKey: string;
  /** The enclosing coded row in document order, if any. */
  enclosing: ModelRow | null;
}

/** Path of the tree node a row stands for (a sub code on a kegiatan row stands for its kegiatan). */
function nodePath(row: ModelRow): string[] {
  const path = row.code?.path ?? [];
  return row.levelNote === "sub-code-on-kegiatan" ? path.slice(0, 4) : path;
}

/**
 * code-parent's judgement, shared with code-order (which leaves misplaced rows to it): a kegiatan or
 * sub kegiatan whose code names a parent that differs from the enclosing coded row. An enclosing row
 * on the same path (equal, or a malformed "1 06 02 2" above "1 06 02 2 01 01") is the parent printed
 * badly, which code-format reports; an enclosing row with a lost code cannot be judged. A missing
 * parent: the named parent has no row anywhere and the row heads a subtree of its own (a page left
 * out); a leaf whose prefix deviates is more likely a mistyped code.
 */
export function parentProblems(rows: ModelRow[], facts: CodeFacts): (ParentProblem | null)[] {
  // Shared by code-parent and code-order: judged once per table (facts are per table).
  let problems = PARENT_PROBLEMS.get(facts);
  if (!problems) {
    problems = computeParentProblems(rows, facts);
    PARENT_PROBLEMS.set(facts, problems);
  }
  return problems;
}

const PARENT_PROBLEMS = new WeakMap<CodeFacts, (ParentProblem | null)[]>();

function computeParentProblems(rows: ModelRow[], facts: CodeFacts): (ParentProblem | null)[] {
  const keys = new Set<string>();
  for (const k of facts.nodeKey) if (k !== null) keys.add(k);
  const codedAncestor = (row: ModelRow): ModelRow | null => {
    let p = row.parent;
    while (p !== null && !rows[p].code && !facts.incomplete.has(p)) p = rows[p].parent;
    return p === null ? null : rows[p];
  };
  const problems: (ParentProblem | null)[] = new Array(rows.length).fill(null);
  for (const row of rows) {
    if ((row.level !== "kegiatan" && row.level !== "subkegiatan") || !facts.judged(row)) continue;
    const path = nodePath(row);
    if (path.length < 2) continue;
    const parentKey = path.slice(0, -1).join(".");
    const enclosing = codedAncestor(row);
    if (enclosing && facts.incomplete.has(enclosing.index)) continue;
    const enclosingKey = enclosing ? facts.nodeKey[enclosing.index] : null;
    if (enclosingKey && onSamePath(enclosingKey, parentKey)) continue;
    const heads = row.children.some((c) => rows[c].code !== null);
    if (!keys.has(parentKey) && (heads || !enclosing)) problems[row.index] = { kind: "missing", parentKey, enclosing };
    else if (enclosing) problems[row.index] = { kind: "differs", parentKey, enclosing };
  }
  return problems;
}

/** Standard-width segments of a parsed code ("1" → "01"; the sub part at the table's own width). */
function standardSegments(p: ParsedCode, subWidth: 2 | 4): string[] {
  return p.segments.map((s, i) => {
    if (!/^\d+$/.test(s)) return s;
    if (i === 0 || i === 3) return s;
    const width = i === 5 ? Math.max(subWidth, s.length) : Math.max(2, s.length);
    return s.padStart(width, "0");
  });
}

/** The code in the table's own style, first `count` segments. */
export function printCode(p: ParsedCode, facts: CodeFacts, count = p.segments.length): string {
  return formatCode(standardSegments(p, facts.subWidth).slice(0, count), facts.style);
}

/** A code key ("1.06.01.2.01") printed in the table's style. */
export function printKey(key: string, facts: CodeFacts): string {
  const p = parseCode(key);
  return p ? printCode(p, facts) : key;
}

/** Whether one of two keys lies on the other's path (equal included). */
function onSamePath(a: string, b: string): boolean {
  return a === b || isAncestor(a, b) || isAncestor(b, a);
}

/** The 1-based sheet row of a 0-based layout grid row (the model's range starts at the first header row). */
export function sheetRowOf(ctx: RuleContext, gridRow: number): number {
  const m = /^[A-Z]+(\d+)/.exec(ctx.table.model.range);
  const top = m ? Number(m[1]) : gridRow + 1;
  return top + gridRow - ctx.table.layout.headerRows[0];
}

/** The 1-based sheet column of a 0-based layout grid column. */
export function sheetColOf(ctx: RuleContext, gridCol: number): number {
  const anchor = ctx.table.layout.columns[0];
  return anchor ? anchor.col + gridCol - anchor.index : gridCol + 1;
}
