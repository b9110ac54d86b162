/**
 * Excel and Google Sheets give the same answer for the same random table (a property version of
 * tests/hosts/parity.test.ts): Validasi's report — tables, findings, conventions, marks counted — and
 * its marks (fill and note, a comment on Excel 1.10) on the same cells; after Hitung ulang capaian
 * the same report and the same formulas, values and number formats in every cell. Each host runs its
 * whole command path on a planner's workbook; the planner's own formulas are left out, as Excel's
 * fake reads a formula cell as empty where Sheets' keeps the value it was given.
 */
import fc from "fast-check";
import type { ValidationReport, WriteReport } from "../../core/commands/types";
import { a1 } from "../../core/grid";
import { shapedGrid } from "./support/arbitraries";
import { fuzzParameters, timeoutFor } from "./support/fuzz";
import { dressingWithoutFormula, EXCEL_NOTES, HOSTS, type Outcome, type PlannerBook, plannerBookOf, run, SHEETS } from "./support/hosts";
import { asGrid } from "./support/large";
import { tableRows, WIDTH } from "./support/tc27";

const RUNS = 20;

/** What the core answered, without what describes the host (its undo sheet, its name). */
const validation = (r: ValidationReport) => ({ tables: r.tables, findings: r.findings, conventions: r.conventions, marked: r.marked });
const written = (r: WriteReport) => ({ sheet: r.sheet, written: r.written, changed: r.changed, skipped: r.skipped });
const answer = <T>(outcome: Outcome, of: (value: T) => unknown) => (outcome.ok ? { ok: true, value: of(outcome.value as T) } : outcome);

test(
  "property: Excel (notes and comments) and Sheets give the same findings and marks, and recalculate the same cells the same way",
  async () => {
    await fc.assert(
      fc.asyncProperty(plannerBookOf(shapedGrid, dressingWithoutFormula), async (book) => {
        const { sheet } = book.grid;
        const answers = [];
        for (const host of HOSTS) {
          const [validating, recalculating] = [host.open(book), host.open(book)];
          const validated = await run(validating, "Validasi");
          const recalculated = await run(recalculating, "Hitung ulang capaian");
          answers.push({
            validated: answer(validated, validation),
            marks: validating.annotations(sheet),
            recalculated: answer(recalculated, written),
            cells: recalculating.entries(sheet),
          });
        }
        const [excel, ...others] = answers;
        for (const other of others) expect(other).toEqual(excel);
      }),
      fuzzParameters(RUNS),
    );
  },
  timeoutFor(RUNS, 1_000),
);

test("a table below row 40 (Sheets' data range starts at A1, Excel's used range at the table): both hosts find it and agree", async () => {
  const grid = { ...asGrid(tableRows()), originRow: 45, originCol: 3 };
  const book: PlannerBook = { grid, dressings: [], active: { row: 1, col: 1 }, locale: "en_US" };
  const [excel, sheets] = [answer(await run(EXCEL_NOTES.open(book), "Validasi"), validation), answer(await run(SHEETS.open(book), "Validasi"), validation)];
  const range = `${a1(grid.originRow, grid.originCol)}:${a1(grid.originRow + grid.values.length - 1, grid.originCol + WIDTH - 1)}`;
  expect(excel).toMatchObject({ ok: true, value: { tables: [{ range }] } });
  expect(sheets).toEqual(excel);
});
