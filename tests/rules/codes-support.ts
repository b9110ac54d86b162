import { readTables } from "../../core/read-tables";
import type { Finding, Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { tsvToGrid } from "../support/tsv-to-xlsx";

/**
 * A small T-C.27 (two years) typed as planners type it: header block, column-number row, then one
 * line per row "code | name | indicator | satuan | rp 2021 | rp 2022". Sheet row of data line i is i + 5.
 */
export function tc27(lines: [code: string, name: string][], opts: { title?: string; years?: [number, number]; finalYear?: number; withoutIndicator?: boolean } = {}) {
  const [y1, y2] = opts.years ?? [2021, 2022];
  const head = [
    ["Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja", "Satuan", "Data Capaian pada Tahun Awal Perencanaan 2020", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "", `Kondisi Kinerja pada akhir periode Renstra (${opts.finalYear ?? y2})`, ""],
    ["", "", "", "", "", `Tahun ${y1}`, "", `Tahun ${y2}`, "", "Target", "Rp"],
    ["", "", "", "", "", "Target", "Rp", "Target", "Rp", "", ""],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
  ];
  const body = lines.map(([code, name]) => [code, name, "Jumlah dokumen", "Dokumen", "1", "1", "1.000.000", "1", "1.000.000", "2", "2.000.000"]);
  // Dropping the indicator column leaves a table the kind's template requires it in.
  const cut = (r: string[]) => (opts.withoutIndicator ? r.filter((_, i) => i !== 2) : r);
  const rows = [...(opts.title ? [[opts.title]] : []), ...[...head, ...body].map(cut)];
  return readTables(tsvToGrid(rows.map((r) => r.join("\t")).join("\n") + "\n", "handmade"))[0];
}

export function run(rule: Rule, table: ReturnType<typeof tc27>): Finding[] {
  return validateTable(table, "id", [rule]).findings;
}

/** A healthy tree: program, two kegiatan, their sub kegiatan. */
export const GOOD: [string, string][] = [
  ["1 06 01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"],
  ["1 06 01 2 01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja"],
  ["1 06 01 2 01 01", "Penyusunan Dokumen Perencanaan"],
  ["1 06 01 2 01 02", "Koordinasi Penyusunan Dokumen RKA"],
  ["1 06 01 2 02", "Administrasi Keuangan Perangkat Daerah"],
  ["1 06 01 2 02 01", "Penyediaan Gaji dan Tunjangan ASN"],
  ["1 06 02", "PROGRAM PEMBERDAYAAN SOSIAL"],
  ["1 06 02 2 01", "Pemberdayaan Sosial Komunitas Adat Terpencil"],
  ["1 06 02 2 01 01", "Fasilitasi Pemberdayaan Sosial KAT"],
];

/** GOOD with line i replaced. */
export const withLine = (i: number, line: [string, string]) => GOOD.map((l, k) => (k === i ? line : l));
