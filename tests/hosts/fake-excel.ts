import { a1, type Grid, type RawCell } from "../../core/grid";

/**
 * An honest fake of the part of Excel's object model the add-in uses (ARCHITECTURE.md §5): proxies
 * queue their loads and writes, which take effect in order at `sync()`; a property read before
 * `load()` + `sync()` throws PropertyNotLoaded; every sync is counted with its request size. It does
 * not calculate: a formula cell's value reads as "" until a test sets one.
 */

interface Cell {
  value: RawCell;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
}

interface Sheet {
  name: string;
  visibility: "Visible" | "Hidden";
  cells: Map<string, Cell>;
}

interface Bounds {
  sheet: Sheet;
  row: number; // 0-based
  col: number;
  rows: number;
  cols: number;
}

type Op = () => void;

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

/** Loaded properties of a proxy, filled at sync; reading one that is not there throws. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(readonly host: FakeExcel) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`${this.constructor.name}.${prop}`);
    return this.loaded.get(prop) as T;
  }
  load(props: string | string[]): this {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : props;
    this.host.queue(list.length * 20, () => {
      for (const p of list) this.loaded.set(p, this.read(p));
    });
    return this;
  }
  protected read(prop: string): unknown {
    throw new Error(`the fake does not model ${this.constructor.name}.${prop}`);
  }
}

export class FakeExcel {
  readonly sheets: Sheet[] = [];
  /** Notes by "Sheet!A1". */
  readonly notes = new Map<string, string>();
  active = "";
  /** Request bytes of each sync, in order: its length is the number of syncs. */
  readonly syncs: number[] = [];
  private ops: { bytes: number; run: Op }[] = [];

  addSheet(grid: Grid): void {
    const sheet: Sheet = { name: grid.sheet, visibility: "Visible", cells: new Map() };
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const numberFormat = grid.numberFormats?.[r]?.[c] ?? "General";
        if (value === null && !formula && numberFormat === "General") return;
        sheet.cells.set(key(grid.originRow - 1 + r, grid.originCol - 1 + c), { value, formula, numberFormat, fill: null });
      }),
    );
    this.sheets.push(sheet);
    this.active ||= grid.sheet;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Everything a sheet holds (cells and their notes), for exact before/after comparisons. */
  dump(name: string): Record<string, Cell & { note: string | null }> {
    const out: Record<string, Cell & { note: string | null }> = {};
    const sheet = this.sheet(name)!;
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      out[a1(r + 1, c + 1)] = { ...cell, note: null };
    }
    for (const [k, note] of this.notes) {
      const [s, address] = [k.slice(0, k.lastIndexOf("!")), k.slice(k.lastIndexOf("!") + 1)];
      if (s !== name) continue;
      out[address] = { ...(out[address] ?? { value: null, formula: null, numberFormat: "General", fill: null }), note };
    }
    return out;
  }

  context(): Excel.RequestContext {
    const workbook = new FakeWorkbook(this);
    return { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  queue(bytes: number, run: Op): void {
    this.ops.push({ bytes: bytes + 40, run });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.syncs.push(ops.reduce((n, o) => n + o.bytes, 0));
    for (const op of ops) op.run();
  }

  cell(sheet: Sheet, row: number, col: number): Cell {
    let cell = sheet.cells.get(key(row, col));
    if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, formula: null, numberFormat: "General", fill: null }));
    return cell;
  }

  /** Drops cells that hold nothing, so a restored sheet compares equal to the original. */
  tidy(sheet: Sheet, row: number, col: number): void {
    const cell = sheet.cells.get(key(row, col));
    if (cell && cell.value === null && !cell.formula && cell.numberFormat === "General" && !cell.fill) sheet.cells.delete(key(row, col));
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function sheetRef(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly notes: FakeNotes;
  constructor(host: FakeExcel) {
    this.worksheets = new FakeWorksheets(host);
    this.notes = new FakeNotes(host);
  }
}

class FakeWorksheets {
  constructor(private host: FakeExcel) {}
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.sheet(name), false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.sheet(name), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.host, () => this.host.sheet(this.host.active), false);
  }
  add(name: string): FakeWorksheet {
    this.host.queue(name.length, () => {
      if (this.host.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.host.sheets.push({ name, visibility: "Visible", cells: new Map() });
    });
    return this.getItem(name);
  }
}

class FakeWorksheet extends Loadable {
  constructor(host: FakeExcel, private find: () => Sheet | undefined, private nullable: boolean) {
    super(host);
  }
  /** The sheet at sync time; a missing one fails the batch unless asked for "OrNullObject". */
  resolve(): Sheet {
    const sheet = this.find();
    if (!sheet) throw new Error("ItemNotFound: worksheet");
    return sheet;
  }
  protected read(prop: string): unknown {
    if (prop === "isNullObject" && this.nullable) return !this.find();
    if (prop === "name") return this.resolve().name;
    return super.read(prop);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get name(): string {
    return this.get("name");
  }
  set visibility(v: "Visible" | "Hidden") {
    this.host.queue(10, () => (this.resolve().visibility = v));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.host, () => ({ sheet: this.resolve(), row, col, rows, cols }), false);
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.host, () => usedBounds(this.resolve(), valuesOnly), false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.host, () => usedBounds(this.resolve(), valuesOnly), true);
  }
}

