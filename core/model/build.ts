import { readColumnAt } from "../cells";
import type { ParsedCell } from "../cells";
import { a1, type Grid, gridCell, gridFormat } from "../grid";
import { cellText } from "../layout/header-block";
import type { ColumnRole, ColumnSpec, Layout } from "../layout/types";
import { classifyRow, type RowFacts } from "./classify";
import { type CodeStyle, detectCodeStyle, readRowCodes } from "./row-codes";
import type { ModelRow, RowCode, RowLevel, TableModel, ValueCell } from "./schema";
import { buildTree } from "./tree";

/** A detected table: where it is (layout) and what it says (model). */
export interface Table {
  layout: Layout;
  model: TableModel;
}

const TEXT_ROLES: readonly ColumnRole[] = [
  "no",
  "kode",
  "tujuan",
  "sasaran",
  "uraian",
  "indikator",
  "satuan",
  "formulasi",
  "unitPd",
  "lokasi",
  "sumberDana",
  "catatan",
  "keterangan",
  "arah",
  "sifat",
  "unknown",
];

/** Columns whose values are rupiah. */
export function isMoneyColumn(c: ColumnSpec, layout: Layout): boolean {
  if (c.role === "rp" || c.role === "finalRp" || c.role === "anggaran" || c.measure === "Rp") return true;
  return c.role === "realisasi" && layout.kind === "anggaran-realisasi";
}

const CHILD_LEVEL: Partial<Record<RowLevel, RowLevel>> = {
  urusan: "program",
  bidang: "program",
  program: "kegiatan",
  kegiatan: "subkegiatan",
  subkegiatan: "subkegiatan",
};

function readValueColumns(grid: Grid, layout: Layout, columns: ColumnSpec[]) {
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(r);
  const read = (indirectAllowed: boolean) =>
    columns.map((c) =>
      readColumnAt(
        rows.length,
        (i) => gridCell(grid, rows[i], c.index),
        (i) => gridFormat(grid, rows[i], c.index),
        { indirectAllowed },
      ),
    );
  let readings = read(true);
  const evidence = { id: 0, en: 0 };
  for (const rd of readings) {
    evidence.id += rd.evidence.id;
    evidence.en += rd.evidence.en;
  }
  const mixed = evidence.id > 0 && evidence.en > 0;
  // A table that mixes conventions cannot lend one column's convention to another's separator.
  if (mixed) readings = read(false);
  const reading: TableModel["numbers"]["reading"] = mixed ? "mixed" : evidence.id > 0 ? "id" : evidence.en > 0 ? "en" : "undecided";
  return { cells: readings.map((rd) => rd.cells), numbers: { reading, evidence } };
}

/** Builds the typed model of one detected table. */
export function buildTable(grid: Grid, layout: Layout): Table {
  const inTable = layout.columns;
  const first = (role: ColumnRole) => inTable.find((c) => c.role === role);
  const kodeCols = inTable.filter((c) => c.role === "kode");
  const uraian = first("uraian");
  const indikator = first("indikator");
  const satuan = first("satuan");
  const tujuan = first("tujuan");
  const sasaran = first("sasaran");
  const no = first("no");
  const arah = first("arah");
  const sifat = first("sifat");
  const unitPd = first("unitPd");
  const lokasi = first("lokasi");
  const valueCols = inTable.filter((c) => !TEXT_ROLES.includes(c.role));
  const parsed = readValueColumns(grid, layout, valueCols);
  const moneyCols = valueCols.map((c) => isMoneyColumn(c, layout));

  const dataRows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) dataRows.push(r);
  const codeCells = dataRows.map((r) => kodeCols.map((c) => cellText(grid, r, c.index)));
  const codeStyle = detectCodeStyle(codeCells);
  const codes = readRowCodes(codeCells, codeStyle, kodeCols[0]?.col ?? 1);
  const text = (r: number, c?: ColumnSpec) => (c ? cellText(grid, r, c.index) : "");

  const rows: ModelRow[] = [];
  dataRows.forEach((r, i) => {
    const values: ValueCell[] = [];
    let hasMoney = false;
    let hasOther = false;
    valueCols.forEach((c, k) => {
      const cell: ParsedCell = parsed.cells[k][i];
      if (cell.kind === "empty") return;
      if (moneyCols[k]) hasMoney = true;
      else hasOther = true;
      // One shape for every value cell (absent fields undefined), so rules read them monomorphically.
      const v: ValueCell = {
        row: grid.originRow + r,
        col: c.col,
        role: c.role,
        year: c.year,
        measure: c.measure,
        quarter: c.quarter,
        growthOf: c.growthOf,
        raw: gridCell(grid, r, c.index),
        formula: grid.formulas?.[r]?.[c.index] || undefined,
        format: gridFormat(grid, r, c.index) || undefined,
        cell,
      };
      values.push(v);
    });
    const code: RowCode | null = codes[i];
    // A heading or total label written in the Kode column ("Urusan Bidang …", "TOTAL KESELURUHAN").
    const kodeText = code ? "" : codeCells[i].filter(Boolean).join(" ");
    // A footer label merged from the No column ("Rata-rata capaian kinerja (%)"): words, not a number.
    const noLabel = /\p{L}{3}/u.test(text(r, no)) ? text(r, no) : "";
    let name = text(r, uraian) || kodeText || noLabel;
    let indicator = text(r, indikator);
    // Tables without a name column write group headings ("Urusan Sosial", "IKU") in the indicator column.
    if (!uraian && !kodeCols.length && indicator && values.length === 0) {
      name = indicator;
      indicator = "";
    }
    const facts: RowFacts = {
      codeDepth: code ? code.path.length : null,
      name,
      indicator,
      tujuan: text(r, tujuan),
      sasaran: text(r, sasaran),
      hasMoney,
      hasOther,
    };
    const level = classifyRow(facts);
    if (level === null) return;
    rows.push({
      index: rows.length,
      row: grid.originRow + r,
      level,
      code,
      name,
      indicator,
      satuan: text(r, satuan),
      tujuan: facts.tujuan,
      sasaran: facts.sasaran,
      arah: text(r, arah),
      sifat: text(r, sifat),
      unitPd: text(r, unitPd),
      lokasi: text(r, lokasi),
      values,
      parent: null,
      children: [],
      continues: null,
    });
  });

  const moneyIndexes = new Set(valueCols.filter((_, k) => moneyCols[k]).map((c) => c.col));
  const hasMoney = (row: ModelRow) => row.values.some((v) => moneyIndexes.has(v.col));
  refineLevels(rows, codeStyle, Boolean(uraian || kodeCols.length), hasMoney, moneyIndexes.size > 0);
  buildTree(rows);
  const top = layout.headerRows[0];
  const range = `${a1(grid.originRow + top, grid.originCol + layout.firstCol)}:${a1(grid.originRow + layout.lastDataRow, grid.originCol + layout.lastCol)}`;
  return {
    layout,
    model: { kind: layout.kind, sheet: grid.sheet, range, years: layout.years, numbers: parsed.numbers, codeStyle, rows },
  };
}

