import Decimal from "decimal.js";
import { formatNumber } from "../cells";
import { isMoneyColumn } from "../model/build";
import type { ColumnSpec } from "../layout/types";
import type { ModelRow, ValueCell } from "../model/schema";
import { RATIO_ROLES, blocksOf, cellsByColumn, majority, numberOf, writtenDecimals } from "./support/values";
import type { Rule, RuleContext } from "./types";

/**
 * One column writing its numbers in different ways (DOMAIN.md §5-§6). The habit each part of the
 * table follows is inferred and only the cells that leave it are reported:
 * - separators: "34,96%" in a column of "48.64%" — the table-wide minority convention is the deviant;
 * - the "%" sign: "35,29" where the row's other values and the column carry "%";
 * - decimals in ratio columns: "100" among "97,75" … in the same block, where the row agrees;
 * - negative numbers: "- 13.496.684" and "(56.126.048)" in one block of a column.
 * Blocks (one per urusan) are compared separately: tables paste each block from another source.
 */
export const numberFormatMixed: Rule = {
  meta: {
    id: "number-format-mixed",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Satu kolom mencampur cara penulisan angka (pemisah, tanda %, desimal, tanda negatif).",
      en: "One column mixes number conventions (separators, % sign, decimals, negative signs).",
    },
    messages: {
      separators: {
        id: 'Angka "{teks}" memakai pemisah {gaya}, sedangkan {n} dari {total} angka lain di tabel ini memakai pemisah {mayoritas}.',
        en: '"{text}" uses {style} separators while {n} of {total} other numbers of the table use {majority} separators.',
      },
      percentMissing: {
        id: 'Nilai "{teks}" ditulis tanpa "%", sedangkan nilai lain di baris dan kolomnya memakai "%".',
        en: '"{text}" lacks the "%" that the other values of its row and column carry.',
      },
      percentExtra: {
        id: 'Nilai "{teks}" ditulis dengan "%", sedangkan nilai lain di baris dan kolomnya tanpa "%".',
        en: '"{text}" carries a "%" that the other values of its row and column lack.',
      },
      decimals: {
        id: 'Nilai "{teks}" ditulis dengan {desimal} desimal, sedangkan {n} dari {total} nilai kolom ini di bloknya memakai {mayoritas} desimal.',
        en: '"{text}" is written with {decimals} decimals while {n} of {total} values of this column in its block use {majority}.',
      },
      negativeMinority: {
        id: 'Angka negatif "{teks}" ditulis {gaya}, sedangkan {n} angka negatif lain di bagian kolom ini ditulis {mayoritas}.',
        en: 'The negative number "{text}" is written {style} while {n} other negatives in this part of the column are written {majority}.',
      },
      negativeMixed: {
        id: 'Bagian kolom ini menulis angka negatif dengan dua cara ({n} dengan tanda minus, {m} dalam kurung); "{teks}" salah satunya.',
        en: 'This part of the column writes negative numbers two ways ({n} with a minus sign, {m} in parentheses); "{text}" is one of them.',
      },
    },
  },
  check(ctx) {
    const { layout } = ctx.table;
    const blocks = blocksOf(ctx.rows);
    const found = survey(blocks, layout.columns.filter((c) => !isMoneyColumn(c, layout)));
    checkSeparators(ctx, found.tokens);
    checkPercentSigns(ctx, found.percent);
    checkDecimals(ctx, layout.columns.filter((c) => RATIO_ROLES.includes(c.role)), blocks);
    checkNegatives(ctx, found.negatives);
  },
};

/** What the separator, "%" and negative checks need from the cells. */
interface Survey {
  /** Cells whose own token fixes their separators, by column. */
  tokens: Map<number, ValueCell[]>;
  percent: PercentSurvey;
  /** Negative numbers by column, one map per block that has any. */
  negatives: Map<number, ValueCell[]>[];
}

interface PercentSurvey {
  /** By sheet column (arrays: read for every cell): 0 for kinerja columns, 1 for ratio columns, undefined when not judged. */
  groupOf: (0 | 1 | undefined)[];
  /** By sheet column: whether most of its sign cells carry "%" (undefined on a tie). */
  columnHabit: (boolean | undefined)[];
  /** Rows with a group of 3+ sign cells that disagree on "%": the only rows that can deviate. */
  mixedRows: ModelRow[];
}

/**
 * Gathers the survey in one pass over the cells, block by block: a large table's cells do not stay in
 * the CPU cache from one pass to the next, so each extra pass costs nearly as much as the first.
 */
