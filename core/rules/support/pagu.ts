import Decimal from "decimal.js";
import { a1 } from "../../grid";
import type { ColumnRole, ColumnSpec } from "../../layout/types";
import { isMoneyColumn, type ModelRow, type RowLevel, type Table, type ValueCell } from "../../model";
import type { RuleContext, Text } from "../types";
import { writtenDecimals } from "./values";

/**
 * The pagu group's shared analysis (DOMAIN.md §2): every parent/total amount against the sum of the
 * rows under it, and every kondisi akhir Rp against the sum of its years under the table's inferred
 * year window. pagu-rollup, pagu-rounding and pagu-final each report their share of one analysis,
 * computed once per table. Everything is O(rows × money columns).
 */

/** One money column: a year's Rp, the kondisi akhir Rp, an anggaran/realisasi year, … */
export interface Slot {
  col: ColumnSpec;
  /** The Target column whose cells carry this amount on pagu and total rows printed in the Target columns. */
  alt?: ColumnSpec;
  final: boolean;
  label: Text;
}

interface Amount {
  value: Decimal;
  /** Largest error the printed roundings of the addends can explain (half a unit of each one's last digit). */
  tol: Decimal;
  /** The printed cell, or the amounts added; flattened to A1 addresses only for a reported finding. */
  src: ValueCell | Amount[];
}

/** A printed amount that disagrees with the sum it should equal. */
export interface Comparison {
  kind: "rollup" | "final";
  /** The row the amount belongs to (for level and code in the message). */
  owner: ModelRow;
  slot: Slot;
  /** Sheet cell where the amount is printed (on a pagu row, in its Target column). */
  row: number;
  col: number;
  actual: Decimal;
  expected: Decimal;
  cells: string[];
  /** The difference is within the display rounding of the numbers involved (and at most Rp 1). */
  rounding: boolean;
  /** rollup: level of the rows summed. */
  childLevel?: RowLevel;
  /** final: the window summed, and another window the row follows instead, if any. */
  window?: [number, number];
  other?: [number, number];
}

export interface FinalWindow {
  from: number;
  to: number;
  support: number;
  total: number;
}

/** A parent or total as the roll-up judged it: the rows whose amounts it sums. */
export interface Rollup {
  row: ModelRow;
  members: ModelRow[];
  /** The tree around it is certain, or an unsure one (duplicated codes, …) that the numbers confirm. */
  sure: boolean;
}

/** The sheet cell holding a row's amount in a slot: on its carrier row, in the money or the Target column. */
export interface Place {
  row: ModelRow;
  col: ColumnSpec;
}

export interface PaguAnalysis {
  slots: Slot[];
  comparisons: Comparison[];
  window?: FinalWindow;
  /** Every parent and total judged, children before parents (the recalculation writes them in this order). */
  rollups: Rollup[];
  /**
   * Rows whose kondisi akhir Rp is the sum of their years: those judged against the window, and
   * those with yearly amounts and a blank kondisi akhir (value-missing reports them).
   */
  finalRows: ModelRow[];
  /** Where a row's amount in a slot is (also when that cell is empty); undefined when the row has no money cells. */
  place(row: ModelRow, slot: Slot): Place | undefined;
  /**
   * The cells a parent's amount in a slot adds up, as the roll-up adds them: each member's cell, and
   * for a member with a blank cell the cells of the rows under it. "unreadable" when one is not a number.
   */
  addends(rollup: Rollup, slot: Slot): Place[] | "unreadable";
  /** The row whose cells carry a row's amounts (itself, or its pagu continuation row), for the target/pagu rules. */
  carrier(row: ModelRow): ModelRow | undefined;
  /** The usable amount a row prints in a slot (undefined when empty or not a number). */
  printed(row: ModelRow, slot: Slot): Decimal | undefined;
  /** printed(row, slot) > 0, without reading the Decimal when the amount is a fast number. */
  funded(row: ModelRow, slot: Slot): boolean;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);
const THREE = new Decimal(3);
/** Half a unit of the last printed digit, by number of decimals. */
const HALF_UNIT = Array.from({ length: 11 }, (_, d) => new Decimal(5).div(Decimal.pow(10, d + 1)));
const UNREADABLE = "unreadable" as const;
type Maybe = Amount | null | typeof UNREADABLE;

