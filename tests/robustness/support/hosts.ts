/**
 * Both add-ins on their honest fakes, driven the way the pane drives them — through the HostBridge
 * each host gives it:
 * - Excel: createExcelBridge over the fake's Excel.run, with notes (ExcelApi 1.18) and with the
 *   threaded-comments fallback (ExcelApi 1.10);
 * - Google Sheets: the sidebar's createSidebarBridge over google.script.run, whose calls cross JSON
 *   into the server functions of sheets-addon/pane-server.ts on the fake spreadsheet.
 * A planner's workbook for them: a random grid at its place on a sheet, its cells dressed with the
 * planner's own formulas, number formats, fills and notes (./arbitraries.ts `dressing`), a second
 * sheet beside it, an active cell, and (Sheets) the spreadsheet's locale. `view` is everything a
 * planner sees of the workbook, cell for cell, for exact before/after comparisons.
 */
import fc from "fast-check";
import { emptySheet, noTable, protectedSheet } from "../../../core/commands/errors";
import { a1, gridWidth, type Grid, type RawCell } from "../../../core/grid";
import { DEFAULT_SETTINGS } from "../../../core/settings";
import { UNDO_SHEET } from "../../../core/undo/records";
import { createExcelBridge } from "../../../excel-addin/excel-bridge";
import * as paneServer from "../../../sheets-addon/pane-server";
import { createSidebarBridge } from "../../../sheets-addon/sidebar-bridge";
import type { HostBridge } from "../../../ui/host-bridge";
import { installScriptRun } from "../../browser/sheets/script-run";
import { type ApiVersion, FakeExcel } from "../../hosts/fake-excel";
import { FakeSheets, plannerView } from "../../hosts/fake-sheets";
import { type Dressing, dressing } from "./arbitraries";

export interface PlannerBook {
  /** The planner's table sheet: values, and any formulas and number formats of its own. */
  grid: Grid;
  /** The cell at grid row r, column c wears dressings[(r * 7 + c) % length]; null: none. */
  dressings: (Dressing | null)[];
  /** The active cell (1-based): the commands look at the table around it. */
  active: { row: number; col: number };
  /** The spreadsheet's locale (Sheets reads typed numbers by it). */
  locale: "en_US" | "id_ID";
}

/** The sheet beside the table, which no command may touch. */
export const OTHER_SHEET = "Lain";

/** The sheet rows and columns a grid covers. */
export function gridBounds(grid: Grid) {
  return { top: grid.originRow, bottom: grid.originRow + grid.values.length - 1, left: grid.originCol, right: grid.originCol + gridWidth(grid) - 1 };
}

