/** Table kinds of DOMAIN.md §2. */
export const TABLE_KINDS = [
  "renstra-program",
  "kinerja-pelayanan",
  "anggaran-realisasi",
  "evaluasi-renja",
  "evaluasi-renja-triwulan",
  "rumusan-renja",
  "pengukuran-kinerja",
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** What a column holds. Year, measure (K = kinerja, Rp = rupiah) and quarter qualify it. */
export const COLUMN_ROLES = [
  "no",
  "kode",
  "tujuan",
  "sasaran",
  "uraian",
  "indikator",
  "satuan",
  "formulasi",
  "baseline",
  "target",
  "rp",
  "finalTarget",
  "finalRp",
  "realisasi",
  "rasio",
  "capaian",
  "anggaran",
  "growth",
  "proyeksi",
  "targetNspk",
  "targetIkk",
  "targetLain",
  "targetRenstraAkhir",
  "realisasiSdLalu",
  "targetRenjaLalu",
  "realisasiRenjaLalu",
  "tingkatRealisasi",
  "targetRenja",
  "realisasiTriwulan",
  "realisasiRenja",
  "realisasiSdBerjalan",
  "tingkatCapaian",
  "unitPd",
  "lokasi",
  "sumberDana",
  "catatan",
  "keterangan",
  "arah",
  "sifat",
  "unknown",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export type Measure = "K" | "Rp";

/** Roles that come as a K (kinerja) / Rp pair, so a column of them records its measure. */
export const MEASURED_ROLES: readonly ColumnRole[] = [
  "target",
  "rp",
  "finalTarget",
  "finalRp",
  "targetRenstraAkhir",
  "realisasiSdLalu",
  "targetRenja",
  "realisasiTriwulan",
  "realisasiRenja",
  "realisasiSdBerjalan",
  "tingkatCapaian",
];

/** Roles whose header year is part of the table's period (not the baseline or end-of-period year). */
export const PERIOD_ROLES: readonly ColumnRole[] = [
  "target",
  "rp",
  "realisasi",
  "rasio",
  "anggaran",
  "proyeksi",
  "realisasiSdLalu",
  "targetRenjaLalu",
  "realisasiRenjaLalu",
  "tingkatRealisasi",
  "targetRenja",
  "realisasiSdBerjalan",
];

export interface ColumnSpec {
  /** 0-based index into the grid row. */
  index: number;
  /** 1-based sheet column. */
  col: number;
  role: ColumnRole;
  year?: number;
  /** "Tahun ke-2" when the header gives no calendar year: 2. */
  yearIndex?: number;
  measure?: Measure;
  quarter?: 1 | 2 | 3 | 4;
  /** For growth columns: of which series. */
  growthOf?: "anggaran" | "realisasi";
  /** Header texts from top to bottom (merged group texts included). */
  header: string[];
  /** The label printed in the column-number row ("8 = (7/6)" → "8"). */
  number?: string;
}

/** A formula printed in the column-number row, e.g. "8 = (7/6)", resolved to grid columns. */
export interface PrintedFormula {
  /** Column whose values the formula defines (0-based grid index). */
  index: number;
  /** The text as printed. */
  text: string;
  /** The expression with column numbers, e.g. "7/6" or "5+7+9" or "13/5*100". */
  expression: string;
  /** Column number → 0-based grid index of every number the expression uses. */
  refs: Record<string, number>;
}

export interface Layout {
  kind: TableKind;
  /** How well the header matched the kind's template (0..1). */
  score: number;
  /** 0-based grid rows. */
  titleRows: number[];
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  /** Last data row (0-based, inclusive). */
  lastDataRow: number;
  /** First and last used column (0-based, inclusive). */
  firstCol: number;
  lastCol: number;
  columns: ColumnSpec[];
  years: number[];
  printedFormulas: PrintedFormula[];
  /** Title text above the header (joined lines), for year and name checks. */
  title: string;
  /** Required roles of the kind that no column carries (layout-column-missing). */
  missingRoles: ColumnRole[];
}
