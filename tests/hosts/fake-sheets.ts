import { a1, type Grid } from "../../core/grid";
import { UNDO_SHEET } from "../../core/undo/records";

/**
 * An honest fake of the part of Apps Script the add-on uses (ARCHITECTURE.md §5): SpreadsheetApp
 * (spreadsheet, sheets, ranges, range lists, data validation, the add-on menu and sidebar),
 * PropertiesService and HtmlService. Every call on any service object is counted, so tests can
 * assert that a command's calls do not grow with the table. It behaves as the real service does
 * where the add-on depends on it:
 * - setValues reads strings as typing does: "=…" is a formula, "'…" is text, a number written in the
 *   spreadsheet locale's convention becomes a number ("80,127" is 80.127 in id_ID, 80127 in en_US),
 *   anything else stays text; a cell formatted as plain text ("@") keeps the string.
 * - Formulas are stored as given, whatever the locale: Apps Script takes formulas with English
 *   function names and comma separators in every locale (see sheets-addon/sheets-port.ts for the
 *   sources). The fake does not calculate: a formula cell's value stays what it was until a test sets it.
 * - getBackgrounds reports a cell without fill as "#ffffff", colours in lower case; getNotes "" for none.
 * - Writing into a protected range throws the service's own message; merging keeps the top-left value.
 * - A cell's link (or other rich text) is lost whenever setValues writes the cell, even with the
 *   value it already has: the service writes plain values.
 */

export type Value = string | number | boolean | Date;

export interface Cell {
  value: Value | null;
  formula: string | null;
  format: string;
  background: string | null;
  note: string;
  bold: boolean;
  border: boolean;
  wrap: boolean;
  align: string | null;
  valign: string | null;
  validation: string[] | null;
  /** A link the planner put on the cell's text (rich text); set by tests. */
  link: string | null;
}

interface Rect {
  row: number; // 1-based
  col: number;
  rows: number;
  cols: number;
}

export interface SheetData {
  name: string;
  hidden: boolean;
  cells: Map<string, Cell>;
  merges: Rect[];
  widths: Map<number, number>;
  frozenRows: number;
  frozenCols: number;
  protectedRects: Rect[];
}

const GENERAL = "General";
const PROTECTED = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

const emptyCell = (): Cell => ({
  value: null,
  formula: null,
  format: GENERAL,
  background: null,
  note: "",
  bold: false,
  border: false,
  wrap: false,
  align: null,
  valign: null,
  validation: null,
  link: null,
});

const key = (row: number, col: number) => `${row},${col}`;

export class FakeSheets {
  readonly sheets: SheetData[] = [];
  /** Every service call, in order ("Range.getValues", …): its length is the count. */
  readonly log: string[] = [];
  readonly toasts: string[] = [];
  readonly alerts: string[] = [];
  readonly menu: { caption: string; fn: string }[] = [];
  sidebar: { file: string; title: string } | null = null;
  readonly documentProperties = new Map<string, string>();
  readonly userProperties = new Map<string, string>();
  active = { sheet: "", row: 1, col: 1, rows: 1, cols: 1 };
  private readonly failing = new Set<string>();

  constructor(readonly locale = "en_US") {}

  get calls(): number {
    return this.log.length;
  }

  // ---- set-up and inspection for tests (not counted) ----------------------------------------