export function insideGrid(grid: Grid, row: number, col: number): boolean {
  const b = gridBounds(grid);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/**
 * A value as a spreadsheet cell can hold it: an empty string is an empty cell (neither host's API
 * tells them apart, in reading or writing), and -0 is 0 (no spreadsheet keeps the sign of zero).
 */
function storedValue(v: RawCell | undefined): RawCell {
  if (v === undefined || v === "") return null;
  return Object.is(v, -0) ? 0 : v;
}

/** What the planner left in each cell of the grid's rectangle: content, formula, format, fill (#RRGGBB), note. */
interface PlannerCell {
  row: number;
  col: number;
  value: RawCell;
  formula: string | null;
  format: string | null;
  fill: string | null;
  note: string | null;
}

function plannerCells(book: PlannerBook): PlannerCell[] {
  const { grid, dressings } = book;
  const cells: PlannerCell[] = [];
  const width = gridWidth(grid);
  grid.values.forEach((line, r) => {
    for (let c = 0; c < width; c++) {
      const value = storedValue(line[c]);
      const d = dressings.length ? dressings[(r * 7 + c) % dressings.length] : null;
      const ownFormula = grid.formulas?.[r]?.[c] ?? null;
      cells.push({
        row: grid.originRow + r,
        col: grid.originCol + c,
        value,
        formula: ownFormula ?? (d?.formula && typeof value === "number" ? `=${value}` : null),
        format: d?.numFmt ?? grid.numberFormats?.[r]?.[c] ?? null,
        fill: d?.fill ? `#${d.fill.slice(2)}` : null,
        note: d?.note ?? null,
      });
    }
  });
  return cells;
}

/** The grid as the sheet holds it: values as a cell keeps them, with the planner's formulas and number formats. */
export function sheetGrid(book: PlannerBook): Grid {
  const { grid } = book;
  const at = new Map(plannerCells(book).map((c) => [`${c.row},${c.col}`, c]));
  const of = <T>(f: (c: PlannerCell) => T) => grid.values.map((_, r) => Array.from({ length: gridWidth(grid) }, (_, c) => f(at.get(`${grid.originRow + r},${grid.originCol + c}`)!)));
  return { sheet: grid.sheet, originRow: grid.originRow, originCol: grid.originCol, values: of((c) => c.value), formulas: of((c) => c.formula), numberFormats: of((c) => c.format) };
}

/** One sheet as the planner sees it: its layout, and its non-empty cells by A1. */
export interface SheetView {
  name: string;
  layout: unknown;
  cells: Record<string, unknown>;
}

/** A cell's fill ("#rrggbb", null for none) and the note (Excel 1.10: the comment) on it. */
export interface Annotation {
  fill: string | null;
  note: string | null;
}

/** A cell's content as the planner sees it. */
export interface Entry {
  value: unknown;
  formula: string | null;
  format: string;
}

export type Outcome<T = unknown> = { ok: true; value: T } | { ok: false; message: string };

/** One workbook on one host's fake. */
export interface HostFake {
  readonly bridge: HostBridge;
  /** Every sheet but the add-in's hidden undo sheet, in order. */
  view(): SheetView[];
  /** A sheet's cells without what marks change (fill and note, or comment on Excel 1.10): contents, formulas, formats, look. */
  contents(sheet: string): Record<string, unknown>;
  /** Every non-empty cell's content as the planner sees it, by A1: value (a formula cell's is the host's to compute), formula, number format. */
  entries(sheet: string): Record<string, Entry>;
  /** Every cell of the sheet that has a fill or a note, by A1. */
  annotations(sheet: string): Record<string, Annotation>;
  /** Protects the sheet (the host refuses every write to it), or with `on` false takes the protection off. */
  protect(sheet: string, on?: boolean): void;
  /** The cells show these results, as the host shows formula cells once it has calculated. */
  calculate(sheet: string, results: { row: number; col: number; value: RawCell }[]): void;
  /** The error the host's API or the add-in raised before the bridge turned it into a message. */
  cause(): unknown;
}

export interface Host {
  readonly name: string;
  open(book: PlannerBook): HostFake;
}

/** The fakes do not calculate: what a formula cell shows is the host's to compute, so a view compares its formula. */
const shown = <C extends { formula: string | null; value: unknown }>(cell: C): C => (cell.formula ? { ...cell, value: null } : cell);
const mapCells = <C extends { formula: string | null; value: unknown }>(cells: Record<string, C>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, shown(c)]));

/** The entries of the cells that hold something. */
function entriesOf(cells: [string, Entry][]): Record<string, Entry> {
  return Object.fromEntries(cells.filter(([, e]) => e.value !== null || e.formula !== null || e.format !== "General").map(([k, e]) => [k, shown(e)]));
}

/** The cells of a view's sheet without the properties marks change, cells left blank by that dropped. */
function contentsOf(views: SheetView[], sheet: string, markKeys: string[], blank: object): Record<string, unknown> {
  const strip = (cell: unknown) => Object.fromEntries(Object.entries(cell as object).filter(([k]) => !markKeys.includes(k)));
  const empty = JSON.stringify(strip(blank));
  const cells = Object.entries(views.find((s) => s.name === sheet)?.cells ?? {}).map(([k, c]) => [k, strip(c)] as const);
  return Object.fromEntries(cells.filter(([, c]) => JSON.stringify(c) !== empty));
}

