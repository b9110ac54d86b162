import { isCountUnit } from "../cells";
import type { ColumnRole } from "../layout/types";
import type { ValueCell } from "../model";
import { indicatorUnit } from "./support/indicator-nature";
import { cellUnit, unitFits, unitHeads, unitWords } from "./support/targets-values";
import type { Rule } from "./types";

/**
 * unit-mismatch: a unit written in a value cell must be the row's unit (DOMAIN.md §2: "3 Dokumen"
 * under Satuan "Dokumen"). The reference is the Satuan column; without one, a unit in the
 * indicator's parentheses ("(%)", "(Desa)"); without that, the unit most of the row's cells print.
 * A different unit word is a warning: it may be a sub-kind the reader accepts ("kalender" under
 * "buah/ lembar"). A percentage against a count unit is an error: the two cannot measure the same
 * thing, so the target or the realisation is wrong whichever it is.
 */

// Columns that hold kinerja values (targets, realisations, baselines), never ratios or money.
const KINERJA_ROLES = new Set<ColumnRole>([
  "baseline",
  "target",
  "finalTarget",
  "realisasi",
  "proyeksi",
  "targetNspk",
  "targetIkk",
  "targetLain",
  "targetRenstraAkhir",
  "realisasiSdLalu",
  "targetRenjaLalu",
  "realisasiRenjaLalu",
  "targetRenja",
  "realisasiTriwulan",
  "realisasiRenja",
  "realisasiSdBerjalan",
]);

type Source = "satuan" | "indicator" | "row";

/** A percentage on one side and a unit counting things on the other. */
function percentVsCount(a: string, b: string): boolean {
  const pa = unitHeads(a)[0] === "%";
  const pb = unitHeads(b)[0] === "%";
  return (pa && !pb && isCountUnit(b)) || (pb && !pa && isCountUnit(a));
}

export const unitMismatch: Rule = {
  meta: {
    id: "unit-mismatch",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Satuan yang tertulis di sel berbeda dengan kolom Satuan atau dengan satuan tahun lain pada baris yang sama.",
      en: "A unit written in a cell differs from the Unit column or from the other years of the row.",
    },
    messages: {
      satuan: {
        id: 'Satuan "{cellUnit}" berbeda dengan kolom Satuan ("{unit}").',
        en: 'Unit "{cellUnit}" differs from the Unit column ("{unit}").',
      },
      indicator: {
        id: 'Satuan "{cellUnit}" berbeda dengan satuan pada nama indikator ("{unit}").',
        en: 'Unit "{cellUnit}" differs from the unit in the indicator\'s name ("{unit}").',
      },
      row: {
        id: 'Satuan "{cellUnit}" berbeda dengan satuan sel lain pada baris ini ("{unit}").',
        en: 'Unit "{cellUnit}" differs from the unit of the other cells of this row ("{unit}").',
      },
    },
  },
  check(ctx) {
    for (const row of ctx.rows) {
      if (row.level === "total" || row.level === "pagu") continue;
      // Most rows print bare numbers: the list is only built for a row with a unit in a cell.
      let cells: { v: ValueCell; unit: string }[] | undefined;
      for (const v of row.values) {
        if (v.measure === "Rp" || !KINERJA_ROLES.has(v.role)) continue;
        const unit = cellUnit(v);
        if (unit) (cells ??= []).push({ v, unit });
      }
      if (!cells) continue;

      let reference: string | undefined = row.satuan.trim() || undefined;
      let source: Source = "satuan";
      if (!reference) {
        const inName = indicatorUnit(row.indicator);
        // Only a parenthesis that is clearly a unit: "(IPG)" is an abbreviation, not a unit.
        if (inName && (unitHeads(inName)[0] === "%" || isCountUnit(inName))) {
          reference = inName;
          source = "indicator";
        }
      }
      if (!reference) {
        if (cells.length < 2) continue;
        // The unit most cells print; on a tie the earliest, so the later change is the one flagged.
        const keys = cells.map((c) => unitHeads(c.unit).join("+"));
        const counts = new Map<string, number>();
        for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
        let best = 0;
        keys.forEach((k, i) => {
          if ((counts.get(k) as number) > (counts.get(keys[best]) as number)) best = i;
        });
        reference = cells[best].unit;
        source = "row";
      }

      const refWords = unitWords(reference);
      for (const c of cells) {
        if (unitFits(c.unit, reference, refWords)) continue;
        ctx.report({
          messageId: source,
          row: c.v.row,
          col: c.v.col,
          params: { cellUnit: c.unit, unit: reference },
          expected: reference,
          actual: c.v.cell.text,
          severity: percentVsCount(c.unit, reference) ? "error" : undefined,
        });
      }
    }
  },
};
