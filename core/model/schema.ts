import Decimal from "decimal.js";
import { z } from "zod";
import { COLUMN_ROLES, TABLE_KINDS } from "../layout/types";

/**
 * The table model, as zod schemas: rows with their level, code, texts, and every value with the sheet
 * cell it came from. Builders validate against these in tests; the JSON the CLI prints is derived
 * from them.
 */

export const ROW_LEVELS = [
  "tujuan",
  "sasaran",
  "urusan",
  "bidang",
  "program",
  "kegiatan",
  "subkegiatan",
  "indicator",
  "pagu",
  "total",
  "other",
] as const;
export const RowLevelSchema = z.enum(ROW_LEVELS);
export type RowLevel = z.infer<typeof RowLevelSchema>;

const DecimalSchema = z.custom<Decimal>((v) => Decimal.isDecimal(v), "expected a Decimal");
const RawCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ParsedCellSchema = z.object({
  kind: z.enum(["empty", "number", "percent", "money", "text", "dash", "error", "boolean"]),
  text: z.string(),
  value: DecimalSchema.optional(),
  unit: z.string().optional(),
  prefix: z.string().optional(),
  reading: z.enum(["plain", "id", "en", "ambiguous"]),
  evidence: z.enum(["token", "column", "table", "unit", "typed", "none"]),
  alternatives: z.tuple([DecimalSchema, DecimalSchema]).optional(),
  error: z.string().optional(),
  compound: z.boolean().optional(),
  negativeNotation: z.enum(["parentheses", "spaced-minus", "minus"]).optional(),
});

/** One value cell of a row: what the sheet holds there and what it means. */
export const ValueCellSchema = z.object({
  /** 1-based sheet row and column. */
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  role: z.enum(COLUMN_ROLES),
  year: z.number().int().optional(),
  measure: z.enum(["K", "Rp"]).optional(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  growthOf: z.enum(["anggaran", "realisasi"]).optional(),
  raw: RawCellSchema,
  formula: z.string().optional(),
  format: z.string().optional(),
  cell: ParsedCellSchema,
});
export type ValueCell = z.infer<typeof ValueCellSchema>;

export const RowCodeSchema = z.object({
  /** As printed (split cells joined by a space; outline codes resolved from the rows above). */
  text: z.string(),
  /** Dotted form used for the tree and for duplicates. */
  key: z.string(),
  /** Tree segments: urusan, bidang, program, kegiatan (with its level digit), sub kegiatan. */
  path: z.array(z.string()),
  /** 1-based sheet column of the (first) code cell. */
  col: z.number().int().positive(),
  /** The code was printed only partly (outline style) and completed from the rows above. */
  outline: z.boolean(),
  /** Positional code cells with a gap ("1 | 06 | | 2 | |"): parts are missing. */
  gapped: z.boolean(),
});
export type RowCode = z.infer<typeof RowCodeSchema>;

export const ModelRowSchema = z.object({
  /** Position in TableModel.rows. */
  index: z.number().int().nonnegative(),
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  level: RowLevelSchema,
  code: RowCodeSchema.nullable(),
  name: z.string(),
  indicator: z.string(),
  satuan: z.string(),
  tujuan: z.string(),
  sasaran: z.string(),
  /** The row's "Arah" / "Sifat" cells when the table has those columns (overrides of the guesses). */
  arah: z.string().optional(),
  sifat: z.string().optional(),
  /** The row's "Unit kerja PD penanggung jawab" and "Lokasi" cells, for generated tables. */
  unitPd: z.string().optional(),
  lokasi: z.string().optional(),
  values: z.array(ValueCellSchema),
  /** Index of the enclosing row in document order (the tree), or null at the top. */
  parent: z.number().int().nullable(),
  children: z.array(z.number().int()),
  /** Continuation rows (level indicator or pagu): index of the row whose indicator/amount they carry. */
  continues: z.number().int().nullable(),
  /** Why the level was chosen when it was not the code's own depth (for code-level findings). */
  levelNote: z.string().optional(),
});
export type ModelRow = z.infer<typeof ModelRowSchema>;

export const NumberConventionSchema = z.object({
  /** The table's reading of "." and ",": id, en, mixed (both occur), or undecided (no evidence). */
  reading: z.enum(["id", "en", "mixed", "undecided"]),
  evidence: z.object({ id: z.number(), en: z.number() }),
});

export const TableModelSchema = z.object({
  kind: z.enum(TABLE_KINDS),
  sheet: z.string(),
  /** A1 range of the whole table, header included. */
  range: z.string(),
  years: z.array(z.number().int()),
  numbers: NumberConventionSchema,
  /** Code style seen: full codes in one cell, positional cells, outline cells, or none. */
  codeStyle: z.enum(["single", "positional", "outline", "none"]),
  rows: z.array(ModelRowSchema),
});
export type TableModel = z.infer<typeof TableModelSchema>;
