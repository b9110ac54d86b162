import Decimal from "decimal.js";
import { type PredikatScale, predikat, predikatFormula, roundWith } from "../compute";
import { a1 } from "../grid";
import type { ModelRow } from "../model";
import { isAverageRow, isFooter, isPredikatRow, type RatioDef } from "./computed-cells";
import type { Recalc } from "./context";
import { averageFormula } from "./excel";
import { percentFormat } from "./formats";
import { averageNote, predikatNote } from "./notes";

/**
 * Footer rows of evaluation tables (E.81, pengukuran): "Rata-rata capaian kinerja" = the mean of the
 * capaian column above it over the rows that have one (AVERAGE leaves empty cells out), rounded as
 * the capaian are; "Predikat kinerja" = the scale's predikat of that average, as nested IFs.
 */
export function writeFooters(rc: Recalc, defs: RatioDef[], scale: PredikatScale): void {
  const rows = rc.cells.rows;
  // The average is of kinerja, not of budget absorption.
  for (const def of defs.filter((d) => d.result.measure !== "Rp")) {
    let start = 0;
    rows.forEach((row, k) => {
      if (!isAverageRow(row)) return;
      const above = rows.slice(start, k).filter((r) => !isFooter(r));
      start = k + 1;
      if (above.length === 0) return;
      const range = `${a1(above[0].row, def.result.col)}:${a1(above[above.length - 1].row, def.result.col)}`;
      // The numbers AVERAGE reads: not a dash ("-" is text to it), each as the sheet stores it.
      const numbers = above.flatMap((r) => {
        const s = rc.input(r, def.result);
        return s.kind === "number" && !s.dash ? [{ value: s.value, ref: { a1: a1(r.row, def.result.col), scale: s.fraction } }] : [];
      });
      // A capaian written as text ("87,25") AVERAGE would skip: the mean counts it, so it is written
      // as a value with a note saying why, as any computed cell over text inputs is.
      const texts = above.flatMap((r) => {
        const s = rc.input(r, def.result);
        return s.kind === "text" ? [{ value: s.value, address: a1(r.row, def.result.col) }] : [];
      });
      const values = [...numbers, ...texts].map((n) => n.value);
      const mean = values.length ? roundWith(values.reduce((a, b) => a.plus(b), new Decimal(0)).div(values.length), rc.decimals, rc.mode) : null;
      const sign = rc.percentSign;
      rc.write({
        row,
        col: def.result,
        formula: averageFormula(range, rc.decimals, rc.mode, numbers.map((n) => n.ref)),
        value: mean,
        textInputs: texts.map((t) => t.address),
        numberFormat: percentFormat(rc.decimals, sign),
        note: averageNote(range),
        show: (d, decimals) => rc.format(d, decimals) + (sign ? "%" : ""),
      });
      const next = rows[k + 1];
      if (next && isPredikatRow(next)) writePredikat(rc, next, row, def, mean, scale);
    });
  }
}

function writePredikat(rc: Recalc, row: ModelRow, average: ModelRow, def: RatioDef, mean: Decimal | null, scale: PredikatScale): void {
  const label = mean ? predikat(mean, scale) : "";
  const before = rc.cells.value(row, def.result);
  const w = { row: row.row, col: def.result.col, formula: `=${predikatFormula(a1(average.row, def.result.col), scale)}`, expected: label, note: predikatNote(scale) };
  if (before && before.cell.text.trim().toLowerCase() !== label.toLowerCase()) {
    rc.changed.push({ row: row.row, col: def.result.col, previous: before.cell.text, next: label });
    rc.writes.push({ ...w, previous: before.cell.text });
  } else rc.writes.push(w);
}
