import { z } from "zod";
import { PREDIKAT_SCALES } from "./compute/predikat";

/**
 * The pane's settings (UI.md §6), saved with the document (Excel: workbook settings; Sheets:
 * document properties) so a team sharing a workbook shares them. Stored as JSON; anything unreadable
 * or from an older version falls back field by field to the defaults.
 */
export const SettingsSchema = z.object({
  /** Capaian formula for negative indicators; "auto" follows the table's own convention. */
  negative: z.enum(["auto", "lan", "inverse"]).catch("auto"),
  /** Predikat scale name (core/compute/predikat.ts). */
  scale: z.string().refine((name) => PREDIKAT_SCALES.some((s) => s.name === name)).catch(PREDIKAT_SCALES[0].name),
  /** Decimals of computed percentages; null follows the table's rounding convention. */
  decimals: z.number().int().min(0).max(4).nullable().catch(null),
  lang: z.enum(["id", "en"]).catch("id"),
  /** Validasi marks cells with fills and notes (otherwise the findings are only listed). */
  mark: z.boolean().catch(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Settings from their stored JSON (or nothing): every unreadable field takes its default. */
export function readSettings(stored: string | null | undefined): Settings {
  let raw: unknown = {};
  try {
    raw = stored ? JSON.parse(stored) : {};
  } catch {
    raw = {};
  }
  return SettingsSchema.parse(typeof raw === "object" && raw !== null ? raw : {});
}

/** The key under which the settings are stored in the document. */
export const SETTINGS_KEY = "tabelRenstra.settings";