  /** A sheet holding the grid's values, formulas and number formats. */
  addSheet(grid: Grid): SheetData {
    const sheet = this.newSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const format = grid.numberFormats?.[r]?.[c] ?? GENERAL;
        if (value === null && !formula && format === GENERAL) return;
        Object.assign(this.cell(sheet, grid.originRow + r, grid.originCol + c), { value, formula, format });
      }),
    );
    this.active = { sheet: this.active.sheet || sheet.name, row: 1, col: 1, rows: 1, cols: 1 };
    return sheet;
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cell(sheet: SheetData, row: number, col: number): Cell {
    let cell = sheet.cells.get(key(row, col));
    if (!cell) sheet.cells.set(key(row, col), (cell = emptyCell()));
    return cell;
  }

  /** The next call of `method` ("Range.setNotes") fails as the service fails now and then. */
  failNext(method: string): void {
    this.failing.add(method);
  }

  /** Makes a range of a sheet uneditable for the user running the add-on. */
  protect(sheet: string, range: string): void {
    this.sheet(sheet)!.protectedRects.push(parseA1(range));
  }

  /** Everything a sheet holds, for exact before/after comparisons: non-default cells by A1, and its layout. */
  dump(name: string): { cells: Record<string, Cell>; merges: string[]; widths: [number, number][]; frozen: [number, number]; hidden: boolean } {
    const sheet = this.sheet(name)!;
    const cells: Record<string, Cell> = {};
    const blank = JSON.stringify(emptyCell());
    for (const [k, cell] of sheet.cells) {
      if (JSON.stringify(cell) === blank) continue;
      const [r, c] = k.split(",").map(Number);
      cells[a1(r, c)] = { ...cell };
    }
    return {
      cells,
      merges: sheet.merges.map(rectA1).sort(),
      widths: [...sheet.widths].sort((a, b) => a[0] - b[0]),
      frozen: [sheet.frozenRows, sheet.frozenCols],
      hidden: sheet.hidden,
    };
  }

  /** The globals Apps Script gives a script, counted. */
  globals(files: Record<string, string> = {}): { SpreadsheetApp: unknown; PropertiesService: unknown; HtmlService: unknown; Logger: unknown } {
    const properties = (store: Map<string, string>) =>
      this.counted("Properties", {
        getProperty: (k: string) => store.get(k) ?? null,
        setProperty: (k: string, v: string) => void store.set(k, String(v)),
        deleteProperty: (k: string) => void store.delete(k),
      });
    return {
      SpreadsheetApp: this.counted("SpreadsheetApp", {
        getActive: () => this.spreadsheet(),
        getUi: () => this.ui(),
        newDataValidation: () => this.validationBuilder(),
      }),
      PropertiesService: this.counted("PropertiesService", {
        getDocumentProperties: () => properties(this.documentProperties),
        getUserProperties: () => properties(this.userProperties),
      }),
      HtmlService: this.counted("HtmlService", {
        createHtmlOutputFromFile: (file: string) => {
          if (!(file in files)) throw new Error(`No HTML file named ${file} was found.`);
          const output = { file, title: "" };
          const html: object = this.counted("HtmlOutput", {
            setTitle: (title: string) => ((output.title = title), html),
            _output: output,
          });
          return html;
        },
      }),
      Logger: this.counted("Logger", { log: () => undefined }),
    };
  }

  // ---- the services -------------------------------------------------------------------------

  /** Wraps a service object so that every method call is logged. Members starting with "_" are the fake's own. */
  private counted<T extends object>(kind: string, target: T): T {
    const { log, failing } = this;
    return new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver);
        if (typeof v !== "function" || typeof prop !== "string" || prop.startsWith("_")) return v;
        return (...args: unknown[]) => {
          const name = `${kind}.${prop}`;
          log.push(name);
          if (failing.delete(name)) throw new Error("Service Spreadsheets timed out while accessing document with id fake-spreadsheet-id.");
          return v.apply(t, args);
        };
      },
    });
  }

  private newSheet(name: string): SheetData {
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet: SheetData = { name, hidden: false, cells: new Map(), merges: [], widths: new Map(), frozenRows: 0, frozenCols: 0, protectedRects: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  private spreadsheet(): object {
    return this.counted("Spreadsheet", {
      getSheetByName: (name: string) => (this.sheet(name) ? this.sheetService(name) : null),
      getSheets: () => this.sheets.map((s) => this.sheetService(s.name)),
      getActiveSheet: () => this.sheetService(this.active.sheet),
      getActiveRange: () => this.range(this.active.sheet, this.active),
      getCurrentCell: () => this.range(this.active.sheet, { ...this.active, rows: 1, cols: 1 }),
      getRange: (notation: string) => {
        const bang = notation.lastIndexOf("!");
        const raw = notation.slice(0, bang);
        const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
        if (!this.sheet(name)) throw new Error(`Range not found`);
        return this.range(name, parseA1(notation.slice(bang + 1)));
      },
      insertSheet: (name: string) => {
        this.newSheet(name);
        // Apps Script makes the inserted sheet the active one.
        this.active = { sheet: name, row: 1, col: 1, rows: 1, cols: 1 };
        return this.sheetService(name);
      },
      deleteSheet: (sheet: { getName(): string }) => {
        const name = (sheet as unknown as { _name: string })._name;
        if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
        this.sheets.splice(this.sheets.indexOf(this.sheet(name)!), 1);
        if (this.active.sheet === name) this.active = { sheet: this.sheets.find((s) => !s.hidden)!.name, row: 1, col: 1, rows: 1, cols: 1 };
      },
      getId: () => "fake-spreadsheet-id",
      toast: (message: string) => void this.toasts.push(message),
    });
  }

  private sheetService(name: string): object {
    const data = () => {
      const sheet = this.sheet(name);
      if (!sheet) throw new Error("Sheet not found (it was deleted)");
      return sheet;
    };
    return this.counted("Sheet", {
      _name: name,
      getName: () => name,
      getRange: (rowOrA1: number | string, col?: number, rows = 1, cols = 1) =>
        this.range(name, typeof rowOrA1 === "string" ? parseA1(rowOrA1) : { row: rowOrA1, col: col!, rows, cols }),
      getDataRange: () => this.range(name, { row: 1, col: 1, rows: Math.max(1, lastOf(data(), 0)), cols: Math.max(1, lastOf(data(), 1)) }),
      getRangeList: (notations: string[]) => this.rangeList(name, notations.map(parseA1)),
      hideSheet: () => {
        if (this.sheets.filter((s) => !s.hidden && s.name !== name).length === 0) throw new Error("You can't hide all the sheets in a document.");
        data().hidden = true;
        if (this.active.sheet === name) this.active = { sheet: this.sheets.find((s) => !s.hidden)!.name, row: 1, col: 1, rows: 1, cols: 1 };
      },
      activate: () => {
        data().hidden = false;
        this.active = { sheet: name, row: 1, col: 1, rows: 1, cols: 1 };
      },
      setFrozenRows: (n: number) => void (data().frozenRows = n),
      setFrozenColumns: (n: number) => void (data().frozenCols = n),
      setColumnWidth: (col: number, px: number) => void data().widths.set(col, px),
    });
  }

  /** Each cell of a rectangle, row-major. */
  private each<T>(sheet: SheetData, rect: Rect, f: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.cols }, (_, c) => f(sheet.cells.get(key(rect.row + r, rect.col + c)), rect.row + r, rect.col + c)));
  }

  /** A write: refused as a whole when it touches a protected cell. */
  private write(sheet: SheetData, rects: Rect[], f: (cell: Cell, row: number, col: number) => void): void {
    if (rects.some((r) => sheet.protectedRects.some((p) => overlaps(r, p)))) throw new Error(PROTECTED);
    for (const rect of rects) this.each(sheet, rect, (_, row, col) => f(this.cell(sheet, row, col), row, col));
  }

  /** A 2-D write must match the range's shape, as the service requires. */
  private grid<T>(sheet: SheetData, rect: Rect, data: T[][], f: (cell: Cell, x: T) => void): void {
    if (data.length !== rect.rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.rows}.`);
    const bad = data.find((r) => r.length !== rect.cols);
    if (bad) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${rect.cols}.`);
    this.write(sheet, [rect], (cell, row, col) => f(cell, data[row - rect.row][col - rect.col]));
  }

  private range(name: string, rect: Rect): object {
    const sheet = () => {
      const s = this.sheet(name);
      if (!s) throw new Error("Sheet not found (it was deleted)");
      return s;
    };
    return this.counted("Range", {
      getSheet: () => this.sheetService(name),
      getRow: () => rect.row,
      getColumn: () => rect.col,
      getA1Notation: () => rectA1(rect),
      getValues: () => this.each(sheet(), rect, (c) => (c?.value instanceof Date ? new Date(c.value) : c?.value ?? "")),
      getFormulas: () => this.each(sheet(), rect, (c) => c?.formula ?? ""),
      getNumberFormats: () => this.each(sheet(), rect, (c) => c?.format ?? GENERAL),
      getBackgrounds: () => this.each(sheet(), rect, (c) => c?.background ?? "#ffffff"),
      getNotes: () => this.each(sheet(), rect, (c) => c?.note ?? ""),
      setValues: (data: unknown[][]) => (this.grid(sheet(), rect, data, (cell, x) => this.enter(cell, x)), this.range(name, rect)),
      setNumberFormats: (data: string[][]) => (this.grid(sheet(), rect, data, (cell, x) => (cell.format = x)), this.range(name, rect)),
      setBackgrounds: (data: (string | null)[][]) => (this.grid(sheet(), rect, data, (cell, x) => (cell.background = x ? x.toLowerCase() : null)), this.range(name, rect)),
      setNotes: (data: (string | null)[][]) => (this.grid(sheet(), rect, data, (cell, x) => (cell.note = x ?? "")), this.range(name, rect)),
      clearContent: () => {
        this.write(sheet(), [rect], (cell) => Object.assign(cell, { value: null, formula: null }));
        return this.range(name, rect);
      },
      merge: () => {
        const s = sheet();
        if (s.merges.some((m) => overlaps(m, rect))) throw new Error("You must select all cells in a merged range to merge or unmerge them.");
        // The service keeps the top-left value of a merged range and drops the others.
        this.write(s, [rect], (cell, row, col) => {
          if (row !== rect.row || col !== rect.col) Object.assign(cell, { value: null, formula: null });
        });
        s.merges.push(rect);
        return this.range(name, rect);
      },
      setDataValidation: (rule: { _list: string[] }) => (this.write(sheet(), [rect], (cell) => (cell.validation = rule._list)), this.range(name, rect)),
      activate: () => {
        sheet().hidden = false;
        this.active = { sheet: name, ...rect };
        return this.range(name, rect);
      },
    });
  }

  private rangeList(name: string, rects: Rect[]): object {
    const set = (f: (cell: Cell) => void) => {
      this.write(this.sheet(name)!, rects, f);
      return this.rangeList(name, rects);
    };
    return this.counted("RangeList", {
      setNumberFormat: (format: string) => set((c) => (c.format = format)),
      setFontWeight: (weight: string | null) => set((c) => (c.bold = weight === "bold")),
      setBackground: (color: string | null) => set((c) => (c.background = color ? color.toLowerCase() : null)),
      setWrap: (wrap: boolean) => set((c) => (c.wrap = wrap)),
      setHorizontalAlignment: (align: string | null) => set((c) => (c.align = align)),
      setVerticalAlignment: (align: string | null) => set((c) => (c.valign = align)),
      // Every edge of every cell: what (true, true, true, true, true, true) draws.
      setBorder: (...edges: (boolean | null)[]) => {
        if (edges.length !== 6 || edges.some((e) => e !== true)) throw new Error("the fake models setBorder(true, true, true, true, true, true) only");
        return set((c) => (c.border = true));
      },
    });
  }

  /** What typing `x` into a cell does (setValues). */
  private enter(cell: Cell, x: unknown): void {
    cell.link = null;
    if (x === null || x === undefined || x === "") return void Object.assign(cell, { value: null, formula: null });
    if (typeof x === "string" && x.startsWith("=")) return void (cell.formula = x);
    cell.formula = null;
    if (typeof x !== "string") return void (cell.value = x instanceof Date ? new Date(x) : (x as Value));
    if (x.startsWith("'")) return void (cell.value = x.slice(1));
    cell.value = cell.format === "@" ? x : (localeNumber(x, this.locale) ?? x);
  }

  private ui(): object {
    return this.counted("Ui", {
      createAddonMenu: () => {
        const items: { caption: string; fn: string }[] = [];
        const menu: object = this.counted("Menu", {
          addItem: (caption: string, fn: string) => (items.push({ caption, fn }), menu),
          addSeparator: () => (items.push({ caption: "-", fn: "" }), menu),
          addToUi: () => void this.menu.splice(0, this.menu.length, ...items),
        });
        return menu;
      },
      showSidebar: (output: { _output: { file: string; title: string } }) => void (this.sidebar = { file: output._output.file, title: output._output.title }),
      alert: (message: string) => void this.alerts.push(message),
    });
  }

  private validationBuilder(): object {
    const rule = { _list: [] as string[], helpText: "", allowInvalid: true };
    const builder: object = this.counted("DataValidationBuilder", {
      requireValueInList: (list: string[]) => ((rule._list = [...list]), builder),
      setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
      setHelpText: (text: string) => ((rule.helpText = text), builder),
      build: () => rule,
    });
    return builder;
  }
}

