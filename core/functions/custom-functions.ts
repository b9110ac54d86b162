import type Decimal from "decimal.js";
import { parseCell } from "../cells";
import { capaian, type NegativeMethod, predikat, predikatScale } from "../compute";
import { readArah } from "../recalc/nature";

/**
 * The worksheet functions CAPAIAN and PREDIKAT behind Excel's custom functions and Sheets'
 * @customfunction, so both hosts compute exactly what the core does. Arguments arrive as the cell
 * holds them: a number, or text written the Indonesian way ("35,12%", "3 Dokumen", "Rp 87.026.000").
 * An input that is not a number raises an error (the host shows #VALUE!) with an Indonesian message.
 */
export type CellArgument = number | string | boolean | null | undefined;

export class FunctionInputError extends Error {}

/**
 * A number from a function argument. Percent text is a fraction ("35,12%" → 0.3512), as a
 * percent-formatted cell hands its value over, so CAPAIAN("35,12%"; 0,3) compares like with like.
 */
function numberArgument(arg: CellArgument, name: string, percentAsFraction: boolean): Decimal | null {
  if (arg === null || arg === undefined || arg === "") return null;
  if (typeof arg === "boolean") throw new FunctionInputError(`${name} harus berupa angka, bukan ${arg ? "TRUE" : "FALSE"}.`);
  const cell = parseCell(arg);
  if (cell.kind === "empty" || cell.kind === "dash") return null;
  if (cell.value === undefined || cell.compound) throw new FunctionInputError(`${name} "${String(arg)}" bukan angka.`);
  return cell.kind === "percent" && percentAsFraction && typeof arg === "string" ? cell.value.div(100) : cell.value;
}

function methodArgument(arg: CellArgument): NegativeMethod {
  const t = String(arg ?? "").trim().toLowerCase();
  if (t === "" || t === "lan" || t === "(2t-r)/t") return "lan";
  if (t === "inverse" || t === "invers" || t === "t/r") return "inverse";
  throw new FunctionInputError(`Metode "${String(arg)}" tidak dikenal; gunakan "lan" atau "inverse".`);
}

/**
 * CAPAIAN(target; realisasi; [arah]; [metode]) in percent, unrounded: R/T × 100, or for a negative
 * indicator (2T − R)/T × 100 ("lan", default) or T/R × 100 ("inverse"). Empty when the target is 0
 * or an input is missing.
 */
export function capaianFunction(target: CellArgument, realisasi: CellArgument, arah?: CellArgument, metode?: CellArgument): number | "" {
  const t = numberArgument(target, "Target", true);
  const r = numberArgument(realisasi, "Realisasi", true);
  const direction = arah === undefined || arah === null || arah === "" ? "positive" : readArah(String(arah));
  if (direction === null) throw new FunctionInputError(`Arah "${String(arah)}" tidak dikenal; gunakan "positif" atau "negatif".`);
  const value = capaian(t, r, direction, methodArgument(metode));
  return value === null ? "" : value.toNumber();
}

/**
 * PREDIKAT(nilai; [skala]): the rating of a capaian in percent (87,25 or "87,25%") on the
 * Permendagri scale by default, or "berhasil" / "baik". Empty for an empty input.
 */
export function predikatFunction(nilai: CellArgument, skala?: CellArgument): string {
  const value = numberArgument(nilai, "Nilai", false);
  if (value === null) return "";
  const name = String(skala ?? "").trim().toLowerCase() || "permendagri";
  const scale = predikatScale(name);
  if (!scale) throw new FunctionInputError(`Skala "${String(skala)}" tidak dikenal; gunakan "permendagri", "berhasil" atau "baik".`);
  return predikat(value, scale);
}