/**
 * What a row holds in a slot, kept in typed arrays rather than an Amount per cell: the analysis
 * touches every money cell of the table, and nearly every sum matches exactly. NOT_YET marks an
 * amount not computed yet (the roll-up fills its memo lazily); SUMMED is an amount added up from the
 * rows under a blank parent cell.
 */
const NOT_YET = 0;
const NONE = 1;
const PRINTED = 2;
const BAD = 3;
const SUMMED = 4;

const cache = new WeakMap<Table, PaguAnalysis>();

export function paguAnalysis(table: Table): PaguAnalysis {
  let a = cache.get(table);
  if (!a) {
    a = analyse(table);
    cache.set(table, a);
  }
  return a;
}

/** Tables whose Rp columns follow the Renstra roll-up (program = Σ kegiatan, …). */
export const ROLLUP_KINDS = ["renstra-program", "rumusan-renja", "anggaran-realisasi", "evaluasi-renja", "evaluasi-renja-triwulan"] as const;

function slotLabel(c: ColumnSpec, table: Table): Text {
  if (c.role === "finalRp") return { id: "kondisi akhir", en: "at end of period" };
  if (table.layout.kind === "anggaran-realisasi" && c.year !== undefined) {
    return c.role === "anggaran" ? { id: `anggaran ${c.year}`, en: `budget ${c.year}` } : { id: `realisasi ${c.year}`, en: `actual ${c.year}` };
  }
  if ((c.role === "rp" || c.role === "target") && c.year !== undefined) return { id: `tahun ${c.year}`, en: `for ${c.year}` };
  const name = c.number ? `(${c.number})` : (c.header[c.header.length - 1] ?? `${c.col}`);
  return { id: `kolom ${name}`, en: `column ${name}` };
}

/**
 * Evaluation tables (T-C.29) carry no K/Rp marks; a financial one holds rupiah in its target and
 * realisation columns. Such a column has plain numbers only, mostly of rupiah size.
 */
function moneyLike(c: ColumnSpec, rows: ModelRow[]): boolean {
  let big = 0;
  let nonzero = 0;
  for (const row of rows) {
    const v = row.values.find((x) => x.col === c.col);
    if (!v || v.cell.kind === "empty" || v.cell.kind === "dash") continue;
    if (v.cell.kind !== "number" && v.cell.kind !== "money") return false;
    if (v.cell.unit && !/^rp/i.test(v.cell.unit)) return false;
    if (v.cell.value!.isZero()) continue;
    nonzero++;
    if (v.cell.value!.abs().gte(100000)) big++;
  }
  return nonzero >= 3 && big >= 0.8 * nonzero;
}

const NOT_AMOUNTS = new Set<ColumnRole>(["growth", "rasio", "capaian", "tingkatRealisasi", "tingkatCapaian"]);

function moneySlots(table: Table): Slot[] {
  const { layout } = table;
  const evaluation = layout.kind === "evaluasi-renja" || layout.kind === "evaluasi-renja-triwulan";
  const slots: Slot[] = [];
  for (const c of layout.columns) {
    // Ratios and growth rates may carry an Rp mark ("Tingkat capaian: Rp") but are not amounts to add up.
    if (NOT_AMOUNTS.has(c.role)) continue;
    const money = isMoneyColumn(c, layout) || (evaluation && c.measure === undefined && c.year !== undefined && moneyLike(c, table.model.rows));
    if (!money) continue;
    const altRole = c.role === "finalRp" ? "finalTarget" : c.role === "rp" ? "target" : undefined;
    const alt = altRole ? layout.columns.find((t) => t.role === altRole && t.year === c.year && t.measure !== "Rp") : undefined;
    slots.push({ col: c, ...(alt ? { alt } : {}), final: c.role === "finalRp", label: slotLabel(c, table) });
  }
  return slots;
}

