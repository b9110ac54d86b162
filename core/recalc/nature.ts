import type { Direction } from "../compute";
import type { ModelRow } from "../model";
import { type Aggregation, guessAggregation, guessDirection } from "../rules/support/indicator-nature";

/**
 * An indicator's direction and aggregation for the recalculation: what its "Arah" / "Sifat" cells say
 * when the table has them (the planner's word wins), otherwise the guess from its name and unit.
 */
export interface RowNature {
  direction: Direction;
  aggregation: Aggregation;
  /** Whether each came from the table's own column or from a guess. */
  directionFrom: "kolom" | "tebakan";
  aggregationFrom: "kolom" | "tebakan";
}

/** "negatif", "Negatif (-)", "semakin rendah semakin baik", "-" → negative; "positif", "+" → positive. */
export function readArah(text: string | undefined): Direction | null {
  const t = (text ?? "").trim().toLowerCase();
  if (/^(neg|-$|\(-\)|semakin rendah|turun|menurun)/.test(t)) return "negative";
  if (/^(pos|\+$|\(\+\)|semakin tinggi|naik|meningkat)/.test(t)) return "positive";
  return null;
}

/** "kumulatif" → kumulatif; "nilai akhir", "tidak kumulatif", "non kumulatif" → nilai akhir. */
export function readSifat(text: string | undefined): Aggregation | null {
  const t = (text ?? "").trim().toLowerCase();
  if (/^(nilai akhir|akhir|tidak kumulatif|non[- ]?kumulatif|stok|stock)/.test(t)) return "nilai-akhir";
  if (/^(kumulatif|akumulatif|flow)/.test(t)) return "kumulatif";
  return null;
}

export function rowNature(row: ModelRow): RowNature {
  const indicator = row.indicator || row.name;
  const arah = readArah(row.arah);
  const sifat = readSifat(row.sifat);
  return {
    direction: arah ?? (guessDirection(indicator).value === "negatif" ? "negative" : "positive"),
    aggregation: sifat ?? guessAggregation(indicator, row.satuan).value,
    directionFrom: arah ? "kolom" : "tebakan",
    aggregationFrom: sifat ? "kolom" : "tebakan",
  };
}