function usedBounds(sheet: Sheet, valuesOnly: boolean): Bounds | null {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const [k, cell] of sheet.cells) {
    const holds = cell.value !== null || cell.formula !== null || (!valuesOnly && (cell.numberFormat !== "General" || cell.fill !== null));
    if (!holds) continue;
    const [r, c] = k.split(",").map(Number);
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
  }
  return bottom < 0 ? null : { sheet, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

class FakeRange extends Loadable {
  readonly format = { fill: new FakeFill(this) };
  constructor(host: FakeExcel, private bounds: () => Bounds | null, private nullable: boolean) {
    super(host);
  }
  resolve(): Bounds {
    const b = this.bounds();
    if (!b) throw new Error("ItemNotFound: range");
    return b;
  }
  /** Each cell of the range, row-major, at sync time. */
  map<T>(f: (cell: Cell | undefined, row: number, col: number, sheet: Sheet) => T): T[][] {
    const { sheet, row, col, rows, cols } = this.resolve();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cells.get(key(row + r, col + c)), row + r, col + c, sheet)));
  }
  protected read(prop: string): unknown {
    if (prop === "isNullObject" && this.nullable) return this.bounds() === null;
    const b = this.resolve();
    switch (prop) {
      case "address":
        return `${sheetRef(b.sheet.name)}!${a1(b.row + 1, b.col + 1)}${b.rows * b.cols > 1 ? `:${a1(b.row + b.rows, b.col + b.cols)}` : ""}`;
      case "rowIndex":
        return b.row;
      case "rowCount":
        return b.rows;
      case "values":
        return this.map((cell) => (cell?.formula ? "" : cell?.value ?? ""));
      case "formulas":
        return this.map((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this.map((cell) => cell?.numberFormat ?? "General");
    }
    return super.read(prop);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get values(): RawCell[][] {
    return this.get("values");
  }
  set values(v: RawCell[][]) {
    this.write(v, (cell, x) => enter(cell, x));
  }
  get formulas(): RawCell[][] {
    return this.get("formulas");
  }
  set formulas(v: RawCell[][]) {
    this.write(v, (cell, x) => enter(cell, x));
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write(v, (cell, x) => (cell.numberFormat = String(x)));
  }
  /** A 2-D write: the array must match the range's shape, as Excel requires. */
  private write<T>(v: T[][], set: (cell: Cell, x: T) => void): void {
    this.host.queue(JSON.stringify(v).length, () => {
      const { rows, cols } = this.resolve();
      if (v.length !== rows || v.some((r) => r.length !== cols)) throw new Error("InvalidArgument: dimensions do not match the range");
      this.map((_, row, col, sheet) => {
        set(this.host.cell(sheet, row, col), v[row - this.resolve().row][col - this.resolve().col]);
        this.host.tidy(sheet, row, col);
      });
    });
  }
  clear(what: "Contents"): void {
    if (what !== "Contents") throw new Error("the fake models clear('Contents') only");
    this.host.queue(20, () =>
      this.map((cell, row, col, sheet) => {
        if (cell) Object.assign(cell, { value: null, formula: null });
        this.host.tidy(sheet, row, col);
      }),
    );
  }
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): ClientResult<{ format: { fill: { color: string } } }[][]> {
    if (!options.format?.fill?.color) throw new Error("the fake models format.fill.color only");
    const result = new ClientResult<{ format: { fill: { color: string } } }[][]>();
    // Excel reports a cell without fill as white.
    this.host.queue(60, () => result.set(this.map((cell) => ({ format: { fill: { color: cell?.fill ?? "#FFFFFF" } } }))));
    return result;
  }
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

class FakeFill {
  constructor(private range: FakeRange) {}
  set color(color: string) {
    this.each(color.toUpperCase());
  }
  clear(): void {
    this.each(null);
  }
  private each(fill: string | null): void {
    const host = this.range.host;
    host.queue(60, () =>
      this.range.map((_, row, col, sheet) => {
        host.cell(sheet, row, col).fill = fill;
        host.tidy(sheet, row, col);
      }),
    );
  }
}

class FakeNotes extends Loadable {
  protected read(prop: string): unknown {
    if (prop === "items/content") return [...this.host.notes.keys()].map((k) => new FakeNote(this.host, k));
    return super.read(prop);
  }
  get items(): FakeNote[] {
    return this.get("items/content");
  }
  add(cell: FakeRange, content: string): void {
    this.host.queue(content.length + 40, () => {
      const { sheet, row, col } = cell.resolve();
      const k = `${sheet.name}!${a1(row + 1, col + 1)}`;
      if (this.host.notes.has(k)) throw new Error(`InvalidArgument: ${k} already has a note`);
      this.host.notes.set(k, content);
    });
  }
}

class FakeNote {
  private readonly loadedContent: string;
  constructor(private host: FakeExcel, private at: string) {
    // Loaded with the collection's items/content.
    this.loadedContent = host.notes.get(at)!;
  }
  get content(): string {
    return this.loadedContent;
  }
  set content(text: string) {
    this.host.queue(text.length, () => this.host.notes.set(this.at, text));
  }
  delete(): void {
    this.host.queue(10, () => this.host.notes.delete(this.at));
  }
  getLocation(): FakeRange {
    const [sheet, address] = [this.at.slice(0, this.at.lastIndexOf("!")), this.at.slice(this.at.lastIndexOf("!") + 1)];
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return new FakeRange(this.host, () => ({ sheet: this.host.sheet(sheet)!, row: Number(m[2]) - 1, col: col - 1, rows: 1, cols: 1 }), false);
  }
}
