import type { CodeLevel } from "./types";

/** Positions of the canonical segments in U.BB.PP.K.KK.SSSS (DOMAIN.md §3). */
export const URUSAN = 0;
export const BIDANG = 1;
export const PROGRAM = 2;
export const LEVEL_DIGIT = 3;
export const KEGIATAN = 4;
export const SUB = 5;

/** Segments of a complete sub kegiatan code; more is "too-many-segments". */
export const FULL_LENGTH = 6;

/** Anything longer is a list of numbers, not a code with extra parts. */
export const MAX_PRINTED_SEGMENTS = 8;

/** 4 segments (U.BB.PP.K) implies no level: the kegiatan number is missing. */
const LEVEL_BY_COUNT: readonly (CodeLevel | null)[] = [
  null,
  "urusan",
  "bidang",
  "program",
  null,
  "kegiatan",
  "subkegiatan",
];

export function levelOfCount(count: number): CodeLevel | null {
  return LEVEL_BY_COUNT[count] ?? null;
}

/** Widths a segment may have and still be read as a code; wider groups are amounts ("2.500.000"). */
export function allowedWidths(position: number): readonly number[] {
  if (position === URUSAN) return [1];
  if (position < SUB) return [1, 2];
  return [1, 2, 3, 4];
}

/** Widths the nomenclature uses; the sub kegiatan has 2 digits until 2023 and 4 since. */
export function standardWidths(position: number): readonly number[] {
  if (position === URUSAN || position === LEVEL_DIGIT) return [1];
  if (position === SUB) return [2, 4];
  return [2];
}

/** Government-level digit of a kegiatan: 1 provinsi, 2 kabupaten/kota. */
export const GOVERNMENT_LEVELS: readonly string[] = ["1", "2"];