function excel(api: ApiVersion): Host {
  const notes = api === "1.18";
  return {
    name: notes ? "Excel with notes (ExcelApi 1.18)" : "Excel with comments (ExcelApi 1.10)",
    open(book) {
      const fake = new FakeExcel(api);
      const sheet = fake.addSheet(sheetGrid(book));
      for (const c of plannerCells(book)) {
        if (c.fill) fake.cell(sheet, c.row - 1, c.col - 1).fill = c.fill;
        // A workbook carries both notes and comments, whichever this Excel lets the add-in edit.
        if (c.note) for (const store of [fake.notes, fake.comments]) store.set(`${sheet.name}!${a1(c.row, c.col)}`, c.note);
      }
      fake.addSheet({ sheet: OTHER_SHEET, originRow: 1, originCol: 1, values: [["catatan", 1]] });
      fake.selection = a1(book.active.row, book.active.col);
      let cause: unknown;
      const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        fake.run(batch).catch((e: unknown) => {
          cause = e;
          throw e;
        });
      const bridge = createExcelBridge({ run, capabilities: { notes }, today: () => new Date(2025, 5, 1) });
      const view = (): SheetView[] =>
        fake.sheets
          .filter((s) => s.name !== UNDO_SHEET)
          .map((s) => ({
            name: s.name,
            layout: { visibility: s.visibility, protected: s.protected, merges: s.merges, columnWidths: [...s.columnWidths], freeze: s.freeze, page: s.page, validations: s.validations },
            cells: mapCells(fake.dump(s.name)),
          }));
      // A cell nobody touched, as the fake holds it.
      const blank = { ...new FakeExcel().cell(new FakeExcel().newSheet("kosong"), 0, 0), note: null, comment: null };
      return {
        bridge,
        view,
        contents: (name) => contentsOf(view(), name, ["fill", notes ? "note" : "comment"], blank),
        entries: (name) => entriesOf(Object.entries(fake.dump(name)).map(([k, c]) => [k, { value: c.value, formula: c.formula, format: c.numberFormat }])),
        annotations: (name) =>
          Object.fromEntries(
            Object.entries(fake.dump(name))
              .map(([address, cell]) => [address, { fill: cell.fill?.toLowerCase() ?? null, note: (notes ? cell.note : cell.comment) ?? null }] as const)
              .filter(([, a]) => a.fill !== null || a.note !== null),
          ),
        protect: (name, on = true) => void (fake.sheet(name)!.protected = on),
        calculate: (name, results) => {
          // The fake reads a formula cell's value as "": its result stands in its place.
          for (const { row, col, value } of results) Object.assign(fake.cell(fake.sheet(name)!, row - 1, col - 1), { formula: null, value });
        },
        cause: () => cause,
      };
    },
  };
}

/** The sidebar's page for HtmlService (the fake only checks that it exists). */
const FILES = { Sidebar: "<!doctype html><title>Tabel Renstra</title>" };

