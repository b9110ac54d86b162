import { a1, type Grid, type RawCell } from "../../core/grid";

/**
 * An honest fake of the part of Excel's object model the add-in uses (ARCHITECTURE.md §5). Proxies
 * queue their loads, writes and calls, which take effect in order at `sync()`; a property read
 * before `load()` + `sync()` throws PropertyNotLoaded; a failing call fails its sync, the calls
 * before it having taken effect, as in Excel. Every sync is counted with its request size (the
 * bytes of the JSON of what it carries: each call's object path, name and arguments) and its
 * response size (the JSON of what its loads read). Like Excel on the web, a sync whose request
 * passes 5 MB fails before anything runs (RequestPayloadSizeLimitExceeded), and one whose response
 * would pass 5 MB fails with nothing read (ResponsePayloadSizeLimitExceeded).
 *
 * `api: "1.10"` is an Excel without notes (ExcelApi 1.18): touching `workbook.notes` throws, and
 * threaded comments are there instead. A protected sheet refuses every write with AccessDenied.
 * It does not calculate: a formula cell's value reads as "". No Node-only imports: the browser
 * test of the pane builds its stub Office host on this file.
 */

export type ApiVersion = "1.18" | "1.10";

/** Excel on the web's limit on a sync's request and on its response. */
export const PAYLOAD_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface Cell {
  value: RawCell;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold?: boolean;
  wrap?: boolean;
  indent?: number;
  align?: string;
  valign?: string;
  /** Sides with a thin line: 1 top, 2 bottom, 4 left, 8 right. */
  borders?: number;
}

export interface Sheet {
  name: string;
  visibility: "Visible" | "Hidden";
  protected: boolean;
  /** Cells by row * MAX_COLS + col (0-based). */
  cells: Map<number, Cell>;
  merges: string[];
  /** Column widths in points by 1-based column. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  page: { orientation?: string; paperSize?: string; zoom?: Excel.PageLayoutZoomOptions; printTitleRows?: string };
  validations: { range: string; rule?: Excel.DataValidationRule; errorAlert?: Excel.DataValidationErrorAlert; prompt?: Excel.DataValidationPrompt }[];
}

interface Bounds {
  sheet: Sheet;
  row: number; // 0-based
  col: number;
  rows: number;
  cols: number;
}

/** The error Excel's batch rejects with: a code and a message. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

const key = (row: number, col: number) => row * MAX_COLS + col;

export class FakeExcel {
  readonly sheets: Sheet[] = [];
  /** Notes (ExcelApi 1.18) and threaded comments (1.10), by "Sheet!A1". */
  readonly notes = new Map<string, string>();
  readonly comments = new Map<string, string>();
  /** Workbook settings (Office stores them as JSON). */
  readonly settings = new Map<string, unknown>();
  active = "";
  /** The selected range on the active sheet ("A1" or "B3:C4"). */
  selection = "A1";
  /** Request bytes of each sync, in order: its length is the number of syncs. */
  readonly syncs: number[] = [];
  /** Response bytes of each sync (the JSON of what its loads read): Excel on the web limits these to 5 MB too. */
  readonly responses: number[] = [];
  private queued: { bytes: number; run: () => void }[] = [];
  /** What the running sync's loads hand to their proxies once its response is known to fit. */
  private deliveries: (() => void)[] = [];

  constructor(readonly api: ApiVersion = "1.18") {}

