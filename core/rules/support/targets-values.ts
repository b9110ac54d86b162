import Decimal from "decimal.js";
import type { ColumnSpec } from "../../layout/types";
import type { ValueCell } from "../../model";
import type { RuleContext } from "../types";

/** Helpers shared by the targets group: reading kinerja values and comparing their units. */

/** Every dash reads as this one zero: Decimals are immutable, so there is no need for one per cell. */
const ZERO = new Decimal(0);

/**
 * A kinerja cell as a number: "3 Dokumen" → 3, "75%" → 75, "-" → 0 (nothing planned), blank → null.
 * Text, errors and compounds ("29 Pilkades, 137 BPD") → undefined: the cell cannot take part in sums.
 */
export function kinerjaNumber(v: ValueCell | undefined): Decimal | null | undefined {
  if (!v) return null;
  const c = v.cell;
  if (c.kind === "empty") return null;
  if (c.kind === "dash") return ZERO;
  if ((c.kind === "number" || c.kind === "percent") && c.value && !c.compound) return c.value;
  return undefined;
}

/**
 * a.cmp(b), exactly as decimal.js compares (sign, exponent, then its base-1e7 digit words), without
 * the copy of `b` that Decimal.cmp/eq/gt/lt allocate on every call: the targets rules compare every
 * yearly value of every row.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b); // NaN or ±Infinity
  const sign = a.s;
  if (!ad[0] || !bd[0]) return ad[0] ? sign : bd[0] ? -b.s : 0;
  if (sign !== b.s) return sign;
  const up = sign > 0 ? 1 : -1;
  if (a.e !== b.e) return a.e > b.e ? up : -up;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i] > bd[i] ? up : -up;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? up : -up;
}

/** Yearly target columns (kinerja, not Rp) in year order. */
export function yearlyTargetColumns(ctx: RuleContext): ColumnSpec[] {
  return ctx
    .columns("target")
    .filter((c) => c.year !== undefined && c.measure !== "Rp")
    .sort((a, b) => (a.year as number) - (b.year as number));
}

/** A kinerja number for messages, with "%" when the cell it stands for is a percentage. */
export function formatKinerja(ctx: RuleContext, d: Decimal, percent: boolean): string {
  return ctx.formatNumber(d) + (percent ? "%" : "");
}

// Abbreviations and spellings that name the same unit.
const UNIT_ALIASES: Record<string, string> = {
  persen: "%",
  prosen: "%",
  bln: "bulan",
  thn: "tahun",
  th: "tahun",
  org: "orang",
  jiwa: "orang",
  keg: "kegiatan",
  dok: "dokumen",
  dokumen: "dokumen",
  bh: "buah",
  lbr: "lembar",
  eks: "eksemplar",
  exemplar: "eksemplar",
  eksampilar: "eksemplar",
  eksamplar: "eksemplar",
  stell: "stel",
  pkt: "paket",
  kel: "kelurahan",
  kec: "kecamatan",
  kab: "kabupaten",
  lap: "laporan",
  kl: "kali",
  x: "kali",
  units: "unit",
};

// Words that join unit names without being one.
const FILLER = new Set(["dan", "atau", "per", "yang", "di", "dari", "dalam", "untuk", "se", "tiap", "setiap"]);

/** Past this many distinct unit texts a cache starts over, so memory stays bounded. */
const MEMO_LIMIT = 10_000;

/** `f` memoised per unit text: a table prints a handful of units in thousands of cells. Results are shared: never mutate them. */
function memo<T>(f: (unit: string) => T): (unit: string) => T {
  const cache = new Map<string, T>();
  return (unit) => {
    let value = cache.get(unit);
    if (value === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = f(unit);
      cache.set(unit, value);
    }
    return value;
  };
}

/** The unit's words, normalised: "Org/Bln" → ["orang", "bulan"], "(Leaflet dan Stiker)" → ["leaflet", "stiker"]. */
export const unitWords = memo((unit: string): readonly string[] =>
  (unit.toLowerCase().match(/%|[a-z]+/g) ?? []).map((w) => UNIT_ALIASES[w] ?? w).filter((w) => !FILLER.has(w)),
);

function sameWord(a: string, b: string): boolean {
  // Plural trivia: "units"/"unit", "lembars"; Indonesian repeats words instead, which unitWords splits.
  return a === b || a === `${b}s` || b === `${a}s`;
}

/**
 * The parts of a cell's unit: one for "Dokumen", two for a compound "Pilkades, 137 BPD" or
 * "pilkades-154 BPD", each reduced to its head word (the first unit word).
 */
export const unitHeads = memo((unit: string): readonly string[] =>
  unit
    .split(/[,;&+]|-(?=\s*\d)|\s\d[\d.,]*\s/)
    .map((part) => unitWords(part.replace(/^[\s\d.,-]+/, ""))[0])
    .filter((w): w is string => w !== undefined),
);

/**
 * True when every part of the cell's unit is one of the reference unit's words ("Desa/Kel" fits
 * "Desa"); `refWords` is unitWords(reference), computed once per row.
 */
export function unitFits(cellUnit: string, reference: string, refWords: readonly string[]): boolean {
  // The common case, a unit word that repeats the reference, needs no tokenising (nor lowercasing).
  if (cellUnit === reference || cellUnit.toLowerCase() === reference.toLowerCase()) return true;
  const heads = unitHeads(cellUnit);
  if (heads.length === 0 || refWords.length === 0) return true;
  return heads.every((h) => refWords.some((r) => sameWord(h, r)));
}

/** The unit a value cell prints: "%" for a percentage, its unit word(s), or undefined for a bare number. */
export function cellUnit(v: ValueCell): string | undefined {
  if (v.cell.kind === "percent") return "%";
  if (v.cell.kind !== "number") return undefined;
  const u = v.cell.unit?.trim();
  return u ? u : undefined;
}
