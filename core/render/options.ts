import type { Paper } from "./sheet";

export interface Tc27Options {
  /** Sheet to write; default "T-C.27". */
  sheet?: string;
  /** First year of the period; default the source table's. */
  firstYear?: number;
  /** Length of the period in years; default the source table's. */
  years?: number;
  /** Tujuan and Sasaran columns; default when the source has them. */
  withTujuanSasaran?: boolean;
  /** Satuan in its own column (default) or in parentheses after the indicator. */
  satuanColumn?: boolean;
  /** Title lines above the table, with the name of the Perangkat Daerah. */
  title?: { pd?: string };
  paper?: Paper;
}

export interface DerivedOptions {
  /** T-C.29: the tahun berjalan (the Renja year evaluated so far); E.81: the year evaluated. */
  year: number;
  sheet?: string;
  title?: { pd?: string };
  paper?: Paper;
}

/** The period a generated table covers: the options', else the source's years. */
export function periodOf(sourceYears: number[], firstYear?: number, length?: number): number[] {
  const first = firstYear ?? sourceYears[0];
  const n = length ?? (firstYear === undefined ? sourceYears.length : sourceYears.filter((y) => y >= first).length);
  if (first === undefined || !n) throw new Error("Periode tabel tidak diketahui: sebutkan tahun pertama dan lama periode.");
  return Array.from({ length: n }, (_, i) => first + i);
}
