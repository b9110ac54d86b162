/**
 * Bad inputs that, read whole, pass what one Excel on the web response may carry (5 MB), on the
 * Excel add-in's fake with notes (ExcelApi 1.18) and with threaded comments (1.10): a T-C.27 whose
 * planners left notes of Excel's 32 767-character limit on 285 cells (9 MB together), and T-C.27s
 * whose 91 or 182 targets each hold a text that long (3 MB, 6 MB) instead of a number. The fake
 * refuses any sync whose request or response passes 5 MB, as Excel on the web does, so a command
 * that succeeds here read and wrote them a part at a time (a refused read asked again in smaller
 * parts); and the file's check of every sync says no request went past the limit. Every command succeeds: Validasi marks each text target,
 * Hapus tanda gives back every cell exactly, and Urungkan after a command, or after a run of them,
 * gives back the workbook exactly — the planners' long notes and texts whole.
 */
import { MARK_FILL } from "../../core/commands/marks";
import type { ValidationReport } from "../../core/commands/types";
import { a1, type RawCell } from "../../core/grid";
import { FakeExcel, PAYLOAD_LIMIT } from "../hosts/fake-excel";
import { longText, MAX_CELL_TEXT } from "./support/corpus";
import { eachCommandThenUndo, undoGivesBack, validateThenClear } from "./support/host-invariants";
import { EXCEL_COMMENTS, EXCEL_NOTES, type PlannerBook, runDocumented } from "./support/hosts";
import { asGrid, largeTc27 } from "./support/large";
import { COL, HEADER_HEIGHT } from "./support/tc27";

/** Each case opens up to nine workbooks of megabytes and compares them whole. */
const TIMEOUT = 300_000;
const SHEET = "T-C.27";

/** A planner's note, and a target's text, of Excel's limit on a cell's text. */
const NOTE = longText("catatan perencana: cek lagi dengan Bappeda ");
const TEXT = longText("sepuluh dokumen perencanaan ");

const MARK_FILLS = Object.values(MARK_FILL).map((f) => `#${f.toLowerCase()}`);

/**
 * A T-C.27 of one program (91 data rows, one sub kegiatan's 2026 Rp wrong, so Validasi and Hitung
 * ulang capaian have something to mark and to correct) with the planner's note on every fifth cell
 * of its 95 × 15: 285 notes.
 */
function notedBook(): PlannerBook {
  const { rows } = largeTc27(91, 1);
  return { grid: asGrid(rows), dressings: [{ formula: false, note: NOTE }, null, null, null, null], active: { row: 1, col: 1 }, locale: "id_ID" };
}

/** A T-C.27 of `dataRows` rows (whole programs of 91) whose every 2025 target holds TEXT, not a number. */
function textTargets(dataRows: number): { book: PlannerBook; cells: string[] } {
  const { rows } = largeTc27(dataRows, 1);
  const cells: string[] = [];
  rows.forEach((line: RawCell[], r) => {
    if (r < HEADER_HEIGHT) return;
    line[COL.target(0) - 1] = TEXT;
    cells.push(a1(r + 1, COL.target(0)));
  });
  return { book: { grid: asGrid(rows), dressings: [], active: { row: 1, col: 1 }, locale: "id_ID" }, cells };
}

/** Every fake opened in the running test, for the sizes of all its syncs (refused ones included). */
const fakes = new Set<FakeExcel>();
beforeEach(() => {
  fakes.clear();
  const sync = FakeExcel.prototype.sync;
  jest.spyOn(FakeExcel.prototype, "sync").mockImplementation(function (this: FakeExcel) {
    fakes.add(this);
    return sync.call(this);
  });
});
afterEach(() => jest.restoreAllMocks());

/**
 * No sync of the test sent a request past Excel on the web's 5 MB. A response can only be known too
 * large once asked for: Excel (and the fake) refuses it, and the add-in asks again in smaller parts —
 * so some syncs were refused, and every command still succeeded.
 */
function expectWithinLimits(): void {
  expect(fakes.size).toBeGreaterThan(0);
  const over = [...fakes].flatMap((fake) => fake.syncs.flatMap((request, i) => (request > PAYLOAD_LIMIT ? [{ sync: i + 1, request }] : [])));
  expect(over).toEqual([]);
}

describe.each([EXCEL_NOTES, EXCEL_COMMENTS])("$name", (host) => {
  test(
    "planners' notes of 32 767 characters, 9 MB together: every command succeeds, Hapus tanda and Urungkan give the workbook back exactly",
    async () => {
      const book = notedBook();
      const notes = Object.values(host.open(book).annotations(SHEET)).filter((a) => a.note === NOTE);
      expect(NOTE).toHaveLength(MAX_CELL_TEXT);
      expect(notes).toHaveLength(285);
      expect(notes.length * NOTE.length).toBeGreaterThan(9_000_000);
      await validateThenClear(host, book);
      await eachCommandThenUndo(host, book);
      expectWithinLimits();
    },
    TIMEOUT,
  );

  test.each([91, 182])(
    "%i targets of 32 767 characters, marked: Validasi marks each, Hapus tanda gives every cell back; Validasi → Hitung ulang capaian → Urungkan ×2 gives back exactly",
    async (count) => {
      const { book, cells } = textTargets(count);
      expect(cells).toHaveLength(count);
      expect(count * TEXT.length).toBeGreaterThan(count === 91 ? 2_900_000 : 5_900_000);
      const fake = host.open(book);
      const validated = await runDocumented(fake, "Validasi", SHEET);
      expect(validated).toMatchObject({ ok: true });
      const found = new Set((validated as { value: ValidationReport }).value.findings.map((f) => f.cell));
      expect(cells.filter((cell) => !found.has(cell))).toEqual([]);
      const marks = fake.annotations(SHEET);
      expect(cells.filter((cell) => !MARK_FILLS.includes(marks[cell]?.fill ?? ""))).toEqual([]);
      await validateThenClear(host, book);
      await undoGivesBack(host, book, ["Validasi", "Hitung ulang capaian"]);
      expectWithinLimits();
    },
    TIMEOUT,
  );

  test(
    "182 targets of 32 767 characters: Validasi → Hitung ulang capaian → Validasi → Urungkan ×3 gives back the workbook exactly",
    async () => {
      await undoGivesBack(host, textTargets(182).book, ["Validasi", "Hitung ulang capaian", "Validasi"]);
      expectWithinLimits();
    },
    TIMEOUT,
  );
});