const sheets: Host = {
  name: "Google Sheets",
  open(book) {
    const fake = new FakeSheets(book.locale);
    const data = fake.addSheet(sheetGrid(book));
    for (const c of plannerCells(book)) {
      if (c.fill) fake.cell(data, c.row, c.col).background = c.fill.toLowerCase();
      if (c.note) fake.cell(data, c.row, c.col).note = c.note;
    }
    fake.addSheet({ sheet: OTHER_SHEET, originRow: 1, originCol: 1, values: [["catatan", 1]] });
    fake.active = { sheet: data.name, row: book.active.row, col: book.active.col, rows: 1, cols: 1 };
    let cause: unknown;
    // google.script.run's server side: the pane's function on this spreadsheet, arguments and result as JSON.
    const callServer = async (name: string, args: string) => {
      const fn = (paneServer as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
      try {
        const result = (fn as (...a: unknown[]) => unknown)(...(JSON.parse(args) as unknown[]));
        return result === undefined ? undefined : JSON.stringify(result);
      } catch (e) {
        cause = e;
        throw e;
      }
    };
    const globals = fake.globals(FILES);
    const inner = createSidebarBridge();
    // Apps Script's globals are this spreadsheet's for each call (another test's fake may have replaced them).
    const bridge = Object.fromEntries(
      Object.entries(inner).map(([k, v]) => [
        k,
        typeof v !== "function"
          ? v
          : (...args: unknown[]) => {
              Object.assign(globalThis, globals, { __callServer: callServer });
              installScriptRun();
              return (v as (...a: unknown[]) => unknown)(...args);
            },
      ]),
    ) as unknown as HostBridge;
    const view = (): SheetView[] => Object.entries(plannerView(fake)).map(([name, { cells, ...layout }]) => ({ name, layout, cells: mapCells(cells) }));
    // A cell nobody touched, as the fake holds it.
    const blank = new FakeSheets().cell(new FakeSheets().addSheet({ sheet: "kosong", originRow: 1, originCol: 1, values: [] }), 1, 1);
    return {
      bridge,
      view,
      contents: (name) => contentsOf(view(), name, ["background", "note"], blank),
      entries: (name) => entriesOf(Object.entries(fake.dump(name).cells).map(([k, c]) => [k, { value: c.value, formula: c.formula, format: c.format }])),
      annotations: (name) =>
        Object.fromEntries(
          Object.entries(fake.dump(name).cells)
            .map(([address, cell]) => [address, { fill: cell.background, note: cell.note || null }] as const)
            .filter(([, a]) => a.fill !== null || a.note !== null),
        ),
      protect: (name, on = true) => (on ? fake.protect(name, "A1:ZZZ1048576") : void (fake.sheet(name)!.protectedRects.length = 0)),
      calculate: (name, results) => {
        for (const { row, col, value } of results) fake.cell(fake.sheet(name)!, row, col).value = value;
      },
      cause: () => cause,
    };
  },
};

export const EXCEL_NOTES = excel("1.18");
export const EXCEL_COMMENTS = excel("1.10");
export const SHEETS = sheets;
export const HOSTS: Host[] = [EXCEL_NOTES, EXCEL_COMMENTS, SHEETS];

// ---- commands ----------------------------------------------------------------------------------

export const SETTINGS = DEFAULT_SETTINGS;

/** The pane's commands that change the workbook, by their Indonesian names. */
export const COMMANDS = ["Validasi", "Hapus tanda", "Hitung ulang capaian", "Rapikan angka", "Buat tabel"] as const;
export type Command = (typeof COMMANDS)[number] | "Urungkan";

/**
 * Runs a command as the pane does. Buat tabel makes the official T-C.27 when the table in use is
 * one (as the pane's header shows it), else the input template.
 */
export async function run(host: HostFake, command: Command): Promise<Outcome> {
  const { bridge } = host;
  try {
    switch (command) {
      case "Validasi":
        return { ok: true, value: await bridge.validate(SETTINGS) };
      case "Hapus tanda":
        return { ok: true, value: await bridge.clearMarks() };
      case "Hitung ulang capaian":
        return { ok: true, value: await bridge.recalc(SETTINGS) };
      case "Rapikan angka":
        return { ok: true, value: await bridge.normalize(SETTINGS) };
      case "Buat tabel": {
        const { table } = await bridge.describe();
        return { ok: true, value: await bridge.generate({ kind: table?.kind === "renstra-program" ? "renstra-program" : "template" }, SETTINGS) };
      }
      case "Urungkan":
        return { ok: true, value: await bridge.undo() };
    }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The refusals a command may answer with, each naming the sheet (core/commands/errors.ts). */
export function documentedRefusals(sheet: string): string[] {
  return [emptySheet(sheet), noTable(sheet, null), protectedSheet(sheet)].map((t) => t[SETTINGS.lang]);
}

/** The outcome is a success or a documented refusal naming the sheet; anything else fails with its cause. */
export function expectDocumented(host: HostFake, outcome: Outcome, sheet: string): void {
  if (outcome.ok || documentedRefusals(sheet).includes(outcome.message)) return;
  const cause = host.cause();
  throw new Error(`undocumented failure: "${outcome.message}"\ncaused by: ${cause instanceof Error ? cause.stack : String(cause)}`);
}

/** Runs a command and expects a success or a documented refusal. */
export async function runDocumented(host: HostFake, command: Command, sheet: string): Promise<Outcome> {
  const outcome = await run(host, command);
  expectDocumented(host, outcome, sheet);
  return outcome;
}

/** Addresses of the cells of a sheet that differ between two views. */
export function changedCells(before: SheetView[], after: SheetView[], sheet: string): string[] {
  const [a, b] = [before.find((s) => s.name === sheet)?.cells ?? {}, after.find((s) => s.name === sheet)?.cells ?? {}];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

// ---- arbitraries -------------------------------------------------------------------------------

/** A planner's workbook around a grid: some cells dressed (or none), an active cell on or near the grid, a locale. */
export function plannerBookOf(grids: fc.Arbitrary<Grid>, dressings: fc.Arbitrary<Dressing | null> = fc.option(dressing, { nil: null })): fc.Arbitrary<PlannerBook> {
  return grids.chain((grid) => {
    const b = gridBounds(grid);
    return fc.record({
      grid: fc.constant(grid),
      dressings: fc.array(dressings, { maxLength: 12 }),
      active: fc.oneof(
        fc.constant({ row: 1, col: 1 }),
        fc.record({ row: fc.integer({ min: b.top, max: Math.max(b.top, b.bottom) }), col: fc.integer({ min: b.left, max: Math.max(b.left, b.right) }) }),
      ),
      locale: fc.constantFrom<PlannerBook["locale"]>("en_US", "id_ID"),
    });
  });
}

/** Dressings without formulas: for comparisons where the fakes' not calculating would show. */
export const dressingWithoutFormula: fc.Arbitrary<Dressing | null> = fc.option(
  dressing.map((d) => ({ ...d, formula: false })),
  { nil: null },
);

/** The same planner's dressings, fixed: for the real tables, run once each. */
export const FIXED_DRESSINGS: (Dressing | null)[] = [
  { formula: false, fill: "FFFFFF00", note: "catatan perencana" },
  null,
  { formula: true, numFmt: "#,##0" },
  null,
  { formula: false, fill: "FFC6EFCE" },
  { formula: false, note: "cek lagi\nbaris kedua" },
  null,
];
