import { readTables } from "../../core/read-tables";
import { TARGETS_RULES } from "../../core/rules/groups/targets";
import type { Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { tsvToGrid } from "../support/tsv-to-xlsx";

/**
 * A hand-made T-C.27 (2021-2024) in Balangan's layout: Kode | Program | Indikator | Satuan | Baseline
 * 2020 | Target/Rp per year | Kondisi akhir Target/Rp. Each body row gives code, name, indicator,
 * satuan, baseline, four yearly targets and the kondisi akhir target; Rp cells are filled in.
 */
export function tc27(body: [string, string, string, string, string, string[], string][]): string {
  const header = [
    ["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja Program (outcome), Kegiatan (output)", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2020", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", "", "", "", "", "Kondisi Kinerja pada akhir periode Renstra Perangkat daerah (2024)", ""],
    ["", "", "", "", "", "Tahun 2021", "", "Tahun 2022", "", "Tahun 2023", "", "Tahun 2024", "", "Target", "Rp"],
    ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "", ""],
  ];
  const rows = body.map(([code, name, indicator, satuan, baseline, years, final]) => [
    code, name, indicator, satuan, baseline,
    ...years.flatMap((t) => [t, "10.000.000"]),
    final, "40.000.000",
  ]);
  return [...header, ...rows].map((r) => r.join("\t")).join("\n") + "\n";
}

/** The findings of one rule (with the targets group's earlier rules run too) on a TSV text. */
export function findingsOf(tsv: string, rule: Rule, lang: "id" | "en" = "id") {
  const [table] = readTables(tsvToGrid(tsv, "test"));
  const v = validateTable(table, lang, TARGETS_RULES);
  return { findings: v.findings.filter((f) => f.rule === rule.meta.id), conventions: v.conventions, table };
}
