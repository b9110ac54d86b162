import Decimal from "decimal.js";
import type { ValueCell } from "../model";
import { AMOUNT_FORMAT, percentFormat } from "../recalc/formats";
import { normalizedNumber } from "../recalc/normalize-plan";
import type { CellContent } from "./sheet";

/**
 * A source value as a generated table writes it: a real number with a format that shows it as the
 * planner wrote it ("3 Dokumen" → 3 as `0 "Dokumen"`, "100%" → 1 as `0%`), a dash kept as "-", text
 * kept as text (an ambiguous "80,127", a compound "10 & 2", a qualitative "Baik"). `number` is what a
 * spreadsheet formula reads from the written cell (null for blanks, dashes and text, which SUM skips).
 */
export interface Written {
  content: CellContent;
  number: Decimal | null;
  kind: "empty" | "number" | "dash" | "text";
}

const EMPTY: Written = { content: {}, number: null, kind: "empty" };

export function numberWritten(value: Decimal, numberFormat: string | undefined): Written {
  return { content: { value: value.toNumber(), ...(numberFormat ? { numberFormat } : {}) }, number: value, kind: "number" };
}

/** Whole rupiah grouped; amounts with sen keep two decimals. */
export function amountFormat(d: Decimal): string {
  return d.isInteger() ? AMOUNT_FORMAT : "#,##0.00";
}

/** A kinerja value (target, baseline): typed numbers keep their format, numbers written as text become numbers. */
export function kinerjaWritten(v: ValueCell | undefined): Written {
  if (!v || v.cell.kind === "empty") return EMPTY;
  if (v.cell.kind === "dash") return { content: { value: "-", align: "center" }, number: null, kind: "dash" };
  if (typeof v.raw === "number" && v.cell.value) return numberWritten(new Decimal(String(v.raw)), v.format && v.format !== "General" ? v.format : undefined);
  const n = normalizedNumber(v);
  if (n) return numberWritten(n.value, n.numberFormat);
  return { content: { value: typeof v.raw === "string" ? v.raw : v.cell.text }, number: null, kind: "text" };
}

/** An amount: a number in the table's rupiah format. */
export function moneyWritten(v: ValueCell | undefined): Written {
  const w = kinerjaWritten(v);
  return w.kind === "number" ? numberWritten(w.number!, amountFormat(w.number!)) : w;
}

/**
 * A kinerja value in display units for an evaluation table, where planners type realisasi beside it:
 * a percentage as 75 under `0"%"`, not the fraction 0.75, so R/T needs no scaling.
 */
export function displayWritten(v: ValueCell | undefined): Written {
  const w = kinerjaWritten(v);
  if (w.kind !== "number" || v!.cell.kind !== "percent") return w;
  const value = v!.cell.value!;
  return numberWritten(value, percentFormat(Math.min(value.decimalPlaces(), 2), true));
}
