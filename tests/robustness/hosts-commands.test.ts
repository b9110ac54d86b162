/**
 * The core's invariants on both add-ins, end to end on their honest fakes (./support/hosts.ts): Excel
 * with notes and with comments, Google Sheets through its sidebar's google.script.run. Over random
 * table-shaped grids and cell texts in a planner's workbook (own formulas, number formats, fills and
 * notes; a second sheet), and once on each of the six real tables:
 * - a command succeeds or refuses with a documented message naming the sheet (no table, empty
 *   sheet, protected), and a refusal changes nothing;
 * - every finding's cell, and every cell a command changes, lies inside the grid; no other sheet changes;
 * - validation is deterministic: again on the marked sheet, or on a fresh copy, the same report and marks;
 * - Validasi marks each finding's cell (a severity fill, a note with its message), and Hapus tanda
 *   then gives back every cell exactly — the planner's fills and notes included;
 * - each command then Urungkan, and any two commands then two Urungkan, give back the workbook
 *   exactly (a generated sheet is gone); so do marks, an edit and marks again, undone step by step.
 */
import fc from "fast-check";
import { FIXTURES, fixtureXlsxGrid } from "../support/fixtures";
import { anyGrid, shapedGrid } from "./support/arbitraries";
import { fuzzParameters, timeoutFor } from "./support/fuzz";
import { eachCommandThenUndo, undoGivesBack, validateThenClear } from "./support/host-invariants";
import { type Command, COMMANDS, FIXED_DRESSINGS, HOSTS, type PlannerBook, plannerBookOf } from "./support/hosts";

const RUNS = 15;
const books = plannerBookOf(shapedGrid);

const pairs = fc.tuple(fc.constantFrom(...COMMANDS), fc.constantFrom(...COMMANDS));

describe.each(HOSTS)("$name", (host) => {
  test(
    "property: each command succeeds or refuses with a documented message naming the sheet, changes nothing outside the grid, and Urungkan gives back the workbook exactly",
    async () => {
      await fc.assert(
        fc.asyncProperty(plannerBookOf(anyGrid), (book) => eachCommandThenUndo(host, book)),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 2_000),
  );

  test(
    "property: Validasi marks each finding's cell, deterministically; Hapus tanda gives back every cell exactly, the planner's fills and notes included",
    async () => {
      await fc.assert(
        fc.asyncProperty(books, (book) => validateThenClear(host, book)),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 1_000),
  );

  test(
    "property: any two commands, then two Urungkan, give back the workbook exactly",
    async () => {
      await fc.assert(
        fc.asyncProperty(books, pairs, (book, pair) => undoGivesBack(host, book, pair)),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 1_000),
  );

  test.each(FIXTURES)("%s: the same invariants, once", async (name) => {
    const book: PlannerBook = { grid: await fixtureXlsxGrid(name), dressings: FIXED_DRESSINGS, active: { row: 1, col: 1 }, locale: "en_US" };
    await eachCommandThenUndo(host, book);
    await validateThenClear(host, book);
    await undoGivesBack(host, book, ["Validasi", "Hitung ulang capaian"]);
  });

  // Urungkan steps back through marks and edits alike: the edit's snapshot holds the first marks,
  // and the second Validasi (or Hapus tanda) is undone first.
  test.each([
    ["Validasi", "Hitung ulang capaian", "Validasi"],
    ["Validasi", "Hitung ulang capaian", "Hapus tanda"],
    ["Validasi", "Hapus tanda", "Validasi"],
  ] as Command[][])("balangan-tc27: %s, %s, %s, then three Urungkan, give back the workbook exactly", async (...commands) => {
    const book: PlannerBook = { grid: await fixtureXlsxGrid("balangan-tc27"), dressings: FIXED_DRESSINGS, active: { row: 1, col: 1 }, locale: "en_US" };
    await undoGivesBack(host, book, commands);
  });
});
