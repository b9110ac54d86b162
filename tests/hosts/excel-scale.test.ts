import { MAX_BATCH_BYTES } from "../../excel-addin/excel-port";
import { EXCEL_COMMANDS, excelBench, type ExcelFigure } from "../bench/excel-bench";
import { PAYLOAD_LIMIT } from "./fake-excel";

/**
 * Round trips on generated T-C.27 tables (tests/bench/generate-tc27.ts): a command's sync() calls do
 * not grow with the table until its request or response passes one batch, at most three at 10 000
 * rows, and at 10 000 and 50 000 rows every request and every response of every command stays under
 * Excel on the web's 5 MB (the fake refuses a sync past it, so each command finishing shows it too).
 */

const byCommand = (figures: ExcelFigure[], rows: number) => Object.fromEntries(figures.filter((f) => f.rows === rows).map((f) => [f.command, f]));
const syncs = (at: Record<string, ExcelFigure>) => Object.fromEntries(EXCEL_COMMANDS.map((c) => [c, at[c].syncs]));

test("1 000 and 10 000 rows: every command within three syncs, the same number at both sizes unless its writes need two batches", async () => {
  const figures = await excelBench([1_000, 10_000]);
  const [small, large] = [byCommand(figures, 1_000), byCommand(figures, 10_000)];
  // Only Buat tabel writes more than one batch holds at 10 000 rows (its ~190 000 cells, ~4.5 MB).
  expect(syncs(large)).toEqual({ ...syncs(small), generate: small.generate.syncs + 1 });
  expect(Math.max(...Object.values(syncs(large)))).toBeLessThanOrEqual(3);
  for (const command of EXCEL_COMMANDS) {
    expect(large[command].max_payload_bytes).toBeLessThan(MAX_BATCH_BYTES);
    // The read of the recalculated table (values, number formats and ~17 000 formulas) is one response of ~4.4 MB.
    expect(large[command].max_response_bytes).toBeLessThan(PAYLOAD_LIMIT);
  }
}, 180_000);

test("50 000 rows: reads come in bands and writes in batches, every request and response under 5 MB", async () => {
  const figures = await excelBench([50_000]);
  for (const f of figures) {
    expect(f.max_payload_bytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(f.max_response_bytes).toBeLessThan(PAYLOAD_LIMIT);
  }
  const at = byCommand(figures, 50_000);
  // The table's ~27 MB of values and number formats: five bands of at most ~4 MB each.
  expect(syncs(at)).toMatchObject({ validate: 5 + 2, clear: 3 });
  for (const command of ["recalc", "generate"] as const) expect(at[command].syncs).toBeGreaterThan(5 + 2);
}, 300_000);
