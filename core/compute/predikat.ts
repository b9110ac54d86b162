import type Decimal from "decimal.js";
import { z } from "zod";

/**
 * Predikat scales as data (DOMAIN.md §4): bands from the highest threshold down, the first band whose
 * threshold the value reaches names it; below every band, the `below` label. The Permendagri
 * evaluation scale is the default; the others in use are selectable, and a user can define their own.
 */
export const PredikatScaleSchema = z.object({
  name: z.string().min(1),
  label: z.object({ id: z.string(), en: z.string() }),
  /** Thresholds in percent, strictly decreasing. */
  bands: z
    .array(z.object({ min: z.number(), label: z.string().min(1) }))
    .min(1)
    .refine((bands) => bands.every((b, i) => i === 0 || b.min < bands[i - 1].min), "thresholds must decrease"),
  below: z.string().min(1),
});
export type PredikatScale = z.infer<typeof PredikatScaleSchema>;

export const PREDIKAT_SCALES: readonly PredikatScale[] = [
  {
    name: "permendagri",
    label: { id: "Permendagri 86/2017 (Sangat Tinggi … Sangat Rendah)", en: "Permendagri 86/2017 (very high … very low)" },
    bands: [
      { min: 91, label: "Sangat Tinggi" },
      { min: 76, label: "Tinggi" },
      { min: 66, label: "Sedang" },
      { min: 51, label: "Rendah" },
    ],
    below: "Sangat Rendah",
  },
  {
    name: "berhasil",
    label: { id: "Sangat Berhasil … Kurang Berhasil", en: "Very successful … less successful" },
    bands: [
      { min: 100, label: "Sangat Berhasil" },
      { min: 75, label: "Berhasil" },
      { min: 55, label: "Cukup Berhasil" },
    ],
    below: "Kurang Berhasil",
  },
  {
    name: "baik",
    label: { id: "Sangat Baik … Sangat Kurang", en: "Very good … very poor" },
    bands: [
      { min: 91, label: "Sangat Baik" },
      { min: 76, label: "Baik" },
      { min: 66, label: "Cukup" },
      { min: 51, label: "Kurang" },
    ],
    below: "Sangat Kurang",
  },
];

export function predikatScale(name: string): PredikatScale | undefined {
  return PREDIKAT_SCALES.find((s) => s.name === name);
}

/** The predikat of a capaian in percent (above 100 stays in the top band). */
export function predikat(value: Decimal, scale: PredikatScale = PREDIKAT_SCALES[0]): string {
  for (const band of scale.bands) if (value.gte(band.min)) return band.label;
  return scale.below;
}

/** The same as a spreadsheet formula over the cell `ref`: nested IFs, empty for an empty input. */
export function predikatFormula(ref: string, scale: PredikatScale = PREDIKAT_SCALES[0]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  let expr = quote(scale.below);
  for (let i = scale.bands.length - 1; i >= 0; i--) expr = `IF(${ref}>=${scale.bands[i].min},${quote(scale.bands[i].label)},${expr})`;
  return `IF(${ref}="","",${expr})`;
}

