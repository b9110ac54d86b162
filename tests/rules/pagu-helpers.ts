import { readTables } from "../../core/read-tables";
import { PAGU_RULES } from "../../core/rules/groups/pagu";
import type { Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { tsvToGrid } from "../support/tsv-to-xlsx";

/** One body row of a hand-made T-C.27: code, name, indicator, satuan, [target, Rp] × 4 years, kondisi akhir [target, Rp]. */
export type PaguRow = [string, string, string, string, [string, string][], [string, string]];

/**
 * A hand-made T-C.27 (2021-2024) in Balangan's layout: Kode | Program | Indikator | Satuan | Baseline
 * 2020 | Target/Rp per year | Kondisi akhir Target/Rp. Sheet rows start at 4 (three header rows).
 */
export function tc27(body: PaguRow[]): string {
  const header = [
    ["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja Program (outcome), Kegiatan (output)", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2020", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "", "", "", "", "Kondisi Kinerja pada akhir periode Renstra Perangkat daerah (2024)", ""],
    ["", "", "", "", "", "Tahun 2021", "", "Tahun 2022", "", "Tahun 2023", "", "Tahun 2024", "", "Target", "Rp"],
    ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "", ""],
  ];
  const rows = body.map(([code, name, indicator, satuan, years, final]) => [code, name, indicator, satuan, "", ...years.flat(), ...final]);
  return [...header, ...rows].map((r) => r.join("\t")).join("\n") + "\n";
}

/** Four years of the same target and Rp. */
export function years(target: string, ...rp: string[]): [string, string][] {
  return rp.map((r) => [target, r]);
}

/** The findings of one rule (the pagu group run as registered) on a TSV text. */
export function findingsOf(tsv: string, rule: Rule, lang: "id" | "en" = "id") {
  const [table] = readTables(tsvToGrid(tsv, "test"));
  const v = validateTable(table, lang, PAGU_RULES);
  return { findings: v.findings.filter((f) => f.rule === rule.meta.id), conventions: v.conventions, table };
}