function survey(blocks: ModelRow[][], percentCols: ColumnSpec[]): Survey {
  const tokens = new Map<number, ValueCell[]>();
  const negatives: Map<number, ValueCell[]>[] = [];
  const groupOf: (0 | 1 | undefined)[] = [];
  const percentIn: number[] = [];
  const totalIn: number[] = [];
  for (const c of percentCols) {
    groupOf[c.col] = RATIO_ROLES.includes(c.role) ? 1 : 0;
    percentIn[c.col] = 0;
    totalIn[c.col] = 0;
  }
  const mixedRows: ModelRow[] = [];
  // One row's sign cells and "%" cells per group, reset row by row.
  const total = [0, 0];
  const percent = [0, 0];
  for (const block of blocks) {
    let negativesHere: Map<number, ValueCell[]> | undefined;
    for (const row of block) {
      total[0] = total[1] = percent[0] = percent[1] = 0;
      for (const v of row.values) {
        if (tokenConvention(v) !== undefined) push(tokens, v);
        if (negativeStyle(v) !== undefined) push((negativesHere ??= new Map()), v);
        const g = groupOf[v.col];
        if (g === undefined || !signCell(v)) continue;
        const isPercent = v.cell.kind === "percent";
        totalIn[v.col]++;
        total[g]++;
        if (isPercent) {
          percentIn[v.col]++;
          percent[g]++;
        }
      }
      if ((total[0] >= 3 && percent[0] > 0 && percent[0] < total[0]) || (total[1] >= 3 && percent[1] > 0 && percent[1] < total[1])) mixedRows.push(row);
    }
    if (negativesHere) negatives.push(negativesHere);
  }
  const columnHabit: (boolean | undefined)[] = [];
  for (const c of percentCols) columnHabit[c.col] = percentHabit(percentIn[c.col], totalIn[c.col]);
  return { tokens, negatives, percent: { groupOf, columnHabit, mixedRows } };
}

function push(byColumn: Map<number, ValueCell[]>, v: ValueCell): void {
  const list = byColumn.get(v.col);
  if (list) list.push(v);
  else byColumn.set(v.col, [v]);
}

const STYLE = {
  id: { id: "Indonesia (1.234,5)", en: "Indonesian (1.234,5)" },
  en: { id: "Inggris (1,234.5)", en: "English (1,234.5)" },
} as const;

type Sep = "id" | "en";

/** A cell whose own token fixes its separators (a unit that decides "21.279 Ruta" is an assumption). */
function tokenConvention(v: ValueCell): Sep | undefined {
  const { cell } = v;
  return cell.evidence === "token" && (cell.reading === "id" || cell.reading === "en") ? cell.reading : undefined;
}

function checkSeparators(ctx: RuleContext, byColumn: Map<number, ValueCell[]>): void {
  const table = { id: 0, en: 0 };
  for (const cells of byColumn.values()) for (const v of cells) table[tokenConvention(v)!]++;
  const decided = table.id + table.en;
  if (decided > 0) {
    const habit: Sep = table.id >= table.en ? "id" : "en";
    const n = ctx.formatNumber(new Decimal(table[habit]));
    const of = ctx.formatNumber(new Decimal(decided));
    ctx.convention({
      key: "number-separators",
      value: habit,
      support: table[habit],
      total: decided,
      text: { id: `Pemisah angka: ${STYLE[habit].id} (${n} dari ${of} angka)`, en: `Number separators: ${STYLE[habit].en} (${n} of ${of} numbers)` },
    });
  }
  for (const cells of byColumn.values()) {
    const inCol = { id: 0, en: 0 };
    for (const v of cells) {
      const c = tokenConvention(v);
      if (c) inCol[c]++;
    }
    if (inCol.id === 0 || inCol.en === 0) continue;
    // The table-wide majority names the habit; the column decides only a tie.
    const main: Sep = table.id !== table.en ? (table.id > table.en ? "id" : "en") : inCol.id >= inCol.en ? "id" : "en";
    const odd: Sep = main === "id" ? "en" : "id";
    for (const v of cells) {
      if (tokenConvention(v) !== odd) continue;
      const value = numberOf(v)!;
      const expected = formatNumber(value, main, writtenDecimals(v.cell)) + (v.cell.kind === "percent" ? "%" : "");
      const total = table.id + table.en - 1;
      ctx.report({
        messageId: "separators",
        row: v.row,
        col: v.col,
        params: { teks: v.cell.text, text: v.cell.text, gaya: STYLE[odd].id, style: STYLE[odd].en, mayoritas: STYLE[main].id, majority: STYLE[main].en, n: table[main], total },
        expected,
        actual: v.cell.text,
      });
    }
  }
}

/** A non-zero number that can carry a "%" (zero is often written bare: "0", "-"). */
function signCell(v: ValueCell | undefined): v is ValueCell {
  // The cell's own fields first: reading the Decimal's digits is one more memory access per cell.
  if (!v || v.cell.reading === "ambiguous" || v.cell.kind === "money") return false;
  const d = numberOf(v);
  return d !== undefined && !d.isZero();
}

/** Whether more than half of the cells carry "%": true/false, or undefined on a tie. */
function percentHabit(percent: number, total: number): boolean | undefined {
  return percent * 2 > total ? true : (total - percent) * 2 > total ? false : undefined;
}

/** More than half of the items agree: the habit; otherwise none. */
function strict<T>(items: T[]): T | undefined {
  const m = majority(items);
  return m && m.count * 2 > items.length ? m.value : undefined;
}

