import { PREDIKAT_SCALES } from "../compute";
import type { Table } from "../model";
import type { Plan } from "../plan/types";
import { analyseRatios } from "../rules/support/ratios";
import { computedDefinitions, isFooter, tableCells } from "./computed-cells";
import { Recalc, type RecalcOptions } from "./context";
import { writeFooters } from "./footer";
import { writeGrowth } from "./growth";
import { headerSheetRow } from "./inputs";
import { PAGU_SUM_KINDS, writePaguSums } from "./pagu-sums";
import { writeRatios } from "./ratios";
import { writeSums } from "./sums";

const MIN_TRUNCATION_SUPPORT = 3;

/**
 * "Hitung ulang kolom capaian": every computed column of the table as live formulas over its input
 * cells, each with the core's exact result (`expected`), the table's number style, and a header note
 * stating the formula. It computes what the validator checks: the same definitions (printed formulas,
 * then the kind's formulas by column role) and the table's conventions (decimals, rounding, negative
 * formula) as ratio-mismatch infers them. Values a person typed that change are listed in `changed`.
 */
export function recalcPlan(table: Table, options: RecalcOptions = {}): Plan {
  const cells = tableCells(table);
  const { ratios, conventions } = analyseRatios(cells);
  const percentSign = ratios.length === 0 || ratios.filter((r) => r.printed.percent).length * 2 >= ratios.length;
  const decimals = options.decimals ?? conventions.rounding.decimals;
  const method = options.negative ?? conventions.negative.method;
  // Spreadsheets round half-up, as real tables do (DOMAIN.md §4); cutting digits only when the table
  // clearly does it, not on the say of a cell or two.
  const { mode, support } = conventions.rounding;
  const rounding = mode === "truncate" && support >= MIN_TRUNCATION_SUPPORT ? "truncate" : "half-up";
  const rc = new Recalc(table, cells, options, method, decimals, rounding, percentSign);

  const defs = computedDefinitions(table.layout);
  const rows = cells.rows.filter((r) => !isFooter(r));
  const headerRow = headerSheetRow(table);
  // Sums first: E.81's 14 = 13/5 and T-C.29's 11 = 10/4 read the sums' new values.
  writeSums(rc, defs.sums, rows, headerRow);
  if (PAGU_SUM_KINDS.includes(table.layout.kind)) writePaguSums(rc, headerRow);
  writeRatios(rc, defs.ratios, rows, headerRow);
  writeGrowth(rc, rows, headerRow);
  writeFooters(rc, defs.ratios, options.scale ?? PREDIKAT_SCALES[0]);
  return {
    sheet: table.model.sheet,
    label: { id: "Hitung ulang kolom capaian", en: "Recalculate computed columns" },
    writes: rc.writes,
    changed: rc.changed,
    skipped: rc.skipped,
  };
}
