import { PREDIKAT_SCALES, predikat, predikatFormula, roundHalfUp } from "../compute";
import { a1 } from "../grid";
import type { Table } from "../model";
import type { Plan } from "../plan/types";
import { averageFormula } from "../recalc/excel";
import { percentFormat } from "../recalc/formats";
import { rowNature } from "../recalc/nature";
import { derivedRows } from "./derived-source";
import { capaianCell, type Operand, quotientCell, sumCell } from "./derived-formulas";
import type { DerivedOptions } from "./options";
import { rowLook } from "./row-look";
import { type CellContent, type HeaderColumn, SheetWriter } from "./sheet";
import { amountFormat, displayWritten, moneyWritten, type Written } from "./values";

const BODY: CellContent = { border: true, valign: "top" };
const QUARTERS = ["I", "II", "III", "IV"];
const AVERAGE_LABEL = "Rata-rata capaian kinerja (%)";
const PREDIKAT_LABEL = "Predikat kinerja";

/**
 * Formulir E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah" for the year `year` from a T-C.27:
 * K and Rp of the Renstra target at the end of the period and of the Renja of `year` pre-filled, the
 * realisasi (up to last year, per quarter) empty for the planner, and live: 13 = 9+10+11+12,
 * 14 = 7+13, 15 = 14/6 × 100 %, the average capaian and its predikat in the footer rows.
 */
