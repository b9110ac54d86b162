import type { Grid, RawCell } from "../../core/grid";
import { MAX_BATCH_BYTES, readScope } from "../../excel-addin/excel-port";
import { FakeExcel, PAYLOAD_LIMIT } from "./fake-excel";

/**
 * The port's first step on tall and dense ranges: values and number formats of every cell, formulas
 * of the formula cells only, read in row bands whose responses stay under Excel on the web's 5 MB —
 * and exactly what the sheet holds, whatever the bands.
 */

interface Content {
  value?: RawCell;
  formula?: string;
  format?: string;
}

/** A sheet of rows × cols cells from `at`, and the grid the port should read from it. */
function sheetOf(rows: number, cols: number, at: (r: number, c: number) => Content, origin = { row: 1, col: 1 }): { fake: FakeExcel; expected: Grid } {
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));
  const grid: Grid = {
    sheet: "Data",
    originRow: origin.row,
    originCol: origin.col,
    // A formula cell's value is what Excel calculates; the fake does not calculate.
    values: cells.map((line) => line.map((x) => (x.formula ? null : (x.value ?? null)))),
    formulas: cells.map((line) => line.map((x) => x.formula ?? null)),
    numberFormats: cells.map((line) => line.map((x) => x.format ?? "General")),
  };
  const fake = new FakeExcel();
  fake.addSheet(grid);
  return { fake, expected: grid };
}

/** Row r: its number, a text, a SUM every 7th row (runs of three across every 1 000th row), a percentage. */
function mixed(text: number) {
  return (r: number, c: number): Content => {
    if (c === 0) return { value: r + 1 };
    if (c === 1) return { value: `${r} `.padEnd(text, "x") };
    if (c === 2) return r % 7 === 0 || r % 1000 > 997 || r % 1000 < 2 ? { formula: `=SUM(A${r + 1}:A${r + 2})` } : { value: r * 1000, format: '"Rp "#,##0' };
    return { value: (r % 100) / 100, format: "0%" };
  };
}

async function read(fake: FakeExcel, picked: string | null = null) {
  return readScope(fake.context(), { notes: true }, picked);
}

test("a table of 24 000 rows: 10 000 in the first sync, the rest in bands of about 4 MB, cell for cell", async () => {
  const { fake, expected } = sheetOf(24_000, 4, mixed(300));
  const scope = await read(fake);
  expect(scope.grid).toEqual(expected);
  expect(scope.range).toBe("A1:D24000");
  expect(fake.syncs).toHaveLength(3);
  // Sized from the band before, a band of denser rows can pass 4 MB a little; 5 MB stays far.
  expect(fake.responses.map((bytes) => Math.round(bytes / 1e5) / 10)).toEqual([3.7, 4, 1.2]);
  for (const bytes of fake.responses) expect(bytes).toBeLessThan(PAYLOAD_LIMIT);
});

test("a picked range below the first sync's rows: its first row, then the rest in one band", async () => {
  const { fake, expected } = sheetOf(3_000, 4, mixed(20), { row: 12_001, col: 2 });
  const scope = await read(fake, "Data!B12001:E15000");
  expect(scope.grid).toEqual(expected);
  expect(fake.syncs).toHaveLength(2);
});

test("rows denser than Excel sends at once: refused, then asked again with a quarter of the rows until they fit", async () => {
  // 3 000 rows of 30 texts of 60 characters: ~6.5 MB.
  const { fake, expected } = sheetOf(3_000, 30, (r, c) => ({ value: `${r}:${c} `.padEnd(60, "y") }));
  const scope = await read(fake);
  expect(scope.grid).toEqual(expected);
  // 3 000 rows and 2 500 rows refused; 625 rows, then two bands of the rest.
  const refused = fake.responses.filter((bytes) => bytes > PAYLOAD_LIMIT);
  expect([refused.length, fake.syncs.length]).toEqual([2, 5]);
  for (const bytes of fake.responses.slice(2)) expect(bytes).toBeLessThan(MAX_BATCH_BYTES);
});

test("a table without formulas reads none; a blank sheet reads as no table", async () => {
  const { fake } = sheetOf(50, 3, (r, c) => ({ value: r * c }));
  expect((await read(fake)).grid!.formulas!.flat().every((f) => f === null)).toBe(true);
  const blank = new FakeExcel();
  blank.addSheet({ sheet: "Kosong", originRow: 1, originCol: 1, values: [] });
  expect(await read(blank)).toMatchObject({ grid: null, sheet: "Kosong", range: "A1" });
});
