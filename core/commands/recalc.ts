import { predikatScale } from "../compute/predikat";
import type { Grid } from "../grid";
import type { Table } from "../model";
import type { Plan } from "../plan/types";
import { readTables } from "../read-tables";
import { normalizeAndRecalcPlan, normalizePlan, recalcPlan, type RecalcOptions } from "../recalc";
import type { Settings } from "../settings";

/** The pane's settings as the recalculation takes them ("auto" and null follow the table). */
export function recalcOptions(settings: Settings): Omit<RecalcOptions, "afterNormalize"> {
  return {
    negative: settings.negative === "auto" ? undefined : settings.negative,
    scale: predikatScale(settings.scale),
    decimals: settings.decimals ?? undefined,
  };
}

export type GridCommand = "recalc" | "normalize" | "normalize-recalc";

/**
 * Hitung ulang capaian / Rapikan angka over every table of a host range, as one Plan (read all,
 * then write once); null when the range holds no table.
 */
export function gridPlan(grid: Grid, command: GridCommand, settings: Settings): Plan | null {
  return tablesPlan(readTables(grid), command, settings);
}

/** gridPlan of the tables a host command already read (it reports the first one's TableInfo too). */
export function tablesPlan(tables: Table[], command: GridCommand, settings: Settings): Plan | null {
  const options = recalcOptions(settings);
  const plans = tables.map((table) => {
    if (command === "normalize") return normalizePlan(table);
    return command === "recalc" ? recalcPlan(table, options) : normalizeAndRecalcPlan(table, options);
  });
  if (plans.length === 0) return null;
  return {
    ...plans[0],
    writes: plans.flatMap((p) => p.writes),
    changed: plans.flatMap((p) => p.changed),
    skipped: plans.flatMap((p) => p.skipped ?? []),
  };
}
