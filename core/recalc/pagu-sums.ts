import Decimal from "decimal.js";
import { a1 } from "../grid";
import { paguAnalysis, type PaguAnalysis, type Place } from "../rules/support/pagu";
import type { Recalc } from "./context";
import { sumOfCells } from "./excel";
import { AMOUNT_FORMAT, writtenFormat } from "./formats";
import { isNormalizable, nothingToCompute } from "./inputs";
import { finalRpNote, paguNote } from "./notes";

/** Tables whose Rp columns the recalculation rolls up (DOMAIN.md §2: T-C.27 and T-C.33). */
export const PAGU_SUM_KINDS: readonly string[] = ["renstra-program", "rumusan-renja"];

/**
 * The Renstra/Renja money sums: every parent and total amount as =SUM over the cells of the rows it
 * sums, and every kondisi akhir Rp as =SUM over its row's yearly Rp under the table's year window.
 * Who sums what is the validator's pagu analysis (pagu continuation rows, orphans, blank parents),
 * so the recalculated sheet is what pagu-rollup and pagu-final check. Children are written before
 * their parents and the years before the kondisi akhir, so each sum reads the new values.
 */
export function writePaguSums(rc: Recalc, headerRow: number): void {
  const a = paguAnalysis(rc.table);
  const format = moneyFormat(rc, a);
  const written = new Set<number>();
  const finalSlot = a.slots.find((s) => s.final);
  const finalRows = new Set(a.finalRows);
  /** Parents and totals in the yearly slots, or in the kondisi akhir slot (after the window sums it adds). */
  const rollUp = (final: boolean) => {
    for (const r of a.rollups) {
      for (const slot of a.slots) {
        if (slot.final !== final) continue;
        const at = a.place(r.row, slot);
        // A kondisi akhir the window sums already equals the sum of the children's.
        if (!at || (slot.final && finalRows.has(at.row))) continue;
        if (!r.sure) {
          const own = rc.cells.value(at.row, at.col);
          if (own && own.cell.kind !== "empty") rc.skipped.push({ row: own.row, col: own.col, text: own.cell.text, reason: "unsure-tree" });
          continue;
        }
        const addends = a.addends(r, slot);
        // In sheet order: adjacent rows become ranges (an orphan found later sits among its cousins).
        if (addends !== "unreadable" && writeSum(rc, at, addends.sort(bySheetOrder), format)) written.add(slot.col.col);
      }
    }
  };
  rollUp(false);
  if (finalSlot && a.window) {
    const { from, to } = a.window;
    const years = a.slots.filter((s) => !s.final && s.col.role === "rp" && s.col.year !== undefined && s.col.year >= from && s.col.year <= to);
    let any = false;
    for (const row of a.finalRows) {
      const at = a.place(row, finalSlot);
      const cells = years.map((s) => a.place(row, s)).filter((p): p is Place => !!p);
      if (at && writeSum(rc, at, cells, format, true)) any = true;
    }
    if (any) rc.note(headerRow, finalSlot.col.col, finalRpNote(from, to, a.window.support, a.window.total));
  }
  rollUp(true);
  for (const col of written) rc.note(headerRow, col, paguNote());
}

const ZERO = new Decimal(0);

const bySheetOrder = (x: Place, y: Place) => x.row.row - y.row.row || x.col.col - y.col.col;

/**
 * One amount as the sum of cells; false when there is nothing to add or a cell is unreadable. A blank
 * parent amount stays blank (value-missing reports it; the parent above adds the rows under it); a
 * blank kondisi akhir Rp is filled in, so that a parent's kondisi akhir adding it sums its years too.
 */
function writeSum(rc: Recalc, at: Place, cells: Place[], format: string, fillBlank = false): boolean {
  const own = rc.cells.value(at.row, at.col);
  if (!fillBlank && (!own || own.cell.kind === "empty")) return false;
  const states = cells.map((p) => rc.input(p.row, p.col));
  if (nothingToCompute(states, own)) return false;
  let value = ZERO;
  for (const s of states) if (s.kind === "number" || s.kind === "text") value = value.plus(s.value);
  rc.write({
    row: at.row,
    col: at.col,
    formula: sumOfCells(cells.map((p) => ({ row: p.row.row, col: p.col.col }))),
    value,
    textInputs: cells.filter((_, i) => states[i].kind === "text").map((p) => a1(p.row.row, p.col.col)),
    numberFormat: own && typeof own.raw === "number" && own.format && own.format !== "General" ? own.format : isNormalizable(own) ? writtenFormat(own) : format,
    show: (d, decimals) => rc.format(d, decimals),
  });
  return true;
}

/** The table's Rp format: the one most typed amounts use, else whole rupiah grouped. */
function moneyFormat(rc: Recalc, a: PaguAnalysis): string {
  const counts = new Map<string, number>();
  for (const row of rc.cells.rows) {
    for (const { col: c } of a.slots) {
      const v = rc.cells.value(row, c);
      if (v && typeof v.raw === "number" && v.format && v.format !== "General" && !/%/.test(v.format)) counts.set(v.format, (counts.get(v.format) ?? 0) + 1);
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? AMOUNT_FORMAT;
}
