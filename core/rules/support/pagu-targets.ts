import Decimal from "decimal.js";
import type { ColumnSpec } from "../../layout/types";
import type { ModelRow, RowLevel, Table, ValueCell } from "../../model";
import { paguAnalysis, type Slot } from "./pagu";

/**
 * Targets against pagu, year by year, for pagu-without-target and target-without-pagu. A row's
 * targets include those of its indicator continuation rows (a second indicator printed on the next
 * line), and its Rp is the one its pagu row carries when it prints none itself. Which levels must
 * carry targets or Rp is read from the table: a level does when most of its rows do.
 */

export interface YearPair {
  year: number;
  target: ColumnSpec;
  slot: Slot;
}

export interface PairFacts {
  row: ModelRow;
  pair: YearPair;
  /** The row's own target cell (undefined when empty). */
  targetCell?: ValueCell;
  hasTarget: boolean;
  rp?: Decimal;
}

export interface TargetPaguFacts {
  pairs: YearPair[];
  /** The row-years where a target comes without Rp or Rp without a target. */
  facts: PairFacts[];
  /** Levels whose rows mostly carry a target, and levels whose rows mostly carry Rp. */
  targetLevels: Set<RowLevel>;
  paguLevels: Set<RowLevel>;
}

const PLAN_LEVELS: readonly RowLevel[] = ["program", "kegiatan", "subkegiatan"];

/** A target is there when the cell holds something other than "-" or 0. */
function isTarget(v: ValueCell | undefined): boolean {
  if (!v) return false;
  const k = v.cell.kind;
  if (k === "empty" || k === "dash") return false;
  // A typed number's value is the Decimal of String(raw) (parse-cell): zero exactly when raw is.
  if (v.cell.evidence === "typed" && typeof v.raw === "number") return v.raw !== 0;
  if (v.cell.value !== undefined && v.cell.value.isZero()) return false;
  return true;
}

const cache = new WeakMap<Table, TargetPaguFacts>();

export function targetPaguFacts(table: Table): TargetPaguFacts {
  const hit = cache.get(table);
  if (hit) return hit;
  const a = paguAnalysis(table);
  const rows = table.model.rows;
  const pairs: YearPair[] = a.slots.flatMap((slot) => (slot.col.role === "rp" && slot.alt && slot.col.year !== undefined ? [{ year: slot.col.year, target: slot.alt, slot }] : []));
  // Each row's cell in each pair's Target column (index into its values, -1 for none): no map per row.
  const pairsOfCol: number[][] = [];
  pairs.forEach((p, pi) => (pairsOfCol[p.target.col] ??= []).push(pi));
  const targetAt = pairs.map(() => new Int32Array(rows.length).fill(-1));
  for (const r of rows) {
    for (let k = 0; k < r.values.length; k++) {
      const ps = pairsOfCol[r.values[k].col];
      if (ps) for (const pi of ps) targetAt[pi][r.index] = k;
    }
  }
  const hasTargetAt = (i: number, pi: number) => targetAt[pi][i] >= 0 && isTarget(rows[i].values[targetAt[pi][i]]);
  const indicators = new Map<number, number[]>();
  for (const r of rows) if (r.continues !== null && r.level === "indicator") (indicators.get(r.continues) ?? indicators.set(r.continues, []).get(r.continues)!).push(r.index);

  const facts: PairFacts[] = [];
  // Per level: its rows, those with a target in some year, those with Rp in some year.
  const counted = new Map<RowLevel, number>();
  const withTarget = new Map<RowLevel, number>();
  const withRp = new Map<RowLevel, number>();
  const bump = (m: Map<RowLevel, number>, level: RowLevel) => m.set(level, (m.get(level) ?? 0) + 1);
  for (const row of rows) {
    if (!PLAN_LEVELS.includes(row.level)) continue;
    bump(counted, row.level);
    const continued = indicators.get(row.index);
    let targeted = false;
    let paid = false;
    for (let pi = 0; pi < pairs.length; pi++) {
      const hasTarget = hasTargetAt(row.index, pi) || (continued !== undefined && continued.some((i) => hasTargetAt(i, pi)));
      const funded = a.funded(row, pairs[pi].slot);
      targeted ||= hasTarget;
      paid ||= funded;
      // Only a target without Rp or Rp without a target can become a finding.
      if (hasTarget !== funded) {
        const rp = a.printed(row, pairs[pi].slot);
        const targetCell = targetAt[pi][row.index] < 0 ? undefined : row.values[targetAt[pi][row.index]];
        facts.push({ row, pair: pairs[pi], ...(targetCell ? { targetCell } : {}), hasTarget, ...(rp ? { rp } : {}) });
      }
    }
    if (targeted) bump(withTarget, row.level);
    if (paid) bump(withRp, row.level);
  }
  const mostly = (m: Map<RowLevel, number>, share: number) => new Set([...m].filter(([level, k]) => k >= share * (counted.get(level) ?? 0)).map(([level]) => level));
  const out = { pairs, facts, targetLevels: mostly(withTarget, 0.5), paguLevels: mostly(withRp, 0.8) };
  cache.set(table, out);
  return out;
}
