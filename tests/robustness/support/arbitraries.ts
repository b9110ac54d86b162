/**
 * fast-check arbitraries for the property tests: cell texts as planners' sheets hold them (Indonesian
 * and English numbers, amounts, percentages, units, codes, dashes, spreadsheet errors, header words,
 * junk and unicode), raw cells of every type a host hands over, grids of pure noise, and grids shaped
 * like the real tables: the header block of a real table (the fixtures of every kind, E.81 and the
 * LKjIP measurement) over a selection of its real data rows, some cells replaced by random ones,
 * at a random place on the sheet.
 */
import fc from "fast-check";
import type { Grid, RawCell } from "../../../core/grid";
import { readTables } from "../../../core/read-tables";
import { E81, PENGUKURAN } from "../../engine/tables";
import { FIXTURES, fixtureGrid } from "../../support/fixtures";
import { tsvToGrid } from "../../support/tsv-to-xlsx";
import { ERROR_VALUES } from "./corpus";
import { tableRows } from "./tc27";

const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);

/** "2.519.295.635", "87.026.000,00", "70,65" — the Indonesian way. */
const indonesianNumber = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.option(digits(0, 99), { nil: undefined }))
  .map(([n, dec]) => n.toLocaleString("id-ID") + (dec === undefined ? "" : `,${dec.padStart(2, "0")}`));

/** "13,738,054,600", "96.42" — the English way. */
const englishNumber = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.option(digits(0, 99), { nil: undefined }))
  .map(([n, dec]) => n.toLocaleString("en-US") + (dec === undefined ? "" : `.${dec.padStart(2, "0")}`));

const number = fc.oneof(indonesianNumber, englishNumber, digits(0, 1000));

const UNITS = ["Dokumen", "Orang", "Desa", "Kegiatan", "Laporan", "KPM", "Ruta", "%", "bulan", "Nilai", "Indeks"];

/** Values as planners write them in value cells. */
const valueText = fc.oneof(
  number,
  number.map((n) => `Rp ${n}`),
  number.map((n) => `Rp. ${n}`),
  number.map((n) => `${n}%`),
  number.map((n) => `${n} %`),
  fc.tuple(number, fc.constantFrom(...UNITS)).map(([n, u]) => `${n} ${u}`),
  number.map((n) => `(${n})`),
  number.map((n) => `- ${n}`),
  number.map((n) => `-${n}`),
  fc.tuple(number, number).map(([a, b]) => `${a} & ${b}`),
  fc.tuple(number, number).map(([a, b]) => `${a} Pilkades, ${b} BPD`),
  number.map((n) => `Baik (B) ${n}`),
  number.map((n) => `'${n}`),
  fc.constantFrom("-", "–", "n/A", "N/A", "0", "0%", "100%", "WTP", "Baik", "X.XX", "", " "),
);

/** Codes in every real spelling, and broken ones. */
const codeText = fc.oneof(
  fc
    .tuple(digits(1, 9), digits(1, 32), digits(1, 30), fc.constantFrom("1", "2"), digits(1, 40), digits(1, 20))
    .chain(([u, bb, pp, k, kk, ss]) =>
      fc
        .integer({ min: 1, max: 6 })
        .map((depth) => [u, bb.padStart(2, "0"), pp.padStart(2, "0"), k, kk.padStart(2, "0"), ss.padStart(4, "0")].slice(0, depth)),
    )
    .chain((parts) => fc.constantFrom(".", " ", ". ", ",").map((sep) => parts.join(sep))),
  fc.constantFrom("X.XX", "1.06.01.2. 01.", "2 13 04 2,01 09", "1 06 01", "1.06.01.2.01.0001", "1.06.01.2.01.01", "X.XX.01"),
);

/** Words of real headers, so a noise grid now and then looks like a header block. */
const headerWord = fc.constantFrom(
  "Kode", "No", "Program", "Kegiatan", "Sub Kegiatan", "Uraian", "Indikator Kinerja", "Satuan", "Target", "Rp", "Pagu",
  "Tahun 2025", "Tahun 2026", "2027", "Tahun ke-1", "Realisasi", "Capaian (%)", "Rasio", "Anggaran", "Kondisi Kinerja pada Akhir Periode",
  "Target Kinerja Program dan Kerangka Pendanaan", "Data Capaian pada Tahun Awal Perencanaan", "Unit Kerja", "Lokasi", "K",
  "Tingkat Capaian", "Rata-rata Pertumbuhan", "Arah", "Sifat", "(1)", "(2)", "8 = (7/6)", "10 = (5+7+9)", "14=13/5x100%",
  "Rata-rata capaian kinerja (%)", "Predikat kinerja", "JUMLAH", "Total",
);

