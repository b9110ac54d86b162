import Decimal from "decimal.js";

/**
 * "Rata-rata pertumbuhan" of a yearly series (T-C.24). No formula is printed and real tables differ
 * (DOMAIN.md §2): an amount (X_j − X_i)/d with a table-specific span and divisor (Balangan: (A2020 −
 * A2017)/4 but (R2020 − R2017)/3), the mean of year-on-year % growth, CAGR, or (X_j − X_i)/X_i/(j − i)
 * × 100. Series entries are per year in order; null (empty, "-") counts as 0 in amounts, as the tables
 * do, and makes percentage formulas undefined.
 */

const HUNDRED = new Decimal(100);
const ZERO = new Decimal(0);

/** (X_j − X_i) / divisor. */
export function amountGrowth(series: (Decimal | null)[], i: number, j: number, divisor: number): Decimal {
  return (series[j] ?? ZERO).minus(series[i] ?? ZERO).div(divisor);
}

/** Mean over k = i+1..j of (X_k − X_{k−1}) / X_{k−1} × 100; null when a base year is 0 or missing. */
export function meanYearlyGrowth(series: (Decimal | null)[], i: number, j: number): Decimal | null {
  if (j <= i) return null;
  let sum = ZERO;
  for (let k = i + 1; k <= j; k++) {
    const base = series[k - 1];
    const next = series[k];
    if (!base || base.isZero() || !next) return null;
    sum = sum.plus(next.minus(base).div(base).times(HUNDRED));
  }
  return sum.div(j - i);
}

/** ((X_j / X_i)^(1/(j − i)) − 1) × 100; null unless both ends are positive. */
export function cagr(series: (Decimal | null)[], i: number, j: number): Decimal | null {
  const first = series[i];
  const last = series[j];
  if (j <= i || !first?.gt(0) || !last?.gt(0)) return null;
  return last.div(first).pow(new Decimal(1).div(j - i)).minus(1).times(HUNDRED);
}

/** (X_j − X_i) / X_i / (j − i) × 100; null when X_i is 0 or missing. */
export function spanPercentGrowth(series: (Decimal | null)[], i: number, j: number): Decimal | null {
  const first = series[i];
  if (j <= i || !first || first.isZero()) return null;
  return (series[j] ?? ZERO).minus(first).div(first).div(j - i).times(HUNDRED);
}

export interface GrowthCandidate {
  /** Stable key for conventions: "amount:2017-2020/4", "mean-pct:2017-2020", "cagr:…", "span-pct:…". */
  key: string;
  value: Decimal;
}

/**
 * Every formula a table might use over the series, for an exhaustive search of the table's
 * convention: amounts for all spans i < j and divisors 1..years, and the percentage formulas.
 */
export function growthCandidates(series: (Decimal | null)[], years: number[]): GrowthCandidate[] {
  const out: GrowthCandidate[] = [];
  const n = series.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const span = `${years[i]}-${years[j]}`;
      for (let d = 1; d <= n; d++) out.push({ key: `amount:${span}/${d}`, value: amountGrowth(series, i, j, d) });
      const pct: [string, Decimal | null][] = [
        ["mean-pct", meanYearlyGrowth(series, i, j)],
        ["cagr", cagr(series, i, j)],
        ["span-pct", spanPercentGrowth(series, i, j)],
      ];
      for (const [name, value] of pct) if (value) out.push({ key: `${name}:${span}`, value });
    }
  }
  return out;
}

/** A human label of a candidate key: "(X2020 − X2017)/4", "CAGR 2017–2020". */
export function describeGrowth(key: string, symbol: string): string {
  const [name, rest] = key.split(":");
  const [span, divisor] = rest.split("/");
  const [from, to] = span.split("-");
  if (name === "amount") return `(${symbol}${to} − ${symbol}${from})/${divisor}`;
  if (name === "mean-pct") return `rata-rata % pertumbuhan ${from}–${to}`;
  if (name === "cagr") return `CAGR ${from}–${to}`;
  return `(${symbol}${to} − ${symbol}${from})/${symbol}${from}/${Number(to) - Number(from)} × 100`;
}