  /** A sheet holding the grid (values, formulas, number formats). */
  addSheet(grid: Grid): Sheet {
    const sheet = this.newSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const numberFormat = grid.numberFormats?.[r]?.[c] ?? "General";
        if (value === null && !formula && numberFormat === "General") return;
        sheet.cells.set(key(grid.originRow - 1 + r, grid.originCol - 1 + c), { value, formula, numberFormat, fill: null });
      }),
    );
    this.active ||= grid.sheet;
    return sheet;
  }

  newSheet(name: string): Sheet {
    if (this.sheet(name)) throw new OfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    const sheet: Sheet = { name, visibility: "Visible", protected: false, cells: new Map(), merges: [], columnWidths: new Map(), freeze: null, page: {}, validations: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Everything a sheet's cells hold, with their notes and comments, for exact comparisons. */
  dump(name: string): Record<string, Cell & { note: string | null; comment: string | null }> {
    const sheet = this.sheet(name)!;
    const out: Record<string, Cell & { note: string | null; comment: string | null }> = {};
    const empty = (): Cell => ({ value: null, formula: null, numberFormat: "General", fill: null });
    for (const [k, cell] of sheet.cells) out[a1(Math.floor(k / MAX_COLS) + 1, (k % MAX_COLS) + 1)] = { ...cell, note: null, comment: null };
    for (const [kind, map] of [["note", this.notes], ["comment", this.comments]] as const) {
      for (const [at, text] of map) {
        const bang = at.lastIndexOf("!");
        if (at.slice(0, bang) !== sheet.name) continue;
        const address = at.slice(bang + 1);
        out[address] = { ...(out[address] ?? { ...empty(), note: null, comment: null }), [kind]: text };
      }
    }
    return out;
  }

  /** A fresh request context, as each Excel.run gets. */
  context(): Excel.RequestContext {
    return { workbook: new FakeWorkbook(this), sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  /** Excel.run on this workbook. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context());

  /** Office.context.requirements.isSetSupported for ExcelApi. */
  isSetSupported(name: string, version: string): boolean {
    const minor = (v: string) => Number(v.split(".")[1] ?? 0);
    return name === "ExcelApi" && minor(version) <= minor(this.api);
  }

  /** Queues one call: `request` is what it carries over the wire, `run` what it does at sync. */
  queue(request: unknown, run: () => void): void {
    this.queued.push({ bytes: JSON.stringify(request).length + 1, run });
  }

  async sync(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    const request = batch.reduce((n, o) => n + o.bytes, 2);
    this.syncs.push(request);
    this.responses.push(2);
    if (request > PAYLOAD_LIMIT) throw new OfficeError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes`);
    this.deliveries = [];
    for (const call of batch) call.run();
    const response = this.responses[this.responses.length - 1];
    if (response > PAYLOAD_LIMIT) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `the response is ${response} bytes`);
    for (const deliver of this.deliveries) deliver();
  }

  /** Counts what a load sends back in the current sync's response; `deliver` hands it over if the response fits. */
  respond(loaded: unknown, deliver: () => void): void {
    this.responses[this.responses.length - 1] += JSON.stringify(loaded ?? null).length + 1;
    this.deliveries.push(deliver);
  }

  cell(sheet: Sheet, row: number, col: number): Cell {
    let cell = sheet.cells.get(key(row, col));
    if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, formula: null, numberFormat: "General", fill: null }));
    return cell;
  }

  /** Drops a cell that holds nothing, so a restored sheet compares equal to the original. */
  tidy(sheet: Sheet, row: number, col: number): void {
    const cell = sheet.cells.get(key(row, col));
    if (!cell || cell.value !== null || cell.formula || cell.numberFormat !== "General" || cell.fill) return;
    if (cell.bold || cell.wrap || cell.indent || cell.align || cell.valign || cell.borders) return;
    sheet.cells.delete(key(row, col));
  }
}

function sheetRef(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B3", "B3:C4", "1:1" (whole rows), "A:A" (whole columns) → 0-based bounds on a sheet. */
function parseLocal(sheet: Sheet, address: string): Bounds {
  const clean = address.replace(/\$/g, "").toUpperCase();
  let m = /^(\d+):(\d+)$/.exec(clean);
  if (m) return { sheet, row: Number(m[1]) - 1, col: 0, rows: Number(m[2]) - Number(m[1]) + 1, cols: MAX_COLS };
  m = /^([A-Z]+):([A-Z]+)$/.exec(clean);
  if (m) return { sheet, row: 0, col: columnNumber(m[1]) - 1, rows: MAX_ROWS, cols: columnNumber(m[2]) - columnNumber(m[1]) + 1 };
  m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(clean);
  if (!m) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  const [row, col] = [Number(m[2]) - 1, columnNumber(m[1]) - 1];
  const [bottom, right] = m[3] ? [Number(m[4]) - 1, columnNumber(m[3]) - 1] : [row, col];
  return { sheet, row, col, rows: bottom - row + 1, cols: right - col + 1 };
}

/** A proxy: its path goes over the wire with every call on it. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly host: FakeExcel,
    readonly path: string,
  ) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`${this.path}.${prop}`);
    return this.loaded.get(prop) as T;
  }
  /** What `props` read now: a collection's items come back with the collection's load. */
  readNow(props: string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, this.read(p)]));
  }
  /** Hands over what a collection's load read for this item. */
  deliver(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  load(props: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : props;
    this.host.queue({ p: this.path, load: list }, () => {
      for (const p of list) {
        const value = this.read(p);
        // A collection's items come back as their loaded properties.
        this.host.respond(Array.isArray(value) && value[0] instanceof Proxy ? value.map((item: Proxy) => Object.fromEntries(item.loaded)) : value, () => this.loaded.set(p, value));
      }
    });
    return this;
  }
  protected read(prop: string): unknown {
    throw new Error(`the fake does not model ${this.path}.${prop}`);
  }
  /** A call or property write on this proxy, carried with its arguments. */
  protected call(name: string, args: unknown, run: () => void): void {
    this.host.queue({ p: this.path, m: name, a: args }, run);
  }
}

/** What a *OrNullObject method returns: isNullObject is known after the next sync. */
function trackNull(proxy: Proxy & { setNull(v: boolean): void }, isNull: () => boolean): void {
  proxy.host.queue({ p: proxy.path, m: "isNullObject" }, () => {
    const v = isNull();
    proxy.host.respond(v, () => proxy.setNull(v));
  });
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly comments: FakeAnnotations;
  readonly settings: FakeSettings;
  private readonly notesCollection: FakeAnnotations;
  constructor(private host: FakeExcel) {
    this.worksheets = new FakeWorksheets(host);
    this.comments = new FakeAnnotations(host, "comments");
    this.notesCollection = new FakeAnnotations(host, "notes");
    this.settings = new FakeSettings(host);
  }
  get notes(): FakeAnnotations {
    if (this.host.api === "1.10") throw new OfficeError("ApiNotFound", "workbook.notes needs ExcelApi 1.18");
    return this.notesCollection;
  }
  getActiveCell(): FakeRange {
    return new FakeRange(this.host, "wb.activeCell", () => {
      const b = parseLocal(this.host.sheet(this.host.active)!, this.host.selection);
      return { ...b, rows: 1, cols: 1 };
    });
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.host, "wb.selection", () => parseLocal(this.host.sheet(this.host.active)!, this.host.selection));
  }
}

class FakeWorksheets extends Proxy {
  constructor(host: FakeExcel) {
    super(host, "wb.worksheets");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, name, () => this.host.sheet(name));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.host, "(active)", () => this.host.sheet(this.host.active));
  }
  add(name: string): FakeWorksheet {
    this.call("add", [name], () => this.host.newSheet(name));
    return this.getItem(name);
  }
  protected read(prop: string): unknown {
    if (prop !== "items/name" && prop !== "items/protection/protected") return super.read(prop);
    return this.host.sheets.map((s) => new FakeWorksheet(this.host, s.name, () => s, { name: s.name, "protection/protected": s.protected }));
  }
  get items(): FakeWorksheet[] {
    return this.get("items/name");
  }
}

class FakeWorksheet extends Proxy {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  constructor(
    host: FakeExcel,
    name: string,
    private find: () => Sheet | undefined,
    loaded: Record<string, unknown> = {},
  ) {
    super(host, `ws[${JSON.stringify(name)}]`);
    for (const [k, v] of Object.entries(loaded)) this.loaded.set(k, v);
    this.freezePanes = new FakeFreezePanes(this);
    this.pageLayout = new FakePageLayout(this);
  }
  /** The sheet at sync time; a missing one fails the batch. */
  resolve(): Sheet {
    const sheet = this.find();
    if (!sheet) throw new OfficeError("ItemNotFound", `no sheet ${this.path}`);
    return sheet;
  }
  /** A write to the sheet: refused when it is protected. */
  write(name: string, args: unknown, run: (sheet: Sheet) => void): void {
    this.call(name, args, () => {
      const sheet = this.resolve();
      if (sheet.protected) throw new OfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      run(sheet);
    });
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.resolve().name;
    return super.read(prop);
  }
  get name(): string {
    return this.get("name");
  }
  get protection(): { protected: boolean } {
    return { protected: this.get<boolean>("protection/protected") };
  }
  set visibility(v: "Visible" | "Hidden") {
    this.call("visibility", v, () => (this.resolve().visibility = v));
  }
  activate(): void {
    this.call("activate", [], () => {
      this.host.active = this.resolve().name;
      this.host.selection = "A1";
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      const sheet = this.resolve();
      this.host.sheets.splice(this.host.sheets.indexOf(sheet), 1);
      for (const map of [this.host.notes, this.host.comments]) for (const k of [...map.keys()]) if (k.startsWith(`${sheet.name}!`)) map.delete(k);
      if (this.host.active === sheet.name) this.host.active = this.host.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.host, `${this.path}.r(${row},${col},${rows},${cols})`, () => ({ sheet: this.resolve(), row, col, rows, cols }));
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.host, `${this.path}.r(${JSON.stringify(address)})`, () => parseLocal(this.resolve(), address));
  }
  /** Several ranges at once ("A1:A3,C7"); Excel takes at most 255 characters. */
  getRanges(address: string): FakeRangeAreas {
    if (address.length > 255) throw new OfficeError("InvalidArgument", "getRanges takes at most 255 characters");
    return new FakeRangeAreas(this.host, `${this.path}.areas(${JSON.stringify(address)})`, () => {
      const sheet = this.resolve();
      return address.split(",").map((area) => parseLocal(sheet, area.trim()));
    });
  }
  /** Never null: a blank sheet's used range is its top left cell. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.host, `${this.path}.usedRange(${valuesOnly})`, () => usedBounds(this.resolve(), valuesOnly) ?? { sheet: this.resolve(), row: 0, col: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(this.host, `${this.path}.used(${valuesOnly})`, () => usedBounds(this.resolve(), valuesOnly));
    trackNull(range, () => usedBounds(this.resolve(), valuesOnly) === null);
    return range;
  }
}

function usedBounds(sheet: Sheet, valuesOnly: boolean): Bounds | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [k, cell] of sheet.cells) {
    const holds = cell.value !== null || cell.formula !== null || (!valuesOnly && cell.numberFormat !== "General") || (!valuesOnly && cell.fill !== null);
    if (!holds) continue;
    const [r, c] = [Math.floor(k / MAX_COLS), k % MAX_COLS];
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
  }
  return bottom < 0 ? null : { sheet, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

class FakeRange extends Proxy {
  readonly format: FakeFormat;
  readonly dataValidation: FakeDataValidation;
  private nullObject: boolean | undefined;
  constructor(
    host: FakeExcel,
    path: string,
    private bounds: () => Bounds | null,
  ) {
    super(host, path);
    this.format = new FakeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }
  setNull(v: boolean): void {
    this.nullObject = v;
  }
  resolve(): Bounds {
    const b = this.bounds();
    if (!b) throw new OfficeError("ItemNotFound", `no range ${this.path}`);
    return b;
  }
  /** A write to the range's cells: refused on a protected sheet. */
  write(name: string, args: unknown, run: (b: Bounds) => void): void {
    this.call(name, args, () => {
      const b = this.resolve();
      if (b.sheet.protected) throw new OfficeError("AccessDenied", `sheet ${b.sheet.name} is protected`);
      run(b);
    });
  }
  /** Each cell of the range, row-major, at sync time. */
  map<T>(f: (cell: Cell | undefined, row: number, col: number, sheet: Sheet) => T): T[][] {
    const { sheet, row, col, rows, cols } = this.resolve();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cells.get(key(row + r, col + c)), row + r, col + c, sheet)));
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new PropertyNotLoaded(`${this.path}.isNullObject`);
    return this.nullObject;
  }
  protected get<T>(prop: string): T {
    if (this.nullObject) throw new Error(`${this.path} is a null object: only isNullObject can be read`);
    return super.get(prop);
  }
  protected read(prop: string): unknown {
    // A null object reads as nothing.
    const b = this.bounds();
    if (!b) return undefined;
    switch (prop) {
      case "address":
        return `${sheetRef(b.sheet.name)}!${a1(b.row + 1, b.col + 1)}${b.rows * b.cols > 1 ? `:${a1(b.row + b.rows, b.col + b.cols)}` : ""}`;
      case "rowIndex":
        return b.row;
      case "columnIndex":
        return b.col;
      case "rowCount":
        return b.rows;
      case "columnCount":
        return b.cols;
      case "values":
        return this.map((cell) => (cell?.formula ? "" : (cell?.value ?? "")));
      case "formulas":
        return this.map((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this.map((cell) => cell?.numberFormat ?? "General");
    }
    return super.read(prop);
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  /** The range's row `i` (0-based). */
  getRow(i: number): FakeRange {
    return new FakeRange(this.host, `${this.path}.row(${i})`, () => {
      const b = this.resolve();
      if (i < 0 || i >= b.rows) throw new OfficeError("InvalidArgument", `no row ${i} in ${this.path}`);
      return { ...b, row: b.row + i, rows: 1 };
    });
  }
  /** The smallest range holding this one and `other` (a range or an address on this sheet). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.host, `${this.path}.bound(${pathOf(other)})`, () => {
      const [a, b] = this.withOther(other);
      const [row, col] = [Math.min(a.row, b.row), Math.min(a.col, b.col)];
      return { sheet: a.sheet, row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
    });
  }
  /** The rectangle this range and `other` share; none fails the sync with ItemNotFound, as in Excel. */
  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.host, `${this.path}.and(${pathOf(other)})`, () => {
      const [a, b] = this.withOther(other);
      const [row, col] = [Math.max(a.row, b.row), Math.max(a.col, b.col)];
      const [rows, cols] = [Math.min(a.row + a.rows, b.row + b.rows) - row, Math.min(a.col + a.cols, b.col + b.cols) - col];
      if (rows <= 0 || cols <= 0) throw new OfficeError("ItemNotFound", `${this.path} and ${pathOf(other)} do not intersect`);
      return { sheet: a.sheet, row, col, rows, cols };
    });
  }
  private withOther(other: FakeRange | string): [Bounds, Bounds] {
    const a = this.resolve();
    const b = typeof other === "string" ? parseLocal(a.sheet, other) : other.resolve();
    if (b.sheet !== a.sheet) throw new OfficeError("InvalidArgument", "the ranges are on different sheets");
    return [a, b];
  }
  /** The range's formula cells as rectangles (ExcelApi 1.9); none: a null object. */
  getSpecialCellsOrNullObject(cellType: "Formulas"): FakeRangeAreas {
    if (cellType !== "Formulas") throw new Error("the fake models special cells of formulas only");
    const areas = new FakeRangeAreas(this.host, `${this.path}.formulaCells`, () => formulaAreas(this.resolve()));
    trackNull(areas, () => formulaAreas(this.resolve()).length === 0);
    return areas;
  }
  get values(): RawCell[][] {
    return this.get("values");
  }
  set values(v: RawCell[][]) {
    this.write2d("values", v, enter);
  }
  get formulas(): RawCell[][] {
    return this.get("formulas");
  }
  set formulas(v: RawCell[][]) {
    this.write2d("formulas", v, enter);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write2d("numberFormat", v, (cell, x) => (cell.numberFormat = String(x)));
  }
  /** A 2-D write: the array must match the range's shape, as Excel requires. */
  private write2d<T>(name: string, v: T[][], set: (cell: Cell, x: T) => void): void {
    this.write(name, v, ({ sheet, row, col, rows, cols }) => {
      if (v.length !== rows || v.some((r) => r.length !== cols)) throw new OfficeError("InvalidArgument", "the array does not match the range's size");
      v.forEach((line, r) =>
        line.forEach((x, c) => {
          set(this.host.cell(sheet, row + r, col + c), x);
          this.host.tidy(sheet, row + r, col + c);
        }),
      );
    });
  }
  /** Each cell of the range set by `f`, then tidied. */
  eachCell(name: string, args: unknown, f: (cell: Cell, r: number, c: number, b: Bounds) => void): void {
    this.write(name, args, (b) => {
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) {
          f(this.host.cell(b.sheet, b.row + r, b.col + c), r, c, b);
          this.host.tidy(b.sheet, b.row + r, b.col + c);
        }
    });
  }
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): ClientResult<{ format: { fill: { color: string } } }[][]> {
    if (!options.format?.fill?.color) throw new Error("the fake models format.fill.color only");
    const result = new ClientResult<{ format: { fill: { color: string } } }[][]>();
    // Excel reports a cell without fill as white.
    this.call("getCellProperties", options, () => {
      const value = this.map((cell) => ({ format: { fill: { color: cell?.fill ?? "#FFFFFF" } } }));
      this.host.respond(value, () => result.set(value));
    });
    return result;
  }
  /** Whole rows only (the undo sheet's records). */
  insert(shift: "Down"): void {
    this.write("insert", [shift], ({ sheet, row, rows, cols }) => shiftRows(this.host, sheet, row, rows, cols, shift));
  }
  delete(shift: "Up"): void {
    this.write("delete", [shift], ({ sheet, row, rows, cols }) => shiftRows(this.host, sheet, row, rows, cols, shift));
  }
  select(): void {
    this.call("select", [], () => {
      const { sheet, row, col, rows, cols } = this.resolve();
      if (sheet.name !== this.host.active) throw new OfficeError("InvalidSelection", "select() on a sheet that is not active");
      this.host.selection = a1(row + 1, col + 1) + (rows * cols > 1 ? `:${a1(row + rows, col + cols)}` : "");
    });
  }
  merge(across: boolean): void {
    this.write("merge", [across], ({ sheet, row, col, rows, cols }) => sheet.merges.push(`${a1(row + 1, col + 1)}:${a1(row + rows, col + cols)}`));
  }
}

const pathOf = (other: FakeRange | string) => (typeof other === "string" ? JSON.stringify(other) : other.path);

/**
 * The formula cells of a range as Excel's special cells give them: rectangles, here each row's runs
 * of formula cells, stacked while the rows below have the same run.
 */
function formulaAreas(b: Bounds): Bounds[] {
  const areas: Bounds[] = [];
  let open = new Map<number, Bounds>();
  for (let r = b.row; r < b.row + b.rows; r++) {
    const next = new Map<number, Bounds>();
    for (let c = b.col; c < b.col + b.cols; c++) {
      if (!b.sheet.cells.get(key(r, c))?.formula) continue;
      const start = c;
      while (c + 1 < b.col + b.cols && b.sheet.cells.get(key(r, c + 1))?.formula) c++;
      const run = start * MAX_COLS + c;
      const above = open.get(run);
      open.delete(run);
      if (above) above.rows++;
      next.set(run, above ?? { sheet: b.sheet, row: r, col: start, rows: 1, cols: c - start + 1 });
    }
    areas.push(...open.values());
    open = next;
  }
  return [...areas, ...open.values()];
}

/**
 * RangeAreas, as far as the add-in uses it: fills on getRanges' areas (one call covers every area),
 * and the areas of special cells, loaded with their addresses and formulas.
 */
class FakeRangeAreas extends Proxy {
  readonly format: { fill: { color: string; clear(): void } };
  readonly areas: FakeAreas;
  private nullObject: boolean | undefined;
  constructor(
    host: FakeExcel,
    path: string,
    readonly rects: () => Bounds[],
  ) {
    super(host, path);
    this.areas = new FakeAreas(this);
    const each = (name: string, args: unknown, fill: string | null) =>
      this.call(name, args, () => {
        const areas = rects();
        const sheet = areas[0].sheet;
        if (sheet.protected) throw new OfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
        for (const { row, col, rows, cols } of areas)
          for (let r = row; r < row + rows; r++)
            for (let c = col; c < col + cols; c++) {
              this.host.cell(sheet, r, c).fill = fill;
              this.host.tidy(sheet, r, c);
            }
      });
    this.format = {
      fill: {
        set color(color: string) {
          each("format.fill.color", color, color.toUpperCase());
        },
        get color(): string {
          throw new Error("the fake reads fills with getCellProperties only");
        },
        clear: () => each("format.fill.clear", [], null),
      },
    };
  }
  setNull(v: boolean): void {
    this.nullObject = v;
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new PropertyNotLoaded(`${this.path}.isNullObject`);
    return this.nullObject;
  }
}

/** RangeAreas.areas: its rectangles as ranges, each loaded with the properties the collection's load names. */
class FakeAreas extends Proxy {
  constructor(private owner: FakeRangeAreas) {
    super(owner.host, `${owner.path}.areas`);
  }
  load(props: string | string[]): this {
    const list = (typeof props === "string" ? props.split(",") : props).map((p) => p.trim().replace(/^items\//, ""));
    this.host.queue({ p: this.path, load: list }, () => {
      const ranges = this.owner.rects().map((b, i) => new FakeRange(this.host, `${this.path}[${i}]`, () => b));
      // A null RangeAreas (no areas) sends nothing back, and its areas cannot be read.
      const values = ranges.length === 0 ? null : ranges.map((range) => range.readNow(list));
      this.host.respond(values, () => {
        ranges.forEach((range, i) => range.deliver(values![i]));
        this.loaded.set("items", values && ranges);
      });
    });
    return this;
  }
  get items(): FakeRange[] {
    const items = this.get<FakeRange[] | null>("items");
    if (!items) throw new Error(`${this.path} belongs to a null object: only its isNullObject can be read`);
    return items;
  }
}

/** Whole-row insert ("Down") or delete ("Up") on a sheet without notes. */
function shiftRows(host: FakeExcel, sheet: Sheet, row: number, rows: number, cols: number, shift: "Down" | "Up"): void {
  if (cols !== MAX_COLS) throw new Error("the fake models whole-row insert and delete only");
  if ([...host.notes.keys(), ...host.comments.keys()].some((k) => k.startsWith(`${sheet.name}!`))) throw new Error("the fake does not move notes");
  const moved = new Map<number, Cell>();
  for (const [k, cell] of sheet.cells) {
    const [r, c] = [Math.floor(k / MAX_COLS), k % MAX_COLS];
    if (r < row) moved.set(k, cell);
    else if (shift === "Down") moved.set(key(r + rows, c), cell);
    else if (r >= row + rows) moved.set(key(r - rows, c), cell);
  }
  sheet.cells.clear();
  for (const [k, cell] of moved) sheet.cells.set(k, cell);
}

/** A method's result, readable after the sync that computed it. */
class ClientResult<T> {
  private done = false;
  private result?: T;
  set(v: T): void {
    this.done = true;
    this.result = v;
  }
  get value(): T {
    if (!this.done) throw new PropertyNotLoaded("ClientResult.value");
    return this.result as T;
  }
}

/** What typing into a cell does: "=…" is a formula, "'…" is text, a plain number becomes a number. */
function enter(cell: Cell, x: RawCell): void {
  cell.formula = null;
  if (typeof x === "string" && x.startsWith("=")) {
    cell.formula = x;
    cell.value = null;
  } else if (typeof x === "string" && x.startsWith("'")) cell.value = x.slice(1);
  else if (typeof x === "string" && /^-?\d+(\.\d+)?$/.test(x) && cell.numberFormat !== "@") cell.value = Number(x);
  else cell.value = x === "" ? null : x;
}

const SIDES = { EdgeTop: 1, EdgeBottom: 2, EdgeLeft: 4, EdgeRight: 8 } as const;

class FakeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean };
  readonly borders: { getItem(edge: string): { style: string; weight: string } };
  constructor(private range: FakeRange) {
    const each = range.eachCell.bind(range);
    this.fill = {
      set color(color: string) {
        each("fill.color", color, (cell) => (cell.fill = color.toUpperCase()));
      },
      get color(): string {
        throw new Error("the fake reads fills with getCellProperties only");
      },
      clear: () => each("fill.clear", [], (cell) => (cell.fill = null)),
    };
    this.font = {
      set bold(bold: boolean) {
        each("font.bold", bold, (cell) => (cell.bold = bold || undefined));
      },
      get bold(): boolean {
        throw new Error("the fake does not read fonts");
      },
    };
    this.borders = {
      getItem: (edge: string) => ({
        set style(style: string) {
          if (style !== "Continuous") throw new Error("the fake models continuous borders only");
          each(`borders.${edge}.style`, style, (cell, r, c, b) => (cell.borders = (cell.borders ?? 0) | sidesOf(edge, r, c, b) || undefined));
        },
        set weight(weight: string) {
          if (weight !== "Thin") throw new Error("the fake models thin borders only");
          range.write(`borders.${edge}.weight`, weight, () => {});
        },
        get style(): string {
          throw new Error("the fake does not read borders");
        },
        get weight(): string {
          throw new Error("the fake does not read borders");
        },
      }),
    };
  }
  set wrapText(wrap: boolean) {
    this.range.eachCell("wrapText", wrap, (cell) => (cell.wrap = wrap || undefined));
  }
  set indentLevel(indent: number) {
    this.range.eachCell("indentLevel", indent, (cell) => (cell.indent = indent || undefined));
  }
  set horizontalAlignment(align: string) {
    this.range.eachCell("horizontalAlignment", align, (cell) => (cell.align = align));
  }
  set verticalAlignment(valign: string) {
    this.range.eachCell("verticalAlignment", valign, (cell) => (cell.valign = valign));
  }
  set columnWidth(points: number) {
    this.range.write("columnWidth", points, ({ sheet, col, cols }) => {
      for (let c = col; c < col + cols; c++) sheet.columnWidths.set(c + 1, points);
    });
  }
  autofitRows(): void {
    this.range.write("autofitRows", [], () => {});
  }
}

/** The sides of cell (r, c) of a range that a border item draws. */
function sidesOf(edge: string, r: number, c: number, b: Bounds): number {
  if (edge === "InsideHorizontal") return (r > 0 ? SIDES.EdgeTop : 0) | (r < b.rows - 1 ? SIDES.EdgeBottom : 0);
  if (edge === "InsideVertical") return (c > 0 ? SIDES.EdgeLeft : 0) | (c < b.cols - 1 ? SIDES.EdgeRight : 0);
  const onEdge = { EdgeTop: r === 0, EdgeBottom: r === b.rows - 1, EdgeLeft: c === 0, EdgeRight: c === b.cols - 1 }[edge];
  if (onEdge === undefined) throw new Error(`the fake does not model border ${edge}`);
  return onEdge ? SIDES[edge as keyof typeof SIDES] : 0;
}

class FakeDataValidation {
  constructor(private range: FakeRange) {}
  private entry(b: Bounds): Sheet["validations"][number] {
    const range = `${a1(b.row + 1, b.col + 1)}:${a1(b.row + b.rows, b.col + b.cols)}`;
    let v = b.sheet.validations.find((x) => x.range === range);
    if (!v) b.sheet.validations.push((v = { range }));
    return v;
  }
  set rule(rule: Excel.DataValidationRule) {
    this.range.write("dataValidation.rule", rule, (b) => (this.entry(b).rule = rule));
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.range.write("dataValidation.errorAlert", alert, (b) => (this.entry(b).errorAlert = alert));
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    if (prompt.message && prompt.message.length > 255) throw new OfficeError("InvalidArgument", "a prompt holds at most 255 characters");
    this.range.write("dataValidation.prompt", prompt, (b) => (this.entry(b).prompt = prompt));
  }
}

class FakeFreezePanes {
  constructor(private ws: FakeWorksheet) {}
  freezeAt(range: FakeRange): void {
    this.ws.write("freezeAt", range.path, () => {
      const { rows, cols } = range.resolve();
      this.ws.resolve().freeze = { rows, cols };
    });
  }
  freezeRows(rows: number): void {
    this.ws.write("freezeRows", [rows], (sheet) => (sheet.freeze = { rows, cols: 0 }));
  }
  freezeColumns(cols: number): void {
    this.ws.write("freezeColumns", [cols], (sheet) => (sheet.freeze = { rows: 0, cols }));
  }
}

class FakePageLayout {
  constructor(private ws: FakeWorksheet) {}
  set orientation(v: string) {
    this.ws.write("pageLayout.orientation", v, (sheet) => (sheet.page.orientation = v));
  }
  set paperSize(v: string) {
    this.ws.write("pageLayout.paperSize", v, (sheet) => (sheet.page.paperSize = v));
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.ws.write("pageLayout.zoom", v, (sheet) => (sheet.page.zoom = v));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new OfficeError("InvalidArgument", `print title rows ${rows}`);
    this.ws.write("setPrintTitleRows", [rows], (sheet) => (sheet.page.printTitleRows = rows));
  }
}

/**
 * workbook.notes (1.18) or workbook.comments (1.10): the same calls on two stores, whose order is
 * the store's. `getCount()` and `getItemAt(i)` read them; notes.getItem and comments.getItemByCell
 * find one by its cell.
 */
class FakeAnnotations extends Proxy {
  constructor(
    host: FakeExcel,
    private kind: "notes" | "comments",
  ) {
    super(host, `wb.${kind}`);
  }
  private get store(): Map<string, string> {
    return this.kind === "notes" ? this.host.notes : this.host.comments;
  }
  /** How many there are, as the sync finds them: its value can be read after that sync. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.call("getCount", [], () => {
      const count = this.store.size;
      this.host.respond(count, () => result.set(count));
    });
    return result;
  }
  /**
   * The index-th (0-based) in the store's order, as each sync that uses it finds it: Excel instantiates
   * the proxy's path (the collection, then the index) once in each batch that touches it, and a note
   * has no id to pin it by, so a note added or deleted in between moves what an index points at. (A
   * comment has an id Office.js may pin it by; the fake holds it to the stricter rule of notes.) Its
   * content is not loaded until `load("content")` and a sync; an index outside the collection fails
   * the sync with ItemNotFound, as in Excel.
   */
  getItemAt(index: number): FakeAnnotation {
    return new FakeAnnotation(this.host, this.store, `${this.path}.itemAt(${index})`, () => {
      const at = Number.isInteger(index) && index >= 0 ? [...this.store.keys()][index] : undefined;
      if (at === undefined) throw new OfficeError("ItemNotFound", `${this.path} has no item at ${index} (it holds ${this.store.size})`);
      return at;
    });
  }
  /** notes.getItem (1.18): the note on a cell, by its address with the sheet ("'Sheet'!H12") or a range. */
  getItem(cell: FakeRange | string): FakeAnnotation {
    // comments.getItem takes a comment's id, which the fake does not model.
    if (this.kind !== "notes") throw new Error("the fake models comments.getItemByCell, not comments.getItem(id)");
    return this.onCell("getItem", cell);
  }
  /** comments.getItemByCell (1.10): the comment on a cell, by its address with the sheet or a range. */
  getItemByCell(cell: FakeRange | string): FakeAnnotation {
    if (this.kind !== "comments") throw new Error("notes have getItem, not getItemByCell");
    return this.onCell("getItemByCell", cell);
  }
  /**
   * The note or comment on one cell, found at each sync by the cell: a range of more than one cell
   * fails the sync with InvalidArgument, a cell without one with ItemNotFound, as in Excel.
   */
  private onCell(name: string, cell: FakeRange | string): FakeAnnotation {
    return new FakeAnnotation(this.host, this.store, `${this.path}.${name}(${pathOf(cell)})`, () => {
      const at = this.cellKey(cell);
      if (!this.store.has(at)) throw new OfficeError("ItemNotFound", `${this.path} has none on ${at}`);
      return at;
    });
  }
  /** The store's key ("Sheet!H12") of a cell given as a range or as an address that names its sheet. */
  private cellKey(cell: FakeRange | string): string {
    let b: Bounds;
    if (typeof cell === "string") {
      const bang = cell.lastIndexOf("!");
      if (bang < 0) throw new OfficeError("InvalidArgument", `${cell} does not name its sheet`);
      const name = cell.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      const sheet = this.host.sheet(name);
      if (!sheet) throw new OfficeError("ItemNotFound", `no sheet ${name}`);
      b = parseLocal(sheet, cell.slice(bang + 1));
    } else b = cell.resolve();
    if (b.rows * b.cols !== 1) throw new OfficeError("InvalidArgument", `${pathOf(cell)} is more than one cell`);
    return `${b.sheet.name}!${a1(b.row + 1, b.col + 1)}`;
  }
  add(cell: FakeRange, content: string): void {
    cell.write(`${this.kind}.add`, content, ({ sheet, row, col }) => {
      const at = `${sheet.name}!${a1(row + 1, col + 1)}`;
      if (this.store.has(at)) throw new OfficeError("InvalidArgument", `${at} already has one`);
      this.store.set(at, content);
    });
  }
}

/**
 * A note or comment: `find` says, at sync time, which one ("Sheet!A1") — looked up by position for
 * getItemAt and by cell for getItem / getItemByCell. Once found in a sync it stays the one for the
 * rest of that sync.
 */
class FakeAnnotation extends Proxy {
  private found: { sync: number; at: string } | undefined;
  constructor(
    host: FakeExcel,
    private store: Map<string, string>,
    path: string,
    private find: () => string,
  ) {
    super(host, path);
  }
  /** Which one this is in the running sync. */
  private at(): string {
    const sync = this.host.syncs.length;
    if (this.found?.sync !== sync) this.found = { sync, at: this.find() };
    return this.found.at;
  }
  private location(): FakeRange {
    return new FakeRange(this.host, `${this.path}.location`, () => {
      const at = this.at();
      const bang = at.lastIndexOf("!");
      return parseLocal(this.host.sheet(at.slice(0, bang))!, at.slice(bang + 1));
    });
  }
  protected read(prop: string): unknown {
    if (prop !== "content") return super.read(prop);
    const at = this.at();
    // One deleted earlier in the batch is gone.
    if (!this.store.has(at)) throw new OfficeError("ItemNotFound", `${this.path} (${at}) no longer exists`);
    return this.store.get(at);
  }
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.location().write("content", text, () => this.store.set(this.at(), text));
  }
  delete(): void {
    this.location().write("delete", [], () => this.store.delete(this.at()));
  }
  getLocation(): FakeRange {
    return this.location();
  }
}

class FakeSettings extends Proxy {
  constructor(host: FakeExcel) {
    super(host, "wb.settings");
  }
  add(k: string, value: unknown): void {
    this.call("add", [k, value], () => this.host.settings.set(k, value));
  }
  getItemOrNullObject(k: string): FakeSetting {
    const setting = new FakeSetting(this.host, k);
    trackNull(setting, () => !this.host.settings.has(k));
    return setting;
  }
}

class FakeSetting extends Proxy {
  private nullObject: boolean | undefined;
  constructor(
    host: FakeExcel,
    private k: string,
  ) {
    super(host, `wb.settings[${JSON.stringify(k)}]`);
  }
  setNull(v: boolean): void {
    this.nullObject = v;
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new PropertyNotLoaded(`${this.path}.isNullObject`);
    return this.nullObject;
  }
  protected read(prop: string): unknown {
    if (prop === "value") return this.host.settings.get(this.k);
    return super.read(prop);
  }
  get value(): unknown {
    if (this.nullObject) throw new Error(`${this.path} is a null object`);
    return this.get("value");
  }
}