/** Any cell text: values, codes, header words, errors, junk, unicode. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: valueText },
  { weight: 2, arbitrary: codeText },
  { weight: 2, arbitrary: headerWord },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(".", ",", "-", "%", "(", ")", " ", "0", "1", "9", "Rp", "\n", "\t", "'"), maxLength: 15 }) },
);

/** Any double a host can hand over (not NaN or ±∞, which no spreadsheet cell holds), extremes included. */
const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000_000, max: 100_000_000_000 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.005, 1.005, 99.995),
);

/** A cell as a host hands it over: empty, text, a number or a boolean. */
function cellOf(numbers: fc.Arbitrary<number>): fc.Arbitrary<RawCell> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 5, arbitrary: cellText },
    { weight: 3, arbitrary: numbers },
    { weight: 1, arbitrary: fc.boolean() },
  );
}
export const rawCell = cellOf(anyNumber);

/** Where a grid sits on its sheet. */
const origin = fc.record({ originRow: fc.integer({ min: 1, max: 40 }), originCol: fc.integer({ min: 1, max: 30 }) });

/** A grid of noise: ragged rows of random cells. */
export const noiseGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(fc.array(rawCell, { maxLength: 14 }), { maxLength: 16 }), origin)
  .map(([values, o]) => ({ sheet: "Acak", values, ...o }));

interface Shape {
  name: string;
  header: RawCell[][];
  body: RawCell[][];
}

/** Header block and data rows of a real table, split where the core finds its first data row. */
function shapeOf(name: string, grid: Grid): Shape {
  const [table] = readTables(grid);
  if (!table) throw new Error(`no table in ${name}`);
  const first = table.layout.firstDataRow;
  return { name, header: grid.values.slice(0, first), body: grid.values.slice(first, table.layout.lastDataRow + 1) };
}

/** Every real table shape: the six fixtures, E.81, the LKjIP measurement and the small T-C.27. */
export const SHAPES: Shape[] = [
  ...FIXTURES.map((f) => shapeOf(f, fixtureGrid(f))),
  shapeOf("E81", tsvToGrid(E81.text, "E81")),
  shapeOf("PK", tsvToGrid(PENGUKURAN.text, "PK")),
  shapeOf("tc27-kecil", { sheet: "T-C.27", originRow: 1, originCol: 1, values: tableRows() }),
];

/** A row with some cells replaced by random ones (a few, mostly). */
function mutated(row: RawCell[], cell: fc.Arbitrary<RawCell>): fc.Arbitrary<RawCell[]> {
  const width = Math.max(row.length, 1);
  return fc
    .array(fc.tuple(fc.nat({ max: width }), cell), { maxLength: 3 })
    .map((changes) => {
      const out = [...row];
      for (const [c, v] of changes) out[c] = v;
      return out;
    });
}

/**
 * A grid shaped like a real table: a real header block (sometimes with a title or noise above), then
 * a run of the table's real data rows in order — each kept or damaged in a few cells by `cell` — and
 * sometimes noise rows below.
 */
export function shapedGridOf(cell: fc.Arbitrary<RawCell>): fc.Arbitrary<Grid> {
  return fc
    .record({
      shape: fc.constantFrom(...SHAPES),
      start: fc.nat(),
      length: fc.integer({ min: 0, max: 30 }),
      above: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 2 }),
      below: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 3 }),
      origin,
    })
    .chain(({ shape, start, length, above, below, origin: o }) => {
      const from = shape.body.length ? start % shape.body.length : 0;
      const rows = shape.body.slice(from, from + length);
      return fc.tuple(...rows.map((r) => fc.oneof({ weight: 3, arbitrary: fc.constant(r) }, { weight: 2, arbitrary: mutated(r, cell) }))).map((body) => ({
        sheet: shape.name,
        ...o,
        values: [...above, ...shape.header, ...body, ...below].map((r) => [...r]),
      }));
    });
}

/** Table-shaped grids whose cells may hold any double, extremes included. */
export const shapedGrid = shapedGridOf(rawCell);

/** Noise or a table-shaped grid, mostly the latter so the rules have something to check. */
export const anyGrid: fc.Arbitrary<Grid> = fc.oneof({ weight: 1, arbitrary: noiseGrid }, { weight: 4, arbitrary: shapedGrid });

/** What a planner did to a cell beyond its value: a formula (for a number), a number format, a fill (ARGB), a note. */
export type Dressing = { formula: boolean; numFmt?: string; fill?: string; note?: string };

export const dressing: fc.Arbitrary<Dressing> = fc.record({
  formula: fc.boolean(),
  numFmt: fc.constantFrom(undefined, "#,##0", "0.00%", '"Rp "#,##0.00', '0 "Dokumen"', "0.00\\%"),
  fill: fc.constantFrom(undefined, "FFFFFF00", "FFC6EFCE"),
  note: fc.constantFrom(undefined, "catatan perencana", "cek lagi\nbaris kedua"),
});