/** A plain number as the locale writes it: id_ID (Sheets reports "in_ID" too) "1.234,5", otherwise "1,234.5". */
function localeNumber(text: string, locale: string): number | null {
  const [group, decimal] = /^(id|in)_/.test(locale) ? [".", ","] : [",", "."];
  const esc = (s: string) => `\\${s}`;
  const re = new RegExp(`^-?(\\d{1,3}(${esc(group)}\\d{3})+|\\d+)(${esc(decimal)}\\d+)?$`);
  if (!re.test(text.trim())) return null;
  return Number(text.trim().split(group).join("").replace(decimal, "."));
}

/** Last row (axis 0) or column (axis 1) holding content: where getDataRange ends. */
function lastOf(sheet: SheetData, axis: 0 | 1): number {
  let last = 0;
  for (const [k, cell] of sheet.cells) if (cell.value !== null || cell.formula !== null) last = Math.max(last, Number(k.split(",")[axis]));
  return last;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function parseA1(notation: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(notation);
  if (!m) throw new Error(`Range not found: ${notation}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]), col(m[3])] : [r1, c1];
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function rectA1(r: Rect): string {
  const first = a1(r.row, r.col);
  return r.rows * r.cols === 1 ? first : `${first}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

// ---- for the tests ------------------------------------------------------------------------------

/**
 * A fake spreadsheet holding the grid, with a planner's own fill and note on its first cell, whose
 * globals (SpreadsheetApp, PropertiesService, HtmlService, Logger) the add-on's modules now see.
 */
export function spreadsheetWith(grid: Grid, locale = "en_US"): FakeSheets {
  const fake = new FakeSheets(locale);
  const sheet = fake.addSheet(grid);
  Object.assign(fake.cell(sheet, grid.originRow, grid.originCol), { background: "#00ff00", note: "catatan perencana" });
  Object.assign(globalThis, fake.globals({ Sidebar: "<!doctype html><title>Tabel Renstra</title>" }));
  return fake;
}

/** The service calls a step makes. */
export function callsOf(fake: FakeSheets, step: () => unknown): number {
  const before = fake.calls;
  step();
  return fake.calls - before;
}

/** Every sheet but the undo records, as the planner sees the spreadsheet. */
export function plannerView(fake: FakeSheets): Record<string, ReturnType<FakeSheets["dump"]>> {
  return Object.fromEntries(fake.sheets.filter((s) => s.name !== UNDO_SHEET).map((s) => [s.name, fake.dump(s.name)]));
}
