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
  const byCol = rows.map((r) => new Map(r.values.map((v) => [v.col, v])));
  const indicators = new Map<number, ModelRow[]>();
  for (const r of rows) if (r.continues !== null && r.level === "indicator") indicators.set(r.continues, [...(indicators.get(r.continues) ?? []), r]);

  const facts: PairFacts[] = [];
  const withTarget = new Map<RowLevel, Set<number>>();
  const withRp = new Map<RowLevel, Set<number>>();
  const counted = new Map<RowLevel, number>();
  for (const row of rows) {
    if (!PLAN_LEVELS.includes(row.level)) continue;
    counted.set(row.level, (counted.get(row.level) ?? 0) + 1);
    for (const pair of pairs) {
      const targetCell = byCol[row.index].get(pair.target.col);
      const hasTarget = isTarget(targetCell) || (indicators.get(row.index) ?? []).some((i) => isTarget(byCol[i.index].get(pair.target.col)));
      const rp = a.printed(row, pair.slot);
      const funded = rp !== undefined && rp.gt(0);
      if (hasTarget) (withTarget.get(row.level) ?? withTarget.set(row.level, new Set()).get(row.level)!).add(row.index);
      if (funded) (withRp.get(row.level) ?? withRp.set(row.level, new Set()).get(row.level)!).add(row.index);
      // Only a target without Rp or Rp without a target can become a finding.
      if (hasTarget !== funded) facts.push({ row, pair, ...(targetCell ? { targetCell } : {}), hasTarget, ...(rp ? { rp } : {}) });
    }
  }
  const mostly = (m: Map<RowLevel, Set<number>>, share: number) =>
    new Set([...m].filter(([level, set]) => set.size >= share * (counted.get(level) ?? 0)).map(([level]) => level));
  const out = { pairs, facts, targetLevels: mostly(withTarget, 0.5), paguLevels: mostly(withRp, 0.8) };
  cache.set(table, out);
  return out;
}