/** Printed digits after the decimal separator, to know how much rounding a printed value hides. */
function decimalsOf(v: ValueCell): number {
  const written = writtenDecimals(v.cell);
  if (written !== undefined) return written;
  const fmt = /\.([0#]+)/.exec((v.format ?? "").split(";")[0]);
  if (fmt) return fmt[1].length;
  if (v.format && /0/.test(v.format)) return 0;
  return v.cell.value?.decimalPlaces() ?? 0;
}

/** The full amount of a cell, with its rounding tolerance: built only for a sum that does not match exactly. */
function cellAmount(v: ValueCell | undefined): Maybe {
  if (!v || v.cell.kind === "empty") return null;
  if (v.cell.kind === "dash") return { value: ZERO, tol: ZERO, src: v };
  if ((v.cell.kind !== "number" && v.cell.kind !== "money") || v.cell.value === undefined) return UNREADABLE;
  return { value: v.cell.value, tol: HALF_UNIT[Math.min(decimalsOf(v), 10)], src: v };
}

function stateOf(v: ValueCell): number {
  const { kind } = v.cell;
  if (kind === "empty") return NONE;
  if (kind === "dash") return PRINTED;
  return (kind === "number" || kind === "money") && v.cell.value !== undefined ? PRINTED : BAD;
}

/**
 * The amount as a JS number where that is exact, else NaN (the caller then works in Decimal). A typed
 * number's value is the Decimal of String(raw) (parse-cell), so a typed safe integer is its value.
 */
function fastOf(v: ValueCell): number {
  if (v.cell.kind === "dash") return 0;
  const raw = v.raw;
  return v.cell.evidence === "typed" && typeof raw === "number" && Number.isSafeInteger(raw) ? raw : NaN;
}

/** Exact while both addends and the result are safe integers (a larger true sum cannot round below 2^53); NaN otherwise. */
function add(a: number, b: number): number {
  const s = a + b;
  return Number.isSafeInteger(s) ? s : NaN;
}

/** Fast numbers that differ: by more than Rp 1 no rounding can explain it; by exactly 1 the tolerances decide. */
function farApart(a: number, b: number): boolean {
  return Math.abs(a - b) > 1;
}

function sumOf(items: Maybe[]): Maybe {
  let value = ZERO;
  let tol = ZERO;
  const src: Amount[] = [];
  for (const it of items) {
    if (it === UNREADABLE) return UNREADABLE;
    if (!it) continue;
    value = value.plus(it.value);
    tol = tol.plus(it.tol);
    src.push(it);
  }
  return src.length ? { value, tol, src } : null;
}

/**
 * A difference the printed roundings explain: at most the summed half-units, and never more than
 * Rp 1. The tolerance is only added up when the difference is small (the common case is exact).
 */
function within(diff: Decimal, tol: () => Decimal): boolean {
  if (diff.isZero()) return true;
  if (diff.gt(ONE) || diff.lt(MINUS_ONE)) return false;
  return diff.abs().lte(tol());
}

/** The A1 addresses a sum added (through blank parents down to the printed cells). */
function cellsOf(a: Amount, out: string[] = []): string[] {
  if (Array.isArray(a.src)) for (const x of a.src) cellsOf(x, out);
  else out.push(a1(a.src.row, a.src.col));
  return out;
}

/** "2.01" and "2 1" are the same segment. */
function norm(seg: string): string {
  return seg
    .split(/\D+/)
    .filter(Boolean)
    .map((s) => String(Number(s)))
    .join(".");
}

const DEPTH: Partial<Record<RowLevel, number>> = { urusan: 1, bidang: 2, program: 3, kegiatan: 4, subkegiatan: 5 };

/** Per slot, the cell each row's amount is read from (on pagu and total rows possibly in the Target column). */
class SlotCells {
  /** Index into the row's values, -1 for none. */
  readonly at: Int32Array[];
  readonly state: Uint8Array[];
  readonly fast: Float64Array[];
  constructor(
    readonly rows: ModelRow[],
    slots: number,
  ) {
    const n = rows.length;
    this.at = Array.from({ length: slots }, () => new Int32Array(n).fill(-1));
    this.state = Array.from({ length: slots }, () => new Uint8Array(n).fill(NONE));
    this.fast = Array.from({ length: slots }, () => new Float64Array(n));
  }
  set(i: number, si: number, k: number): void {
    this.at[si][i] = k;
    if (k < 0) return;
    const v = this.rows[i].values[k];
    this.state[si][i] = stateOf(v);
    this.fast[si][i] = fastOf(v);
  }
  cell(i: number, si: number): ValueCell | undefined {
    const k = this.at[si][i];
    return k < 0 ? undefined : this.rows[i].values[k];
  }
  /** The exact value of a PRINTED cell. */
  value(i: number, si: number): Decimal {
    const v = this.rows[i].values[this.at[si][i]];
    return v.cell.kind === "dash" ? ZERO : v.cell.value!;
  }
}

function analyse(table: Table): PaguAnalysis {
  const rows = table.model.rows;
  const n = rows.length;
  const slots = moneySlots(table);
  const S = slots.length;
  // Per slot, each row's cell in the money column, or in the Target column that stands in for it.
  const slotOfCol: number[] = [];
  const altOfCol: number[] = [];
  slots.forEach((s, si) => {
    slotOfCol[s.col.col] = si;
    if (s.alt) altOfCol[s.alt.col] = si;
  });
  const cells = new SlotCells(rows, S);
  // Pagu and total rows printed in the Target columns carry their amounts there (Balangan P3A pages).
  const inTargets = new Uint8Array(n);
  const ownMoney = new Uint8Array(n);
  const own = new Int32Array(S);
  const alt = new Int32Array(S);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    own.fill(-1);
    alt.fill(-1);
    let hasOwn = false;
    let hasAlt = false;
    for (let k = 0; k < r.values.length; k++) {
      const col = r.values[k].col;
      const si = slotOfCol[col];
      if (si !== undefined) (own[si] = k), (hasOwn = true);
      const ai = altOfCol[col];
      if (ai !== undefined) (alt[ai] = k), (hasAlt = true);
    }
    const t = (r.level === "pagu" || r.level === "total") && !hasOwn;
    inTargets[i] = t ? 1 : 0;
    ownMoney[i] = (t ? hasAlt : hasOwn) ? 1 : 0;
    for (let si = 0; si < S; si++) cells.set(i, si, t ? alt[si] : own[si]);
  }

  // A row without amounts of its own may have them on a continuation row (a pagu row first).
  const carrierIdx = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (ownMoney[i]) carrierIdx[i] = i;
  for (const r of rows) {
    if (r.continues === null || !ownMoney[r.index] || ownMoney[r.continues]) continue;
    const current = carrierIdx[r.continues];
    if (current < 0 || (rows[current].level !== "pagu" && r.level === "pagu")) carrierIdx[r.continues] = r.index;
  }
  const carrier = (r: ModelRow) => (carrierIdx[r.index] < 0 ? undefined : rows[carrierIdx[r.index]]);

  // Codes printed on more than one row of a level: a cropped code makes the tree around it unsure.
  // A repeat (a later row with an earlier row's code) is the likelier cropped one.
  const firstOf = new Map<RowLevel, Map<string, number>>();
  const repeat = new Uint8Array(n);
  const unsure = new Uint8Array(n);
  for (const r of rows) {
    if (r.levelNote !== undefined) unsure[r.index] = 1;
    if (!r.code) continue;
    let first = firstOf.get(r.level);
    if (!first) firstOf.set(r.level, (first = new Map()));
    const f = first.get(r.code.key);
    if (f === undefined) first.set(r.code.key, r.index);
    else repeat[r.index] = unsure[r.index] = unsure[f] = 1;
  }

  // Segments compared as printed first: normalising is only needed when they are written differently.
  const normed = new Map<string, string>();
  const normOf = (seg: string) => normed.get(seg) ?? normed.set(seg, norm(seg)).get(seg)!;
  /** The child's code names another parent than the row it sits under (its own parent row is missing). */
  const contradicts = (child: ModelRow, parent: ModelRow): boolean => {
    const c = child.code?.path;
    const p = parent.code?.path;
    if (!c || !p) return false;
    const m = Math.min(DEPTH[parent.level] ?? p.length, p.length, c.length);
    for (let i = 0; i < m; i++) if (c[i] !== p[i] && normOf(c[i]) !== normOf(p[i])) return true;
    return false;
  };

  const members: (number[] | undefined)[] = new Array(n);
  const floated: (number[] | undefined)[] = new Array(n);
  // The roll-up's amount per row: the carrier's cell, or for a blank parent the sum of its members.
  const memoState = Array.from({ length: S }, () => new Uint8Array(n));
  const memoFast = Array.from({ length: S }, () => new Float64Array(n));
  const memoExact = new Map<number, Decimal>();

  function amount(i: number, si: number): number {
    const hit = memoState[si][i];
    if (hit !== NOT_YET) return hit;
    const c = carrierIdx[i];
    let out = c < 0 ? NONE : cells.state[si][c];
    let fast = c < 0 ? NaN : cells.fast[si][c];
    // A blank parent cell: the rows below it still sum what it should hold (value-missing reports it).
    const ms = members[i];
    if (out === NONE && ms?.length) {
      const sum = sumState(ms, si);
      out = sum === PRINTED ? SUMMED : sum;
      fast = sumFast;
    }
    memoState[si][i] = out;
    memoFast[si][i] = fast;
    return out;
  }

  let sumFast = 0;
  /** NONE, PRINTED or BAD for the sum of ids (every amount computed, as the memo fills lazily); its fast value in sumFast. */
  function sumState(ids: number[], si: number): number {
    let bad = false;
    let any = false;
    let fast = 0;
    for (const i of ids) {
      const st = amount(i, si);
      if (st === BAD) bad = true;
      else if (st !== NONE) {
        any = true;
        fast = add(fast, memoFast[si][i]);
      }
    }
    sumFast = fast;
    return bad ? BAD : any ? PRINTED : NONE;
  }

  /** Exact value of a computed amount; sums are added in Decimal only when some addend is not a fast number. */
  function exactOf(i: number, si: number): Decimal {
    if (memoState[si][i] !== SUMMED) return cells.value(carrierIdx[i], si);
    const key = i * S + si;
    let x = memoExact.get(key);
    if (!x) memoExact.set(key, (x = exactSum(members[i]!, si)));
    return x;
  }
  function exactSum(ids: number[], si: number): Decimal {
    let x = ZERO;
    for (const i of ids) if (memoState[si][i] === PRINTED || memoState[si][i] === SUMMED) x = x.plus(exactOf(i, si));
    return x;
  }
  /** The full amount (tolerance, cells added) of a computed amount, for a sum that is not exact. */
  function fullOf(i: number, si: number): Maybe {
    const st = memoState[si][i];
    if (st === NONE) return null;
    if (st === BAD) return UNREADABLE;
    return st === SUMMED ? fullSum(members[i]!, si) : cellAmount(cells.cell(carrierIdx[i], si));
  }
  const fullSum = (ids: number[], si: number) => sumOf(ids.map((i) => fullOf(i, si))) as Amount;
  const printedFull = (c: number, si: number) => cellAmount(cells.cell(c, si)) as Amount;

  const comparisons: Comparison[] = [];
  const rollups: Rollup[] = [];
  const levelOf = (ids: number[]): RowLevel => {
    const counts = new Map<RowLevel, number>();
    for (const i of ids) counts.set(rows[i].level, (counts.get(rows[i].level) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  };

  function judge(p: ModelRow, base: number[], isTotal: boolean): void {
    const orphans = isTotal ? [] : base.filter((i) => contradicts(rows[i], p));
    const candidates: number[][] = [base];
    const noOrphans = orphans.length ? base.filter((i) => !orphans.includes(i)) : base;
    if (orphans.length) candidates.push(noOrphans);
    let repeats = 0;
    for (const i of noOrphans) repeats += repeat[i];
    if (repeats && repeats < noOrphans.length) candidates.push(noOrphans.filter((i) => !repeat[i]));
    const c = carrierIdx[p.index];
    // The candidate set the numbers confirm best; ties keep the tree as built.
    let best = base;
    let bestMatches = -1;
    let bestCompared = 0;
    let bestDiffs: number[] = [];
    for (const ids of candidates) {
      let matches = 0;
      let compared = 0;
      const diffs: number[] = [];
      for (let si = 0; si < S; si++) {
        if (c < 0 || cells.state[si][c] !== PRINTED) continue;
        if (sumState(ids, si) !== PRINTED) continue;
        compared++;
        const printed = cells.fast[si][c];
        if (printed === sumFast) {
          matches++;
          continue;
        }
        diffs.push(si);
        if (!Number.isNaN(printed) && !Number.isNaN(sumFast) && farApart(printed, sumFast)) continue;
        const diff = cells.value(c, si).minus(exactSum(ids, si));
        if (within(diff, () => printedFull(c, si).tol.plus(fullSum(ids, si).tol))) matches++;
        if (diff.isZero()) diffs.pop();
      }
      if (matches > bestMatches) [best, bestMatches, bestCompared, bestDiffs] = [ids, matches, compared, diffs];
    }
    members[p.index] = best;
    if (best !== base) for (const o of orphans) floatUp(rows[o], p);
    // An unsure tree must be confirmed by the numbers (most columns agree) before its columns are flagged.
    const doubtful = unsure[p.index] || best.some((i) => unsure[i]);
    rollups.push({ row: p, members: best.map((i) => rows[i]), sure: !doubtful || (bestCompared > 0 && bestMatches * 2 >= bestCompared) });
    if (doubtful && bestMatches * 2 < bestCompared) return;
    for (const si of bestDiffs) {
      const at = cells.cell(c, si)!;
      const printed = printedFull(c, si);
      const sum = fullSum(best, si);
      comparisons.push({
        kind: "rollup",
        owner: p,
        slot: slots[si],
        row: at.row,
        col: at.col,
        actual: printed.value,
        expected: sum.value,
        cells: cellsOf(sum),
        rounding: within(printed.value.minus(sum.value), () => printed.tol.plus(sum.tol)),
        childLevel: levelOf(best),
      });
    }
  }

  // Orphans (their parent row is missing) belong to the nearest ancestor their code fits, else to the
  // total that sums their top row.
  const rootFloats = new Set<number>();
  const rootOf = (r: ModelRow): ModelRow => (r.parent === null ? r : rootOf(rows[r.parent]));
  function floatUp(o: ModelRow, from: ModelRow): void {
    let q = from.parent === null ? null : rows[from.parent];
    while (q && contradicts(o, q)) q = q.parent === null ? null : rows[q.parent];
    const at = (q ?? rootOf(from)).index;
    (floated[at] ??= []).push(o.index);
    if (!q) rootFloats.add(o.index);
  }

  // Children before parents (document order reversed), then totals in order (grand totals last).
  for (let i = n - 1; i >= 0; i--) {
    const p = rows[i];
    if (p.level === "total" || p.level === "tujuan" || p.level === "sasaran") continue;
    const extra = floated[i]?.filter((o) => !rootFloats.has(o)) ?? [];
    if (p.children.length || extra.length) judge(p, dedupe([...p.children, ...extra]), false);
  }
  for (const p of rows) {
    if (p.level !== "total" || !p.children.length) continue;
    const extra = p.children.flatMap((m) => (rows[m].level === "total" ? [] : (floated[m]?.filter((o) => rootFloats.has(o)) ?? [])));
    judge(p, dedupe([...p.children, ...extra]), true);
  }

  // Only the row that carries amounts counts: a second pagu row under the same row holds something else.
  const carries = new Uint8Array(n);
  for (const r of rows) {
    const i = r.index;
    if (ownMoney[i] && (r.continues === null || carrierIdx[r.continues] === i || !inTargets[i])) carries[i] = 1;
  }
  // A parent with a blank yearly amount: that year is missing (value-missing) and the rows under it say
  // what it should hold, so its kondisi akhir is judged by their kondisi akhir (pagu-rollup), not by a
  // sum of its own years with a hole in it — else no kondisi akhir could satisfy both rules.
  const holed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!members[i]?.length) continue;
    for (let si = 0; si < S; si++) if (!slots[si].final && amount(i, si) === SUMMED) holed[i] = 1;
  }
  const final = finalComparisons(slots, cells, carries, holed);
  comparisons.push(...final.comparisons);

  const place = (r: ModelRow, s: Slot): Place | undefined => {
    const c = carrierIdx[r.index];
    const col = c < 0 ? undefined : inTargets[c] ? s.alt : s.col;
    return col && { row: rows[c], col };
  };
  /** The places amount(i, si) adds: the carrier's cell (also when empty), or through a blank parent its members'. */
  function addendsOf(ids: number[], si: number, out: Place[]): boolean {
    for (const i of ids) {
      const st = amount(i, si);
      if (st === BAD) return false;
      if (st === SUMMED) {
        if (!addendsOf(members[i]!, si, out)) return false;
        continue;
      }
      // A blank cell adds 0, and its amount once the recalculation fills it in.
      const p = place(rows[i], slots[si]);
      if (p) out.push(p);
    }
    return true;
  }
  return {
    slots,
    comparisons,
    ...(final.window ? { window: final.window } : {}),
    rollups,
    finalRows: [...final.judged, ...blankFinals(slots, cells, carries, holed)].sort((x, y) => x - y).map((i) => rows[i]),
    place,
    addends: (r, s) => {
      const out: Place[] = [];
      return addendsOf(r.members.map((m) => m.index), slots.indexOf(s), out) ? out : "unreadable";
    },
    carrier,
    printed: (r, s) => {
      const c = carrierIdx[r.index];
      const si = slots.indexOf(s);
      return c >= 0 && cells.state[si][c] === PRINTED ? cells.value(c, si) : undefined;
    },
    funded: (r, s) => {
      const c = carrierIdx[r.index];
      const si = slots.indexOf(s);
      if (c < 0 || cells.state[si][c] !== PRINTED) return false;
      const fast = cells.fast[si][c];
      return Number.isNaN(fast) ? cells.value(c, si).gt(ZERO) : fast > 0;
    },
  };
}

function dedupe(ids: number[]): number[] {
  return [...new Set(ids)];
}

/** Carrying rows with a yearly amount, none unreadable or blank over rows that sum it, and a blank kondisi akhir Rp. */
function blankFinals(slots: Slot[], cells: SlotCells, carries: Uint8Array, holed: Uint8Array): number[] {
  const fi = slots.findIndex((s) => s.final);
  const ysi = slots.flatMap((s, si) => (!s.final && s.col.role === "rp" && s.col.year !== undefined ? [si] : []));
  if (fi < 0 || ysi.length < 2) return [];
  const out: number[] = [];
  for (let i = 0; i < cells.rows.length; i++) {
    if (!carries[i] || holed[i] || cells.state[fi][i] !== NONE) continue;
    const states = ysi.map((si) => cells.state[si][i]);
    if (states.includes(PRINTED) && !states.includes(BAD)) out.push(i);
  }
  return out;
}

/** Contiguous year windows a kondisi akhir could sum: the whole period, and every prefix and suffix of it. */
function windowsOf(years: number[]): [number, number][] {
  const out: [number, number][] = [[years[0], years[years.length - 1]]];
  for (let k = years.length - 1; k >= 2; k--) {
    out.push([years[years.length - k], years[years.length - 1]]);
    out.push([years[0], years[k - 1]]);
  }
  return out;
}

/**
 * pagu-final's comparisons: each carrying row's kondisi akhir Rp against the sum of its yearly Rp over
 * the window most rows follow. Rows in `holed` (a blank yearly amount the rows under it sum) are not
 * judged.
 */
function finalComparisons(
  slots: Slot[],
  cells: SlotCells,
  carries: Uint8Array,
  holed: Uint8Array,
): { comparisons: Comparison[]; window?: FinalWindow; judged: number[] } {
  const { rows } = cells;
  const fi = slots.findIndex((s) => s.final);
  const yearly = slots
    .map((s, si) => ({ s, si }))
    .filter(({ s }) => !s.final && s.col.role === "rp" && s.col.year !== undefined)
    .sort((a, b) => a.s.col.year! - b.s.col.year!);
  if (fi < 0 || yearly.length < 2) return { comparisons: [], judged: [] };
  const years = yearly.map(({ s }) => s.col.year!);
  const ysi = yearly.map(({ si }) => si);
  const windows = windowsOf(years);
  const W = windows.length;
  // Window [from, to] as positions into the prefix sums.
  const spans = windows.map(([from, to]) => [years.indexOf(from), years.indexOf(to) + 1]);

  /** The row's amounts in Decimal, with every window judged against the printed kondisi akhir (as the rows found fast, for mismatches). */
  function exact(i: number) {
    const printed = cellAmount(cells.cell(i, fi)) as Amount;
    const ys = ysi.map((si) => cellAmount(cells.cell(i, si)) as Amount | null);
    // Prefix sums make every window one subtraction.
    const pv: Decimal[] = [ZERO];
    for (const y of ys) pv.push(y ? pv[pv.length - 1].plus(y.value) : pv[pv.length - 1]);
    const fit = (w: number) => {
      const [a, b] = spans[w];
      return within(printed.value.minus(pv[b].minus(pv[a])), () => ys.slice(a, b).reduce((t, y) => (y ? t.plus(y.tol) : t), printed.tol));
    };
    // Window 0 is the whole period. When it fits and every year holds at least Rp 3, leaving a year out
    // moves the sum by more than any rounding: no other window can fit, so they need no arithmetic.
    const whole = fit(0);
    const clear = whole && ys.every((y) => y !== null && y.value.gte(THREE));
    return { printed, ys, pv, fits: spans.map((_, w) => (w === 0 ? whole : !clear && fit(w))) };
  }

  // The same judgement in JS numbers: a window fits when its sum equals the printed amount, and cannot
  // when they are more than Rp 1 apart. Anything else (not fast numbers, a difference of exactly 1) is
  // left to the exact judgement.
  const pv = new Float64Array(ysi.length + 1);
  const fastFit = (printed: number, w: number): number => {
    const sum = add(pv[spans[w][1]], -pv[spans[w][0]]);
    if (Number.isNaN(sum)) return -1;
    return printed === sum ? 1 : farApart(printed, sum) ? 0 : -1;
  };
  function fastFits(i: number, out: Uint8Array, at: number): boolean {
    const printed = cells.fast[fi][i];
    if (Number.isNaN(printed)) return false;
    let clear = true;
    for (let y = 0; y < ysi.length; y++) {
      const st = cells.state[ysi[y]][i];
      const v = st === PRINTED ? cells.fast[ysi[y]][i] : 0;
      if (st !== PRINTED || v < 3) clear = false;
      pv[y + 1] = add(pv[y], v);
    }
    const whole = fastFit(printed, 0);
    if (whole < 0) return false;
    out[at] = whole;
    clear &&= whole === 1;
    for (let w = 1; w < W; w++) {
      const f = clear ? 0 : fastFit(printed, w);
      if (f < 0) return false;
      out[at + w] = f;
    }
    return true;
  }

  // Rows judged, and which windows each fits (W flags per row).
  const judged: number[] = [];
  const fits = new Uint8Array(rows.length * W);
  for (let i = 0; i < rows.length; i++) {
    if (!carries[i] || holed[i] || cells.state[fi][i] !== PRINTED) continue;
    let any = false;
    let bad = false;
    for (const si of ysi) {
      const st = cells.state[si][i];
      if (st === BAD) bad = true;
      else if (st === PRINTED) any = true;
    }
    // No yearly amount at all: the years are missing (value-missing), not mis-summed.
    if (bad || !any) continue;
    const at = judged.length * W;
    if (!fastFits(i, fits, at)) exact(i).fits.forEach((f, w) => (fits[at + w] = f ? 1 : 0));
    judged.push(i);
  }
  if (!judged.length) return { comparisons: [], judged };

  // The window most rows follow (DOMAIN.md §6); ties go to the longer window, listed first.
  const support = windows.map((_, w) => judged.reduce((t, _i, j) => t + fits[j * W + w], 0));
  let w = 0;
  support.forEach((n, i) => {
    if (n > support[w]) w = i;
  });
  const window: FinalWindow = { from: windows[w][0], to: windows[w][1], support: support[w], total: judged.length };

  const comparisons: Comparison[] = [];
  const [a, b] = spans[w];
  judged.forEach((i, j) => {
    // Not fitting means not equal; a fitting row is equal unless rounding made it fit.
    if (fits[j * W + w]) {
      let sum = 0;
      for (let y = a; y < b; y++) if (cells.state[ysi[y]][i] === PRINTED) sum = add(sum, cells.fast[ysi[y]][i]);
      if (sum === cells.fast[fi][i]) return;
    }
    const x = exact(i);
    const sum = x.pv[b].minus(x.pv[a]);
    if (x.printed.value.eq(sum)) return;
    const at = cells.cell(i, fi)!;
    const other = windows.findIndex((_, k) => k !== w && fits[j * W + k] && !fits[j * W + w]);
    const added = x.ys.slice(a, b).filter((y): y is Amount => y !== null);
    comparisons.push({
      kind: "final",
      owner: rows[i],
      slot: slots[fi],
      row: at.row,
      col: at.col,
      actual: x.printed.value,
      expected: sum,
      cells: added.flatMap((y) => cellsOf(y)),
      rounding: fits[j * W + w] === 1,
      window: windows[w],
      ...(other >= 0 ? { other: windows[other] } : {}),
    });
  });
  return { comparisons, window, judged };
}

/** Level names for messages ("sub kegiatan" for subkegiatan). */
export function levelName(level: RowLevel, lang: "id" | "en", plural = false): string {
  const id: Partial<Record<RowLevel, string>> = { subkegiatan: "sub kegiatan", total: "total", pagu: "pagu" };
  const en: Partial<Record<RowLevel, string>> = { subkegiatan: "sub kegiatan", total: plural ? "totals" : "total", program: plural ? "programs" : "program" };
  return (lang === "id" ? id[level] : en[level]) ?? level;
}

/** How a row is named in a message: its code, else its label, else its sheet row. */
export function rowName(row: ModelRow, lang: "id" | "en"): string {
  if (row.code) return row.code.text;
  if (row.name.trim()) return `"${row.name.trim().slice(0, 40)}"`;
  return lang === "id" ? `baris ${row.row}` : `row ${row.row}`;
}

/** expected/actual/difference strings in the table's convention. */
export function moneyTexts(ctx: RuleContext, c: Comparison) {
  return {
    tertulis: ctx.formatMoney(c.actual),
    seharusnya: ctx.formatMoney(c.expected),
    selisih: ctx.formatMoney(c.actual.minus(c.expected)),
  };
}
