import Decimal from "decimal.js";
import { a1 } from "../grid";
import type { ModelRow, Table } from "../model";
import type { Plan } from "../plan/types";
import { latestFormula, sumOfCells } from "../recalc/excel";
import { expectedText, finalTarget } from "./final-target";
import { type Line, tc27Lines } from "./lines";
import { periodOf, type Tc27Options } from "./options";
import { rowLook } from "./row-look";
import { type CellContent, SheetWriter } from "./sheet";
import { tc27Columns } from "./tc27-columns";
import { amountFormat, kinerjaWritten, moneyWritten, type Written } from "./values";

const BODY: CellContent = { border: true, valign: "top" };
const TEXT: CellContent = { ...BODY, wrap: true };

/** An amount cell as the sums read it: where it is and the number it holds (null: blank or text). */
interface Amount {
  row: number;
  col: number;
  number: Decimal | null;
  filled: boolean;
}

const ZERO = new Decimal(0);
const total = (xs: Amount[]) => xs.reduce((s, x) => (x.number ? s.plus(x.number) : s), ZERO);

/**
 * Tabel T-C.27 (issue 5) on a new sheet: the official header, the column-number row, one row per
 * tujuan/sasaran/program/kegiatan/sub kegiatan and further indicator, codes in one dotted form,
 * numbers as numbers, and every parent, total and kondisi akhir as a live formula with its exact
 * result in `expected`. Leaves' amounts stay numbers; a parent whose rows below carry no amount at all
 * keeps its own (the planner's only figure for it).
 */
