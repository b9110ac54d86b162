import Decimal from "decimal.js";

/**
 * Rounding as tables do it (DOMAIN.md §4): spreadsheets' ROUND is half-up (away from zero on .5);
 * some tables cut digits instead (truncation). Both are needed to tell a wrong value from a value
 * that only follows another rounding convention.
 */
export type RoundingMode = "half-up" | "truncate";

export function roundHalfUp(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

export function truncate(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

export function roundWith(d: Decimal, decimals: number, mode: RoundingMode): Decimal {
  return mode === "half-up" ? roundHalfUp(d, decimals) : truncate(d, decimals);
}

/**
 * Whether `exact`, rounded to `decimals` by `mode`, is the printed value as the sheet shows it. A
 * typed number (a formula's result) may hold more digits than its format shows (102.6470588… under
 * `0.00` shows 102,65), and spreadsheets display it rounded half-up; a written text has no more.
 */
export function matchesPrinted(exact: Decimal, printed: Decimal, decimals: number, mode: RoundingMode): boolean {
  return roundWith(exact, decimals, mode).eq(roundHalfUp(printed, decimals));
}
