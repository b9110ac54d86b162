/**
 * A protected sheet on both add-ins' fakes (Excel: sheet protection; Sheets: a protected range over
 * the whole sheet), over random table-shaped grids in a planner's workbook and once on each real
 * table: a command that would write to the sheet is refused with the message naming it, and nothing
 * changes — not the sheet, not the workbook, not what Urungkan would undo. Buat tabel still makes its
 * new sheet, leaving the protected one alone. Hapus tanda and Urungkan of commands made before the
 * sheet was protected are refused the same way.
 */
import fc from "fast-check";
import { protectedSheet } from "../../core/commands/errors";
import { FIXTURES, fixtureXlsxGrid } from "../support/fixtures";
import { shapedGrid } from "./support/arbitraries";
import { fuzzParameters, timeoutFor } from "./support/fuzz";
import { changedCells, type Command, COMMANDS, FIXED_DRESSINGS, type Host, HOSTS, type PlannerBook, plannerBookOf, run, runDocumented, SETTINGS } from "./support/hosts";

const RUNS = 6;

/**
 * `command` on the sheet protected after `setup`: nothing changes, and a refusal names the sheet and
 * leaves Urungkan as it was. Then, unprotected, the same command again: if it writes to the sheet
 * now, it must have been refused before. Buat tabel makes its new sheet and leaves the protected one.
 */
async function refusedOnProtected(host: Host, book: PlannerBook, setup: Command[], command: Command): Promise<void> {
  const { sheet } = book.grid;
  const fake = host.open(book);
  for (const c of setup) await runDocumented(fake, c, sheet);
  fake.protect(sheet);
  const before = fake.view();
  const undoBefore = (await fake.bridge.describe()).undo;
  const outcome = await runDocumented(fake, command, sheet);
  if (command === "Buat tabel") {
    expect(outcome.ok).toBe(true);
    expect(fake.view().find((s) => s.name === sheet)).toEqual(before.find((s) => s.name === sheet));
    expect(await run(fake, "Urungkan")).toMatchObject({ ok: true });
    expect(fake.view()).toEqual(before);
    return;
  }
  expect([command, fake.view()]).toEqual([command, before]);
  if (!outcome.ok) expect((await fake.bridge.describe()).undo).toEqual(undoBefore);

  fake.protect(sheet, false);
  const unprotected = fake.view();
  await run(fake, command);
  if (changedCells(unprotected, fake.view(), sheet).length > 0) expect([command, outcome]).toEqual([command, { ok: false, message: protectedSheet(sheet)[SETTINGS.lang] }]);
}

async function protectedSheetIsSafe(host: Host, book: PlannerBook): Promise<void> {
  for (const command of COMMANDS) await refusedOnProtected(host, book, command === "Hapus tanda" ? ["Validasi"] : [], command);
  // Urungkan of marks, and of written cells, made before the protection.
  for (const command of ["Validasi", "Hitung ulang capaian"] as const) await refusedOnProtected(host, book, [command], "Urungkan");
}

describe.each(HOSTS)("$name", (host) => {
  test(
    "property: on a protected sheet a command that would write is refused with the sheet's name, and nothing changes",
    async () => {
      await fc.assert(
        fc.asyncProperty(plannerBookOf(shapedGrid), (book) => protectedSheetIsSafe(host, book)),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 3_000),
  );

  test.each(FIXTURES)("%s: the same, once", async (name) => {
    await protectedSheetIsSafe(host, { grid: await fixtureXlsxGrid(name), dressings: FIXED_DRESSINGS, active: { row: 1, col: 1 }, locale: "en_US" });
  });
});