export function renderTc27(table: Table, options: Tc27Options = {}): Plan {
  const { model, layout } = table;
  const years = periodOf(model.years, options.firstYear, options.years);
  const withTS = options.withTujuanSasaran ?? layout.columns.some((c) => c.role === "tujuan" || c.role === "sasaran");
  const satuanColumn = options.satuanColumn ?? true;
  const columns = tc27Columns(years, withTS, satuanColumn);
  const colOf = (key: string, year?: number) => 1 + columns.findIndex((c) => c.spec.key === key && (year === undefined || ("year" in c.spec && c.spec.year === year)));

  const out = new SheetWriter();
  const title = options.title
    ? ["TABEL T-C.27", "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN", ...(options.title.pd ? [options.title.pd.toUpperCase()] : []), `TAHUN ${years[0]}–${years[years.length - 1]}`]
    : [];
  const top = out.titles(title, columns.length);
  const numberRow = out.header(top, columns);

  const { lines, amount } = tc27Lines(table);
  const sheetRow = new Map<ModelRow, number>();
  lines.forEach((l, i) => sheetRow.set(l.row, numberRow + 1 + i));
  const totalRow = numberRow + 1 + lines.length;

  // Amounts bottom-up: a parent sums its children's cells when any row below it has an amount.
  const lineOf = new Map(lines.map((l) => [l.row, l] as const));
  const amounts = new Map<string, Amount>();
  const below = new Map<ModelRow, boolean>();
  const funded = (row: ModelRow) => years.some((y) => (amount(row, y)?.cell.kind ?? "empty") !== "empty");
  const hasBelow = (row: ModelRow): boolean => {
    let b = below.get(row);
    if (b === undefined) {
      b = lineOf.get(row)!.children.some((c) => funded(c) || hasBelow(c));
      below.set(row, b);
    }
    return b;
  };
  const yearly = (line: Line, year: number): Amount => {
    const key = `${line.row.index}:${year}`;
    let a = amounts.get(key);
    if (!a) {
      const row = sheetRow.get(line.row)!;
      const col = colOf("rp", year);
      if (!line.continuation && hasBelow(line.row)) {
        const parts = line.children.map((c) => yearly(lineOf.get(c)!, year));
        const expected = total(parts);
        out.put(row, col, { ...BODY, formula: sumOfCells(parts), expected: expected.toFixed(), numberFormat: amountFormat(expected) });
        a = { row, col, number: expected, filled: true };
      } else {
        const w = moneyWritten(amount(line.row, year));
        out.put(row, col, { ...BODY, ...w.content });
        a = { row, col, number: w.number, filled: w.kind !== "empty" };
      }
      amounts.set(key, a);
    }
    return a;
  };

  for (const line of lines) writeLine(line);
  writeTotal();

  function writeLine(line: Line): void {
    const { row } = line;
    const r = sheetRow.get(row)!;
    const text = (key: string, value: string, look: CellContent = {}) => {
      const col = colOf(key);
      if (col > 0) out.put(r, col, { ...TEXT, ...(value ? { value } : {}), ...look });
    };
    const heading = row.level === "tujuan" || row.level === "sasaran";
    const { bold, indent } = rowLook(row.level);
    if (withTS) {
      text("tujuan", row.tujuan, bold);
      text("sasaran", row.sasaran, bold);
    }
    text("kode", row.code?.key ?? "", { numberFormat: "@", ...bold });
    const name = row.name || (heading && !withTS ? (row.level === "tujuan" ? row.tujuan : row.sasaran) : "");
    text("uraian", name, { ...bold, ...indent });
    const unitInName = !satuanColumn && row.satuan && row.indicator && !row.indicator.includes(`(${row.satuan})`);
    text("indikator", unitInName ? `${row.indicator} (${row.satuan})` : row.indicator);
    text("satuan", row.satuan, { align: "center" });
    text("unitPd", row.unitPd ?? "");
    text("lokasi", row.lokasi ?? "");
    const value = (role: string, year?: number) => row.values.find((v) => v.role === role && v.measure !== "Rp" && (year === undefined || v.year === year));
    const baseline = kinerjaWritten(value("baseline"));
    out.put(r, colOf("baseline"), { ...BODY, ...baseline.content });
    const targets = years.map((y) => {
      const w = kinerjaWritten(value("target", y));
      out.put(r, colOf("target", y), { ...BODY, ...w.content });
      return w;
    });
    writeFinalTarget(row, r, targets, kinerjaWritten(value("finalTarget")));
    const yearlyRp = years.map((y) => yearly(line, y));
    writeFinalRp(r, yearlyRp, () => moneyWritten(amount(row, "final")));
  }

  function writeFinalTarget(row: ModelRow, r: number, targets: Written[], printed: Written): void {
    const col = colOf("finalTarget");
    const f = finalTarget(row, targets, printed);
    const refs = years.map((y) => ({ row: r, col: colOf("target", y) }));
    if (f.mode === "kept") out.put(r, col, { ...BODY, ...f.expected.content });
    else if (f.mode === "sum") out.put(r, col, { ...BODY, formula: sumOfCells(refs), expected: f.expected.toFixed(), ...(f.numberFormat ? { numberFormat: f.numberFormat } : {}) });
    else {
      const { numberFormat } = f.expected.content;
      out.put(r, col, { ...BODY, formula: latestFormula(refs.map((c) => ({ a1: a1(c.row, c.col), scale: false }))), expected: expectedText(f.expected), ...(numberFormat ? { numberFormat } : {}) });
    }
  }

  /** Kondisi akhir Rp = Σ the row's yearly Rp over the period; a row without yearly amounts keeps its own. */
  function writeFinalRp(r: number, yearlyRp: Amount[], own: () => Written): void {
    const col = colOf("finalRp");
    if (yearlyRp.some((a) => a.filled)) {
      const expected = total(yearlyRp);
      out.put(r, col, { ...BODY, formula: sumOfCells(yearlyRp), expected: expected.toFixed(), numberFormat: amountFormat(expected) });
    } else out.put(r, col, { ...BODY, ...own().content });
  }

  /** "JUMLAH": Σ of the programs (or of the top rows when there are none), per year and kondisi akhir. */
  function writeTotal(): void {
    const programs = lines.filter((l) => !l.continuation && l.row.level === "program");
    const members = programs.length ? programs : lines.filter((l) => !l.continuation && l.row.parent === null);
    const cells = new Map<number, CellContent>([[colOf("uraian"), { ...TEXT, value: "JUMLAH" }]]);
    const sum = (col: number, parts: Amount[]): Amount => {
      const expected = total(parts);
      cells.set(col, { ...BODY, formula: parts.length ? sumOfCells(parts) : "=0", expected: expected.toFixed(), numberFormat: amountFormat(expected) });
      return { row: totalRow, col, number: expected, filled: true };
    };
    const yearlyRp = years.map((y) => sum(colOf("rp", y), members.map((m) => yearly(m, y))));
    sum(colOf("finalRp"), yearlyRp);
    columns.forEach((_, i) => out.put(totalRow, i + 1, { ...(cells.get(i + 1) ?? BODY), bold: true }));
  }

  return out.plan(options.sheet ?? "T-C.27", { id: "Buat Tabel T-C.27", en: "Generate Table T-C.27" }, columns, { top, bottom: numberRow, freezeCols: colOf("uraian") }, options.paper ?? "F4");
}
