import type { Table } from "../model";
import type { Plan } from "../plan/types";
import { rowNature } from "../recalc/nature";
import { derivedRows } from "./derived-source";
import { capaianCell, type Operand, sumCell } from "./derived-formulas";
import type { DerivedOptions } from "./options";
import { rowLook } from "./row-look";
import { type CellContent, type HeaderColumn, SheetWriter } from "./sheet";
import { displayWritten, type Written } from "./values";

const BODY: CellContent = { border: true, valign: "top" };

/**
 * Tabel T-C.29 "Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra" for tahun berjalan `year`
 * from a T-C.27: the targets pre-filled (Renstra at the end of the period, Renja of the year before
 * and of `year`), the realisasi columns empty for the planner, and the printed formulas "8 = (7/6)",
 * "10 = (5+7+9)", "11 = (10/4)" live in every indicator row.
 */
export function renderEvaluasiRenja(table: Table, options: DerivedOptions): Plan {
  const y = options.year;
  const { rows, years } = derivedRows(table);
  const last = years[years.length - 1];
  const lalu = "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu";
  const berjalan = "Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d Tahun Berjalan";
  const columns: HeaderColumn[] = [
    { path: ["Kode"], number: "1", width: 18 },
    { path: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], number: "2", width: 40 },
    { path: ["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"], number: "3", width: 36 },
    { path: [`Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun ${last}`], number: "4", width: 13 },
    { path: [`Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan Tahun ${y - 2}`], number: "5", width: 13 },
    { path: [`${lalu} (${y - 1})`, `Target Renja Perangkat Daerah Tahun (${y - 1})`], number: "6", width: 12 },
    { path: [`${lalu} (${y - 1})`, `Realisasi Renja Perangkat Daerah Tahun (${y - 1})`], number: "7", width: 12 },
    { path: [`${lalu} (${y - 1})`, "Tingkat Realisasi (%)"], number: "8 = (7/6)", width: 11 },
    { path: [`Target Program dan Kegiatan (Renja Perangkat Daerah Tahun ${y})`], number: "9", width: 13 },
    { path: [berjalan, `Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan (${y})`], number: "10 = (5+7+9)", width: 13 },
    { path: [berjalan, "Tingkat Capaian Realisasi Target Renstra (%)"], number: "11 = (10/4)", width: 11 },
    { path: ["Perangkat Daerah Penanggung Jawab"], number: "12", width: 20 },
  ];
  const out = new SheetWriter();
  const title = [
    "TABEL T-C.29",
    `EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH DAN PENCAPAIAN RENSTRA PERANGKAT DAERAH SAMPAI DENGAN TAHUN ${y}`,
    ...(options.title?.pd ? [options.title.pd.toUpperCase()] : []),
  ];
  const top = out.titles(title, columns.length);
  const numberRow = out.header(top, columns);

  rows.forEach((d, i) => {
    const r = numberRow + 1 + i;
    const look = rowLook(d.row.level);
    const put = (col: number, content: CellContent) => out.put(r, col, { ...BODY, ...content });
    const text = (col: number, value: string, extra: CellContent = {}) => put(col, { wrap: true, ...(value ? { value } : {}), ...extra });
    text(1, d.row.code?.key ?? "", { numberFormat: "@", ...look.bold });
    text(2, d.row.name, { ...look.bold, ...look.indent });
    text(3, d.row.indicator);
    text(12, d.row.unitPd ?? "");
    const prefilled = (col: number, w: Written): Operand => {
      put(col, w.content);
      return { row: r, col, number: w.number };
    };
    const blank = (col: number): Operand => prefilled(col, { content: {}, number: null, kind: "empty" });
    const final = displayWritten(d.value("finalTarget"));
    const renjaLalu = displayWritten(d.value("target", y - 1));
    const renja = displayWritten(d.value("target", y));
    const [t4, r5, t6, r7, t9] = [prefilled(4, final), blank(5), prefilled(6, renjaLalu), blank(7), prefilled(9, renja)];
    // Formulas need numbers: a row without an indicator, or with a target in words, is left to the planner.
    if (!d.row.indicator || [final, renjaLalu, renja].some((w) => w.kind === "text")) return [8, 10, 11].forEach((c) => put(c, {}));
    const direction = rowNature(d.row).direction;
    put(8, capaianCell(t6, r7, direction).content);
    const ten = sumCell([r5, r7, t9], d.aggregation, renja.content.numberFormat ?? final.content.numberFormat);
    put(10, ten.content);
    put(11, capaianCell(t4, { row: r, col: 10, number: ten.number }, direction).content);
  });
  return out.plan(options.sheet ?? "T-C.29", { id: "Buat Tabel T-C.29", en: "Generate Table T-C.29" }, columns, { top, bottom: numberRow, freezeCols: 2 }, options.paper ?? "F4");
}
