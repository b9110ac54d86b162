import type { ColumnRole } from "../layout/types";
import { sheetColOf, sheetRowOf } from "./support/codes";
import type { Rule } from "./types";

/** Header names of the roles a kind can require, as the tables print them. */
const ROLE_LABEL: Partial<Record<ColumnRole, string>> = {
  kode: "Kode",
  uraian: "Program/Kegiatan/Sub Kegiatan",
  indikator: "Indikator Kinerja",
  satuan: "Satuan",
  baseline: "Data capaian awal (baseline)",
  target: "Target",
  rp: "Rp / Pagu",
  finalTarget: "Kondisi akhir: Target",
  finalRp: "Kondisi akhir: Rp",
  realisasi: "Realisasi",
  rasio: "Rasio",
  anggaran: "Anggaran",
  capaian: "Capaian",
  targetRenstraAkhir: "Target Renstra akhir periode",
  targetRenja: "Target Renja",
  realisasiRenja: "Realisasi Renja",
};

/** layout-column-missing: a column the detected table kind requires is not in the header. */
export const layoutColumnMissing: Rule = {
  meta: {
    id: "layout-column-missing",
    severity: "warning",
    kinds: "all",
    docs: { id: "Kolom wajib untuk jenis tabel ini tidak ditemukan.", en: "A column the table kind requires is missing." },
    messages: {
      missing: {
        id: "Kolom \"{kolom}\" tidak ditemukan di judul kolom tabel ini.",
        en: "Column \"{kolom}\" is not among this table's headers.",
      },
    },
  },
  check(ctx) {
    const layout = ctx.table.layout;
    for (const role of layout.missingRoles) {
      ctx.report({
        row: sheetRowOf(ctx, layout.headerRows[0]),
        col: sheetColOf(ctx, layout.firstCol),
        messageId: "missing",
        params: { kolom: ROLE_LABEL[role] ?? role },
        expected: ROLE_LABEL[role] ?? role,
        actual: null,
      });
    }
  },
};