const MAIN_LEVELS: readonly RowLevel[] = ["tujuan", "sasaran", "urusan", "bidang", "program", "kegiatan", "subkegiatan"];

const startsWithProgram = (name: string) => /^\s*program\b/i.test(name);

/**
 * One-part-per-cell codes lose their tail silently ("1 | 06 | | | |"): a short code on a row that
 * carries values or an indicator is not an urusan/bidang heading, and a program code on a row not
 * named "Program …" (where the table's programs are) is a lower row with its parts missing.
 */
function isIncompletePositional(row: ModelRow, programsNamed: boolean): boolean {
  const depth = row.code?.path.length ?? 0;
  if (depth === 0 || startsWithProgram(row.name)) return false;
  if (depth < 3) return row.values.length > 0 || row.indicator !== "";
  return depth === 3 && programsNamed;
}

/**
 * Levels that need the neighbouring rows: continuation rows, named rows without a code or with an
 * incomplete one, and a sub kegiatan code printed on the kegiatan row of its block.
 */
function refineLevels(rows: ModelRow[], style: CodeStyle, hasNames: boolean, hasMoney: (row: ModelRow) => boolean, moneyColumns: boolean): void {
  const kegiatanKeys = new Set(rows.filter((r) => r.level === "kegiatan" && r.code).map((r) => r.code!.key));
  const programRows = rows.filter((r) => r.code?.path.length === 3);
  const programsNamed = programRows.length > 0 && programRows.filter((r) => startsWithProgram(r.name)).length / programRows.length >= 0.8;
  const seen = new Map<string, ModelRow>();
  let lastMain: ModelRow | null = null;
  const childOfLast = (row: ModelRow, note: string) => {
    const child = lastMain ? CHILD_LEVEL[lastMain.level] : undefined;
    if (!child) return false;
    row.level = child;
    row.levelNote = note;
    return true;
  };
  rows.forEach((row, i) => {
    if (row.level === "pagu" && (!moneyColumns || (i > 0 && hasMoney(rows[i - 1])))) row.level = "total";
    if ((row.level === "indicator" && hasNames) || row.level === "pagu") {
      if (lastMain) row.continues = lastMain.index;
      else row.level = "other";
      return;
    }
    const code = row.code;
    const earlier = code ? seen.get(code.key) : undefined;
    const lastKey = lastMain?.code?.key;
    // "1 06 02 2" (level digit, no kegiatan number) repeats on sibling kegiatan rows: not a child.
    const missingKegiatan = code?.path.length === 4 && !code.path[3].includes(".");
    if (code && earlier && !missingKegiatan && lastKey !== undefined && (lastKey === code.key || lastKey.startsWith(code.key + "."))) {
      // The code of a row still open above: this is its child printed without its own last part.
      row.level = CHILD_LEVEL[earlier.level] ?? row.level;
      row.levelNote = "incomplete-code";
    } else if (code && style === "positional" && isIncompletePositional(row, programsNamed)) {
      childOfLast(row, "incomplete-code");
    } else if (code && code.path.length === 0) {
      childOfLast(row, "incomplete-code");
    } else if (row.level === "subkegiatan" && code && lastMain?.level === "program") {
      const kegiatanKey = code.path.slice(0, 4).join(".");
      const next = rows.slice(i + 1).find((r) => r.code);
      if (!kegiatanKeys.has(kegiatanKey) && next?.code && next.code.path.slice(0, 4).join(".") === kegiatanKey) {
        row.level = "kegiatan";
        row.levelNote = "sub-code-on-kegiatan";
        kegiatanKeys.add(kegiatanKey);
      }
    } else if (style !== "none" && !code && row.level === "other" && row.name !== "") {
      childOfLast(row, "no-code");
    }
    if (code && !seen.has(code.key)) seen.set(code.key, row);
    if (MAIN_LEVELS.includes(row.level) || row.level === "other") lastMain = row;
    if (row.level === "total") lastMain = null;
  });
}
