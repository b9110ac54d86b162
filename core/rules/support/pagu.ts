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

export interface PaguAnalysis {
  slots: Slot[];
  comparisons: Comparison[];
  window?: FinalWindow;
  /** The row whose cells carry a row's amounts (itself, or its pagu continuation row), for the target/pagu rules. */
  carrier(row: ModelRow): ModelRow | undefined;
  /** The usable amount a row prints in a slot (undefined when empty or not a number). */
  printed(row: ModelRow, slot: Slot): Decimal | undefined;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const MINUS_ONE = new Decimal(-1);
const THREE = new Decimal(3);
/** Half a unit of the last printed digit, by number of decimals. */
const HALF_UNIT = Array.from({ length: 11 }, (_, d) => new Decimal(5).div(Decimal.pow(10, d + 1)));
const UNREADABLE = "unreadable" as const;
type Maybe = Amount | null | typeof UNREADABLE;

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

function cellAmount(v: ValueCell | undefined): Maybe {
  if (!v || v.cell.kind === "empty") return null;
  if (v.cell.kind === "dash") return { value: ZERO, tol: ZERO, src: v };
  if ((v.cell.kind !== "number" && v.cell.kind !== "money") || v.cell.value === undefined) return UNREADABLE;
  return { value: v.cell.value, tol: HALF_UNIT[Math.min(decimalsOf(v), 10)], src: v };
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

/** The child's code names another parent than the row it sits under (its own parent row is missing). */
function contradicts(child: ModelRow, parent: ModelRow, paths: (string[] | undefined)[]): boolean {
  const c = paths[child.index];
  const p = paths[parent.index];
  if (!c || !p) return false;
  const n = Math.min(DEPTH[parent.level] ?? p.length, p.length, c.length);
  for (let i = 0; i < n; i++) if (c[i] !== p[i]) return true;
  return false;
}

function analyse(table: Table): PaguAnalysis {
  const rows = table.model.rows;
  const slots = moneySlots(table);
  // Per slot, each row's cell in the money column and in the Target column that stands in for it.
  const slotOfCol = new Map<number, number>();
  const altOfCol = new Map<number, number>();
  slots.forEach((s, si) => {
    slotOfCol.set(s.col.col, si);
    if (s.alt) altOfCol.set(s.alt.col, si);
  });
  const own: (ValueCell | undefined)[][] = slots.map(() => new Array(rows.length));
  const alt: (ValueCell | undefined)[][] = slots.map(() => new Array(rows.length));
  for (const r of rows) {
    for (const v of r.values) {
      const si = slotOfCol.get(v.col);
      if (si !== undefined) own[si][r.index] = v;
      const ai = altOfCol.get(v.col);
      if (ai !== undefined) alt[ai][r.index] = v;
    }
  }
  const hasIn = (cells: (ValueCell | undefined)[][], i: number) => cells.some((c) => c[i] !== undefined);

  // Pagu and total rows printed in the Target columns carry their amounts there (Balangan P3A pages).
  const inTargets = rows.map((r) => (r.level === "pagu" || r.level === "total") && !hasIn(own, r.index));
  const ownMoney = rows.map((r) => (inTargets[r.index] ? hasIn(alt, r.index) : hasIn(own, r.index)));
  const cellAt = (i: number, si: number): ValueCell | undefined => (inTargets[i] ? alt[si][i] : own[si][i]);
  const cell = (r: ModelRow, s: Slot): ValueCell | undefined => cellAt(r.index, slots.indexOf(s));
  const cellAmounts: (Maybe | undefined)[][] = slots.map(() => new Array(rows.length));
  const amountAt = (i: number, si: number): Maybe => (cellAmounts[si][i] ??= cellAmount(cellAt(i, si)));

  // A row without amounts of its own may have them on a continuation row (a pagu row first).
  const carrierIdx: (number | undefined)[] = rows.map((r) => (ownMoney[r.index] ? r.index : undefined));
  for (const r of rows) {
    if (r.continues === null || !ownMoney[r.index] || ownMoney[r.continues]) continue;
    const current = carrierIdx[r.continues];
    if (current === undefined || (rows[current].level !== "pagu" && r.level === "pagu")) carrierIdx[r.continues] = r.index;
  }
  const carrier = (r: ModelRow) => (carrierIdx[r.index] === undefined ? undefined : rows[carrierIdx[r.index]!]);

  // Codes printed on more than one row of a level: a cropped code makes the tree around it unsure.
  // A repeat (a later row with an earlier row's code) is the likelier cropped one.
  const keyCount = new Map<string, number>();
  const repeat = rows.map((r) => {
    if (!r.code) return false;
    const k = `${r.level}:${r.code.key}`;
    keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    return keyCount.get(k)! > 1;
  });
  const duplicated = (r: ModelRow) => !!r.code && keyCount.get(`${r.level}:${r.code.key}`)! > 1;
  const unsure = (r: ModelRow) => r.levelNote !== undefined || duplicated(r);

  const paths = rows.map((r) => r.code?.path.map(norm));
  const members: number[][] = rows.map(() => []);
  const floated: number[][] = rows.map(() => []);
  const memo: (Maybe | undefined)[][] = slots.map(() => new Array(rows.length));

  function amount(r: ModelRow, si: number): Maybe {
    const hit = memo[si][r.index];
    if (hit !== undefined) return hit;
    const c = carrierIdx[r.index];
    let out = c === undefined ? null : amountAt(c, si);
    // A blank parent cell: the rows below it still sum what it should hold (value-missing reports it).
    if (out === null && members[r.index].length) out = sumOf(members[r.index].map((m) => amount(rows[m], si)));
    memo[si][r.index] = out;
    return out;
  }

  const comparisons: Comparison[] = [];
  const levelOf = (ids: number[]): RowLevel => {
    const counts = new Map<RowLevel, number>();
    for (const i of ids) counts.set(rows[i].level, (counts.get(rows[i].level) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  };

  function judge(p: ModelRow, base: number[], isTotal: boolean): void {
    const orphans = new Set(isTotal ? [] : base.filter((i) => contradicts(rows[i], p, paths)));
    const candidates: number[][] = [base];
    const noOrphans = base.filter((i) => !orphans.has(i));
    if (orphans.size) candidates.push(noOrphans);
    const noDuplicates = noOrphans.filter((i) => !repeat[i]);
    if (noDuplicates.length && noDuplicates.length < noOrphans.length) candidates.push(noDuplicates);
    const c = carrier(p);
    const printedCells = slots.map((_, si) => (c ? amountAt(c.index, si) : null));
    // The candidate set the numbers confirm best; ties keep the tree as built.
    let best = { ids: base, matches: -1, compared: 0, diffs: [] as { si: number; sum: Amount; printed: Amount }[] };
    for (const ids of candidates) {
      let matches = 0;
      let compared = 0;
      const diffs: typeof best.diffs = [];
      slots.forEach((_, si) => {
        const printed = printedCells[si];
        if (!printed || printed === UNREADABLE) return;
        const sum = sumOf(ids.map((i) => amount(rows[i], si)));
        if (!sum || sum === UNREADABLE) return;
        compared++;
        const diff = printed.value.minus(sum.value);
        if (within(diff, () => printed.tol.plus(sum.tol))) matches++;
        if (!diff.isZero()) diffs.push({ si, sum, printed });
      });
      if (matches > best.matches) best = { ids, matches, compared, diffs };
    }
    members[p.index] = best.ids;
    if (best.ids !== base) for (const o of orphans) floatUp(rows[o], p);
    // An unsure tree must be confirmed by the numbers (most columns agree) before its columns are flagged.
    const doubtful = unsure(p) || best.ids.some((i) => unsure(rows[i]));
    if (doubtful && best.matches * 2 < best.compared) return;
    for (const d of best.diffs) {
      const s = slots[d.si];
      const at = cell(c!, s)!;
      comparisons.push({
        kind: "rollup",
        owner: p,
        slot: s,
        row: at.row,
        col: at.col,
        actual: d.printed.value,
        expected: d.sum.value,
        cells: cellsOf(d.sum),
        rounding: within(d.printed.value.minus(d.sum.value), () => d.printed.tol.plus(d.sum.tol)),
        childLevel: levelOf(best.ids),
      });
    }
  }

  // Orphans (their parent row is missing) belong to the nearest ancestor their code fits, else to the
  // total that sums their top row.
  const rootFloats = new Set<number>();
  const rootOf = (r: ModelRow): ModelRow => (r.parent === null ? r : rootOf(rows[r.parent]));
  function floatUp(o: ModelRow, from: ModelRow): void {
    let q = from.parent === null ? null : rows[from.parent];
    while (q && contradicts(o, q, paths)) q = q.parent === null ? null : rows[q.parent];
    floated[(q ?? rootOf(from)).index].push(o.index);
    if (!q) rootFloats.add(o.index);
  }

  // Children before parents (document order reversed), then totals in order (grand totals last).
  for (let i = rows.length - 1; i >= 0; i--) {
    const p = rows[i];
    if (p.level === "total" || p.level === "tujuan" || p.level === "sasaran") continue;
    const base = [...p.children, ...floated[i].filter((o) => !rootFloats.has(o))];
    if (base.length) judge(p, dedupe(base), false);
  }
  for (const p of rows) {
    if (p.level !== "total" || !p.children.length) continue;
    const extra = p.children.flatMap((m) => (rows[m].level === "total" ? [] : floated[m].filter((o) => rootFloats.has(o))));
    judge(p, dedupe([...p.children, ...extra]), true);
  }

  // Only the row that carries amounts counts: a second pagu row under the same row holds something else.
  const carries = (r: ModelRow) => ownMoney[r.index] && (r.continues === null || carrierIdx[r.continues] === r.index || !inTargets[r.index]);
  const final = finalComparisons(rows, slots, (r, si) => (carries(r) ? amountAt(r.index, si) : null), (r, s) => cell(r, s));
  comparisons.push(...final.comparisons);
  return {
    slots,
    comparisons,
    ...(final.window ? { window: final.window } : {}),
    carrier,
    printed: (r, s) => {
      const c = carrierIdx[r.index];
      const a = c === undefined ? null : amountAt(c, slots.indexOf(s));
      return a && a !== UNREADABLE ? a.value : undefined;
    },
  };
}

function dedupe(ids: number[]): number[] {
  return [...new Set(ids)];
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

function finalComparisons(
  rows: ModelRow[],
  slots: Slot[],
  amountOf: (r: ModelRow, si: number) => Maybe,
  cellOf: (r: ModelRow, s: Slot) => ValueCell | undefined,
): { comparisons: Comparison[]; window?: FinalWindow } {
  const fi = slots.findIndex((s) => s.final);
  const yearly = slots
    .map((s, si) => ({ s, si }))
    .filter(({ s }) => !s.final && s.col.role === "rp" && s.col.year !== undefined)
    .sort((a, b) => a.s.col.year! - b.s.col.year!);
  if (fi < 0 || yearly.length < 2) return { comparisons: [] };
  const years = yearly.map(({ s }) => s.col.year!);
  const windows = windowsOf(years);
  // Window [from, to] as positions into the prefix sums.
  const spans = windows.map(([from, to]) => [years.indexOf(from), years.indexOf(to) + 1]);

  interface Judged {
    row: ModelRow;
    printed: Amount;
    ys: (Amount | null)[];
    /** Prefix sums of the yearly amounts. */
    pv: Decimal[];
    fits: boolean[];
  }
  const judged: Judged[] = [];
  for (const row of rows) {
    const printed = amountOf(row, fi);
    if (!printed || printed === UNREADABLE) continue;
    const ys = yearly.map(({ si }) => amountOf(row, si));
    if (ys.some((y) => y === UNREADABLE)) continue;
    // No yearly amount at all: the years are missing (value-missing), not mis-summed.
    if (ys.every((y) => y === null)) continue;
    // Prefix sums make every window one subtraction.
    const known = ys as (Amount | null)[];
    const pv: Decimal[] = [ZERO];
    for (const y of known) pv.push(y ? pv[pv.length - 1].plus(y.value) : pv[pv.length - 1]);
    const fit = (w: number) => {
      const [a, b] = spans[w];
      return within(printed.value.minus(pv[b].minus(pv[a])), () => known.slice(a, b).reduce((t, y) => (y ? t.plus(y.tol) : t), printed.tol));
    };
    // Window 0 is the whole period. When it fits and every year holds at least Rp 3, leaving a year out
    // moves the sum by more than any rounding: no other window can fit, so they need no arithmetic.
    const whole = fit(0);
    const clear = whole && known.every((y) => y !== null && y.value.gte(THREE));
    const fits = spans.map((_, w) => (w === 0 ? whole : !clear && fit(w)));
    judged.push({ row, printed, ys: known, pv, fits });
  }
  if (!judged.length) return { comparisons: [] };

  // The window most rows follow (DOMAIN.md §6); ties go to the longer window, listed first.
  const support = windows.map((_, w) => judged.filter((j) => j.fits[w]).length);
  let w = 0;
  support.forEach((n, i) => {
    if (n > support[w]) w = i;
  });
  const window: FinalWindow = { from: windows[w][0], to: windows[w][1], support: support[w], total: judged.length };

  const comparisons: Comparison[] = [];
  for (const j of judged) {
    const sum = j.pv[spans[w][1]].minus(j.pv[spans[w][0]]);
    if (j.printed.value.eq(sum)) continue;
    const at = cellOf(j.row, slots[fi])!;
    const other = windows.findIndex((_, i) => i !== w && j.fits[i] && !j.fits[w]);
    const added = j.ys.slice(spans[w][0], spans[w][1]).filter((y): y is Amount => y !== null);
    comparisons.push({
      kind: "final",
      owner: j.row,
      slot: slots[fi],
      row: at.row,
      col: at.col,
      actual: j.printed.value,
      expected: sum,
      cells: added.flatMap((y) => cellsOf(y)),
      rounding: j.fits[w],
      window: windows[w],
      ...(other >= 0 ? { other: windows[other] } : {}),
    });
  }
  return { comparisons, window };
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
