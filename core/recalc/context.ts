import type Decimal from "decimal.js";
import { formatNumber } from "../cells";
import type { NegativeMethod, PredikatScale, RoundingMode } from "../compute";
import { roundHalfUp } from "../compute";
import { a1 } from "../grid";
import type { ColumnSpec } from "../layout/types";
import type { ModelRow, Table } from "../model";
import type { CellWrite, Plan } from "../plan/types";
import { printedNumber, type TableCells } from "./computed-cells";
import { type InputState, inputState } from "./inputs";
import { valueNote } from "./notes";

/** More digits than this are an unformatted typed number's float digits, not a chosen precision. */
const MAX_PRINTED_DECIMALS = 4;

export interface RecalcOptions {
  /** Formula for negative indicators; default the table's own convention, else "lan". */
  negative?: NegativeMethod;
  /** Predikat scale of the "Predikat kinerja" footer; default Permendagri. */
  scale?: PredikatScale;
  /** Decimals of computed percentages; default the table's rounding convention. */
  decimals?: number;
  /** The "Rapikan angka" plan is applied first: numbers written as text will be real numbers. */
  afterNormalize?: boolean;
}

/** A computed cell's new content: a formula over its inputs and the core's exact result. */
export interface Computed {
  row: ModelRow;
  col: ColumnSpec;
  formula: string;
  /** The result as the formula leaves it (rounded where the formula rounds); null = empty cell. */
  value: Decimal | null;
  /** The cell stores a fraction under a percent format (a sum of percent inputs stored that way). */
  fraction?: boolean;
  /** Input cells holding text (A1): the formula cannot be used, the value is written instead. */
  textInputs: string[];
  numberFormat?: string;
  /** A note for the cell (a footer's formula); replaced by the reason when a value is written. */
  note?: string;
  /** How the new value is shown when reporting a change: "72,00%". */
  show: (d: Decimal, decimals: number) => string;
}

/**
 * The recalculation of one table in progress: its settings, the writes so far, and the new state of
 * every computed cell, so that a result computed from another (E.81's 13 = 6 + 12) reads the new one.
 */
export class Recalc {
  readonly writes: CellWrite[] = [];
  readonly changed: Plan["changed"] = [];
  /** Cells deliberately left as they are (a parent whose code tree is unsure). */
  readonly skipped: NonNullable<Plan["skipped"]> = [];
  private readonly computed = new Map<string, InputState>();

  constructor(
    readonly table: Table,
    readonly cells: TableCells,
    readonly options: RecalcOptions,
    readonly method: NegativeMethod,
    readonly decimals: number,
    readonly mode: RoundingMode,
    /** Computed percentages show a "%" sign (the table prints "72,00%", not "72"). */
    readonly percentSign: boolean,
  ) {}

  /** An input cell's state, the new state when the recalculation computes it. */
  input(row: ModelRow, col: ColumnSpec): InputState {
    return this.computed.get(a1(row.row, col.col)) ?? inputState(this.cells.value(row, col), !!this.options.afterNormalize);
  }

  /**
   * Decimals of a computed percentage: the option, else what the cell itself prints (a block of a
   * table printing "94,53" beside others printing "94" keeps its precision), else the table's usual.
   * An empty or zero result shows the same at any precision and takes the table's: a second
   * recalculation may read that cell empty (writers drop a cached 0) and must write the same again.
   */
  decimalsAt(row: ModelRow, col: ColumnSpec, nonZero: boolean): number {
    if (this.options.decimals !== undefined) return this.options.decimals;
    const own = nonZero ? printedNumber(this.cells.value(row, col)) : null;
    return own && own.decimals <= MAX_PRINTED_DECIMALS ? own.decimals : this.decimals;
  }

  format(d: Decimal, decimals: number): string {
    return formatNumber(d, this.table.model.numbers.reading === "en" ? "en" : "id", decimals);
  }

  /** Writes a computed cell: its formula, or its value when an input is text; records a changed value. */
  write(c: Computed): void {
    const address = a1(c.row.row, c.col.col);
    const before = this.cells.value(c.row, c.col);
    const printed = printedNumber(before);
    const stored = c.value && c.fraction ? c.value.div(100) : c.value;
    const expected = stored ? stored.toFixed() : "";
    this.computed.set(address, stored ? { kind: "number", value: c.value!, fraction: !!c.fraction } : { kind: "blank" });
    const asValue = c.textInputs.length > 0;
    // An empty result over a dash or an empty cell changes nothing a reader sees.
    if (asValue && !c.value && (!before || before.cell.kind === "dash")) return;
    const w: CellWrite = { row: c.row.row, col: c.col.col, expected };
    if (asValue) {
      w.value = stored ? stored.toNumber() : null;
      w.note = valueNote(c.textInputs, !!this.options.afterNormalize);
    } else {
      w.formula = c.formula;
      if (c.note) w.note = c.note;
    }
    if (c.numberFormat) w.numberFormat = c.numberFormat;
    // Compared as shown: a typed 5284562.5 under "#,##0" shows 5.284.563.
    const differs = printed && (!c.value || !roundHalfUp(c.value, printed.decimals).eq(roundHalfUp(printed.value, printed.decimals)));
    if (printed && differs && before) {
      const next = c.value ? c.show(c.value, printed.decimals) : "";
      // A typed number as the sheet shows it ("193,88%"), not its stored digits (1.9388).
      const previous = typeof before.raw === "number" ? this.format(printed.value, printed.decimals) + (printed.percent ? "%" : "") : before.cell.text;
      w.previous = previous;
      this.changed.push({ row: w.row, col: w.col, previous, next });
    }
    this.writes.push(w);
  }

  /** A note on a cell without touching its content (a computed column's header). */
  note(row: number, col: number, note: string): void {
    this.writes.push({ row, col, note });
  }
}
