/**
 * Cell texts that could be taken for something else, on both add-ins' fakes: markup
 * (`<img src=x onerror=…>`), text that carries its own apostrophe ("'0012"), digits kept as text
 * ("0012"), a text that looks like a formula ("=1+1"), texts of Excel's 32 767-character limit, and
 * every error value. In the table's cells and in the planner's notes, they reach our notes as text — quoted
 * as they are, every note within a cell's limit — and every command, Hapus tanda and Urungkan give
 * them back exactly: text stays text, never a formula, a number or a shortened copy.
 */
import fc from "fast-check";
import type { WriteReport } from "../../core/commands/types";
import { a1, type RawCell } from "../../core/grid";
import { MAX_CELL_TEXT } from "../../core/plan/notes";
import { rawCell, shapedGridOf } from "./support/arbitraries";
import { ERROR_VALUES, longText } from "./support/corpus";
import { fuzzParameters, timeoutFor } from "./support/fuzz";
import { eachCommandThenUndo, validateThenClear } from "./support/host-invariants";
import { type HostFake, HOSTS, type PlannerBook, plannerBookOf, runDocumented } from "./support/hosts";
import { asGrid } from "./support/large";
import { COL, ROW, tableRows } from "./support/tc27";

const RUNS = 8;
const MARKUP = "<img src=x onerror=alert(1)>";

/** The texts, and whether a value cell holding one is not a number (so a finding quotes it). */
const HOSTILE: { text: string; quoted: boolean }[] = [
  { text: MARKUP, quoted: true },
  { text: "=1+1", quoted: true },
  { text: "'0012", quoted: false },
  { text: "0012", quoted: false },
  { text: longText("Rp 5.000.000 "), quoted: true },
  { text: longText(`${MARKUP} `), quoted: true },
  ...ERROR_VALUES.map((text) => ({ text, quoted: true })),
];

/** Every note on the sheet fits a cell: the planner's is never cut, ours is shortened to the room left. */
function expectNotesFit(fake: HostFake, sheet: string): void {
  const long = Object.entries(fake.annotations(sheet)).filter(([, a]) => (a.note ?? "").length > MAX_CELL_TEXT);
  expect(long).toEqual([]);
}

/** The text as a finding quotes it: whole, or its beginning when it is long. */
const quotedPart = (text: string) => text.slice(0, 100);

describe.each(HOSTS)("$name", (host) => {
  /**
   * The small T-C.27 with the text where each command meets it: as sub kegiatan A's name (Buat tabel
   * copies it) and first target (Validasi quotes it), in its second target (inside the rectangle
   * Hitung ulang writes, not written), as the program's kondisi akhir Rp (Hitung ulang writes it);
   * and as the planner's note, with a fill, on every fifth cell.
   */
  const bookWith = (text: string): PlannerBook => {
    const rows: RawCell[][] = tableRows();
    for (const col of [COL.uraian, COL.target(0), COL.target(1)]) rows[ROW.subA - 1][col - 1] = text;
    rows[ROW.program - 1][COL.finalRp - 1] = text;
    return { grid: asGrid(rows), dressings: [{ formula: false, fill: "FFFFFF00", note: text }, null, null, null, null], active: { row: 1, col: 1 }, locale: "id_ID" };
  };

  test.each(HOSTILE.map((h) => [h.text.length > 40 ? `${h.text.slice(0, 20)}… (${h.text.length} characters)` : h.text, h] as const))(
    "%s: quoted as text in our note, copied as text by Buat tabel; every command, Hapus tanda and Urungkan give it back exactly",
    async (_, { text, quoted }) => {
      const book = bookWith(text);
      const { sheet } = book.grid;
      const fake = host.open(book);
      await runDocumented(fake, "Validasi", sheet);
      const { note } = fake.annotations(sheet)[a1(ROW.subA, COL.target(0))] ?? {};
      if (quoted) expect(note).toContain(quotedPart(text));
      expectNotesFit(fake, sheet);
      const generated = await runDocumented(fake, "Buat tabel", sheet);
      const copies = Object.values(fake.entries((generated as { value: WriteReport }).value.sheet)).filter((e) => e.value === text || e.formula === text);
      expect(copies.length).toBeGreaterThan(0);
      expect(copies.filter((e) => e.formula !== null)).toEqual([]);
      await validateThenClear(host, book);
      await eachCommandThenUndo(host, book);
    },
  );

  test(
    "property: the texts anywhere in a table and in planners' notes: notes fit, and every command and Urungkan give them back exactly",
    async () => {
      const text = fc.constantFrom(...HOSTILE.map((h) => h.text));
      const grids = shapedGridOf(fc.oneof({ weight: 4, arbitrary: rawCell }, { weight: 1, arbitrary: text }));
      const dressings = fc.option(
        fc.record({ formula: fc.constant(false), fill: fc.constantFrom(undefined, "FFFFFF00"), note: fc.option(text, { nil: undefined }) }),
        { nil: null },
      );
      await fc.assert(
        fc.asyncProperty(plannerBookOf(grids, dressings), async (book) => {
          const fake = host.open(book);
          await runDocumented(fake, "Validasi", book.grid.sheet);
          expectNotesFit(fake, book.grid.sheet);
          await validateThenClear(host, book);
          await eachCommandThenUndo(host, book);
        }),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 3_000),
  );
});