/**
 * An indicator's values share one unit: within a row, kinerja columns and ratio columns each form
 * a group. A cell is reported only when both its row group and its column agree against it, so an
 * index row ("0,5616") in a percentage column is left alone.
 */
function checkPercentSigns(ctx: RuleContext, { groupOf, columnHabit, mixedRows }: PercentSurvey): void {
  for (const row of mixedRows) {
    for (let g = 0; g < 2; g++) {
      let total = 0;
      let percent = 0;
      for (const v of row.values) {
        if (groupOf[v.col] !== g || !signCell(v)) continue;
        total++;
        if (v.cell.kind === "percent") percent++;
      }
      if (total < 3) continue;
      const habit = percentHabit(percent, total);
      if (habit === undefined) continue;
      for (const v of row.values) {
        if (groupOf[v.col] !== g || !signCell(v)) continue;
        const isPercent = v.cell.kind === "percent";
        if (isPercent === habit || columnHabit[v.col] !== habit) continue;
        ctx.report({
          messageId: habit ? "percentMissing" : "percentExtra",
          row: v.row,
          col: v.col,
          params: { teks: v.cell.text, text: v.cell.text },
          expected: habit ? `${v.cell.text}%` : null,
          actual: v.cell.text,
        });
      }
    }
  }
}

/** Share of agreeing cells that makes a habit (DOMAIN.md §6: flag only clear deviations). */
const CLEAR = 0.75;

function decimalsOf(v: ValueCell): number | undefined {
  const d = numberOf(v);
  return d && !d.isZero() ? writtenDecimals(v.cell) : undefined;
}

function checkDecimals(ctx: RuleContext, cols: ColumnSpec[], blocks: ModelRow[][]): void {
  if (cols.length === 0) return;
  const bySheetRow = new Map(ctx.rows.map((r) => [r.row, r]));
  const ratioCols = new Set(cols.map((c) => c.col));
  for (const block of blocks) {
    for (const cells of cellsByColumn(block, (v) => ratioCols.has(v.col) && decimalsOf(v) !== undefined).values()) {
      const m = majority(cells.map((v) => decimalsOf(v)!));
      if (!m || m.count < 3 || m.count < CLEAR * cells.length) continue;
      for (const v of cells) {
        const dec = decimalsOf(v)!;
        if (dec === m.value) continue;
        const row = bySheetRow.get(v.row)!;
        const inRow = cols.map((c) => ctx.value(row, c)).filter(signCell).map(decimalsOf).filter((d): d is number => d !== undefined);
        if (strict(inRow) !== m.value) continue;
        const value = numberOf(v)!;
        const written = v.cell.reading === "id" || v.cell.reading === "en" ? formatNumber(value, v.cell.reading, m.value) : ctx.formatNumber(value, m.value);
        ctx.report({
          messageId: "decimals",
          row: v.row,
          col: v.col,
          params: { teks: v.cell.text, text: v.cell.text, desimal: dec, decimals: dec, mayoritas: m.value, majority: m.value, n: m.count, total: cells.length },
          expected: written + (v.cell.kind === "percent" ? "%" : ""),
          actual: v.cell.text,
          severity: "info",
        });
      }
    }
  }
}

type Negative = "minus" | "parentheses";

const NEGATIVE_TEXT = {
  minus: { id: 'dengan tanda minus ("- 1.000")', en: 'with a minus sign ("- 1,000")' },
  parentheses: { id: 'dalam kurung ("(1.000)")', en: 'in parentheses ("(1,000)")' },
} as const;

function negativeStyle(v: ValueCell): Negative | undefined {
  const n = v.cell.negativeNotation;
  if (!n) return undefined;
  // "- (28.369.250)" carries both signs: a layout artefact, not a habit.
  if (n === "parentheses") return /^[-−–—]/.test(v.cell.text) ? undefined : "parentheses";
  return "minus";
}

function checkNegatives(ctx: RuleContext, negatives: Map<number, ValueCell[]>[]): void {
  for (const byColumn of negatives) {
    for (const cells of byColumn.values()) {
      const minus = cells.filter((v) => negativeStyle(v) === "minus").length;
      const parens = cells.length - minus;
      if (minus === 0 || parens === 0) continue;
      const main: Negative = minus >= parens ? "minus" : "parentheses";
      const clear = Math.max(minus, parens) >= CLEAR * cells.length;
      for (const v of cells) {
        const style = negativeStyle(v)!;
        if (clear && style === main) continue;
        const base = { row: v.row, col: v.col, actual: v.cell.text, severity: "info" as const };
        if (clear) {
          ctx.report({
            ...base,
            messageId: "negativeMinority",
            params: { teks: v.cell.text, text: v.cell.text, gaya: NEGATIVE_TEXT[style].id, style: NEGATIVE_TEXT[style].en, mayoritas: NEGATIVE_TEXT[main].id, majority: NEGATIVE_TEXT[main].en, n: Math.max(minus, parens) },
          });
        } else {
          ctx.report({ ...base, messageId: "negativeMixed", params: { teks: v.cell.text, text: v.cell.text, n: minus, m: parens } });
        }
      }
    }
  }
}