export function renderE81(table: Table, options: DerivedOptions): Plan {
  const y = options.year;
  const { rows, years } = derivedRows(table);
  const last = years[years.length - 1];
  const pair = (path: string[], number: string, width = 12): HeaderColumn[] => [
    { path: [...path, "K"], number, width: 10 },
    { path: [...path, "Rp"], width },
  ];
  const columns: HeaderColumn[] = [
    { path: ["No"], number: "1", width: 5 },
    { path: ["Sasaran"], number: "2", width: 22 },
    { path: ["Kode"], number: "3", width: 18 },
    { path: ["Program/Kegiatan/Sub Kegiatan"], number: "4", width: 36 },
    { path: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"], number: "5", width: 32 },
    ...pair([`Target Renstra Perangkat Daerah pada Tahun ${last} (Akhir Periode Renstra Perangkat Daerah)`], "6", 17),
    ...pair([`Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (${y - 1})`], "7"),
    ...pair([`Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (${y}) yang Dievaluasi`], "8", 16),
    ...QUARTERS.flatMap((q, i) => pair(["Realisasi Kinerja Pada Triwulan", q], String(9 + i))),
    ...pair(["Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"], "13 = 9+10+11+12", 14),
    ...pair([`Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun ${y}`], "14 = 7+13", 16),
    ...pair([`Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun ${y} (%)`], "15 = 14/6 x 100%", 10),
    { path: ["Unit Perangkat Daerah Penanggung Jawab"], number: "16", width: 18 },
    { path: ["Keterangan"], number: "17", width: 14 },
  ];
  // Sheet column of number n's K cell (its Rp cell is the next one).
  const k = (n: number) => 6 + (n - 6) * 2;
  const out = new SheetWriter();
  const title = [
    "FORMULIR E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    ...(options.title?.pd ? [options.title.pd.toUpperCase()] : []),
    `PERIODE PELAKSANAAN TAHUN ${y}`,
  ];
  const top = out.titles(title, columns.length);
  const numberRow = out.header(top, columns);

  let no = 0;
  const capaianK: Operand[] = [];
  rows.forEach((d, i) => {
    const r = numberRow + 1 + i;
    const look = rowLook(d.row.level);
    const put = (col: number, content: CellContent) => out.put(r, col, { ...BODY, ...content });
    const text = (col: number, value: string, extra: CellContent = {}) => put(col, { wrap: true, ...(value ? { value } : {}), ...extra });
    text(1, d.continuation ? "" : String(++no), { align: "center" });
    text(2, d.continuation ? "" : d.row.sasaran);
    text(3, d.row.code?.key ?? "", { numberFormat: "@", ...look.bold });
    text(4, d.row.name, { ...look.bold, ...look.indent });
    text(5, d.row.indicator);
    text(k(15) + 2, d.row.unitPd ?? "");
    text(k(15) + 3, "");
    const at = (col: number, w: Written): Operand => {
      put(col, w.content);
      return { row: r, col, number: w.number };
    };
    const blank = (col: number) => at(col, { content: {}, number: null, kind: "empty" });
    // K: the targets; empty realisasi; the formulas when the targets are numbers.
    const targetK = displayWritten(d.value("finalTarget"));
    const renjaK = displayWritten(d.value("target", y));
    const [t6, r7] = [at(k(6), targetK), blank(k(7))];
    at(k(8), renjaK);
    const quartersK = [9, 10, 11, 12].map((n) => blank(k(n)));
    if (d.row.indicator && ![targetK, renjaK].some((w) => w.kind === "text")) {
      const format = renjaK.content.numberFormat ?? targetK.content.numberFormat;
      const s13 = sumCell(quartersK, d.aggregation, format);
      put(k(13), s13.content);
      const s14 = sumCell([r7, { row: r, col: k(13), number: s13.number }], d.aggregation, format);
      put(k(14), s14.content);
      const c15 = capaianCell(t6, { row: r, col: k(14), number: s14.number }, rowNature(d.row).direction);
      put(k(15), c15.content);
      capaianK.push({ row: r, col: k(15), number: c15.number });
    } else [13, 14, 15].forEach((n) => put(k(n), {}));
    // Rp: the row's pagu of the period and of the year; sums and absorption on every funded row.
    const targetRp = moneyWritten(d.value("finalRp"));
    const renjaRp = moneyWritten(d.value("rp", y));
    const [p6, p7] = [at(k(6) + 1, targetRp), blank(k(7) + 1)];
    at(k(8) + 1, renjaRp);
    const quartersRp = [9, 10, 11, 12].map((n) => blank(k(n) + 1));
    if (!d.continuation) {
      const s13 = sumCell(quartersRp, "amount");
      put(k(13) + 1, { ...s13.content, numberFormat: amountFormat(s13.number!) });
      const s14 = sumCell([p7, { row: r, col: k(13) + 1, number: s13.number }], "amount");
      put(k(14) + 1, { ...s14.content, numberFormat: amountFormat(s14.number!) });
      put(k(15) + 1, quotientCell({ row: r, col: k(14) + 1, number: s14.number }, p6).content);
    } else [13, 14, 15].forEach((n) => put(k(n) + 1, {}));
  });

  // Footer: the mean of column 15 (K) over the rows above, and its predikat.
  const averageRow = numberRow + 1 + rows.length;
  const range = `${a1(numberRow + 1, k(15))}:${a1(averageRow - 1, k(15))}`;
  const values = capaianK.flatMap((o) => (o.number ? [o.number] : []));
  const mean = values.length ? roundHalfUp(values.reduce((s, v) => s.plus(v)).div(values.length), 2) : null;
  const scale = PREDIKAT_SCALES[0];
  const footer = (row: number, label: string, content: CellContent) => {
    const cells = new Map<number, CellContent>([[1, { value: label }], [k(15), content]]);
    columns.forEach((_, i) => out.put(row, i + 1, { ...BODY, bold: true, ...cells.get(i + 1) }));
    out.merge(row, 1, row, 5);
  };
  footer(averageRow, AVERAGE_LABEL, { formula: averageFormula(range, 2, "half-up"), expected: mean ? mean.toFixed() : "", numberFormat: percentFormat(2, true) });
  footer(averageRow + 1, PREDIKAT_LABEL, { formula: `=${predikatFormula(a1(averageRow, k(15)), scale)}`, expected: mean ? predikat(mean, scale) : "" });
  return out.plan(options.sheet ?? "E.81", { id: "Buat Formulir E.81", en: "Generate Form E.81" }, columns, { top, bottom: numberRow, freezeCols: 4 }, options.paper ?? "F4");
}
