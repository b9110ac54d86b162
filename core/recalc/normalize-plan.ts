import type Decimal from "decimal.js";
import type { Table, ValueCell } from "../model";
import type { CellWrite, Plan } from "../plan/types";
import { tableCells } from "./computed-cells";
import { writtenFormat } from "./formats";
import { isNormalizable } from "./inputs";
import type { RecalcOptions } from "./context";
import { recalcPlan } from "./recalc-plan";

/**
 * A number written as text as the real number a spreadsheet stores, with the format that shows it as
 * written; null when the cell is not one "Rapikan angka" converts. Percentages are stored as
 * fractions under a percent format, as spreadsheets hold them.
 */
export function normalizedNumber(v: ValueCell | undefined): { value: Decimal; numberFormat: string } | null {
  if (!isNormalizable(v)) return null;
  return { value: v.cell.kind === "percent" ? v.cell.value!.div(100) : v.cell.value!, numberFormat: writtenFormat(v) };
}

/**
 * "Rapikan angka": every value cell holding a number as text becomes a real number whose custom
 * format shows what the planner saw ("35,12%" → 0.3512 as `0.00%`, "3 Dokumen" → 3 as `0 "Dokumen"`),
 * so native formulas can read it in any spreadsheet. Dashes, text, ambiguous numbers, compounds and
 * prefixed values stay as they are; the last three are listed in `skipped`.
 */
export function normalizePlan(table: Table): Plan {
  const writes: CellWrite[] = [];
  const skipped: NonNullable<Plan["skipped"]> = [];
  for (const row of tableCells(table).rows) {
    for (const v of row.values) {
      if (typeof v.raw !== "string") continue;
      const number = normalizedNumber(v);
      if (number) {
        writes.push({ row: v.row, col: v.col, value: number.value.toNumber(), numberFormat: number.numberFormat, expected: number.value.toFixed() });
        continue;
      }
      const reason = v.cell.reading === "ambiguous" ? "ambiguous" : v.cell.compound ? "compound" : v.cell.prefix && v.cell.value ? "prefix" : null;
      if (reason) skipped.push({ row: v.row, col: v.col, text: v.cell.text, reason });
    }
  }
  return {
    sheet: table.model.sheet,
    label: { id: "Rapikan angka", en: "Tidy numbers" },
    writes,
    changed: [],
    skipped,
  };
}

/** "Rapikan angka" then "Hitung ulang": one plan whose computed cells are all formulas over real numbers. */
export function normalizeAndRecalcPlan(table: Table, options: Omit<RecalcOptions, "afterNormalize"> = {}): Plan {
  const normalize = normalizePlan(table);
  const recalc = recalcPlan(table, { ...options, afterNormalize: true });
  // A computed cell gets its formula: its converted old value would only be overwritten.
  const recomputed = new Set(recalc.writes.filter((w) => w.formula !== undefined || w.value !== undefined).map((w) => `${w.row},${w.col}`));
  return {
    sheet: table.model.sheet,
    label: { id: "Rapikan angka dan hitung ulang", en: "Tidy numbers and recalculate" },
    writes: [...normalize.writes.filter((w) => !recomputed.has(`${w.row},${w.col}`)), ...recalc.writes],
    changed: recalc.changed,
    skipped: [...(normalize.skipped ?? []), ...(recalc.skipped ?? [])],
  };
}
