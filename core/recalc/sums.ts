import Decimal from "decimal.js";
import { isSumFormula } from "../compute";
import { a1 } from "../grid";
import type { ColumnSpec } from "../layout/types";
import type { ModelRow, ValueCell } from "../model";
import { isMoneySum, operandColumns, renderColumns, type SumDef } from "./computed-cells";
import type { Recalc } from "./context";
import { expression, latestFormula, type Ref, sumFormula } from "./excel";
import { writtenFormat } from "./formats";
import { inputRef, isNormalizable, nothingToCompute } from "./inputs";
import { rowNature } from "./nature";
import { sumNote } from "./notes";

/**
 * Sum columns: E.81's 12 = 8+9+10+11 and 13 = 6+12, T-C.29's printed "10 = (5+7+9)". In T-C.29 the
 * sum holds only for cumulative indicators and money (DOMAIN.md §2): an end-value indicator's column 10
 * is its latest value, so that row gets the latest filled cell instead of a sum.
 */
export function writeSums(rc: Recalc, defs: SumDef[], rows: ModelRow[], headerRow: number): void {
  const latestForLevels = true;
  for (const def of defs) {
    const cols = operandColumns(def.operand);
    rc.note(headerRow, def.result.col, sumNote(renderColumns(def.operand.node, def.operand.refs), latestForLevels));
    for (const row of rows) writeSum(rc, def, row, cols, latestForLevels);
  }
}

const ZERO = new Decimal(0);

function writeSum(rc: Recalc, def: SumDef, row: ModelRow, cols: ColumnSpec[], latestForLevels: boolean): void {
  const states = cols.map((c) => rc.input(row, c));
  if (nothingToCompute(states, rc.cells.value(row, def.result))) return;
  const values = states.map((s) => (s.kind === "number" || s.kind === "text" ? s.value : null));
  const addends = cols.map((c) => rc.cells.value(row, c)).filter((v): v is ValueCell => !!v);
  const money = isMoneySum([def.result, ...cols], addends, sumOf(def, cols, values));
  const latest = latestForLevels && !money && rowNature(row).aggregation === "nilai-akhir";
  // Percent inputs all stored as fractions give a fraction; mixed with percent units, all in percent units.
  const numeric = states.filter((s) => s.kind === "number" && !s.dash); // 0 has no unit
  const fraction = numeric.length > 0 && numeric.every((s) => s.kind === "number" && s.fraction);
  const refs: Ref[] = cols.map((c, i) => {
    const s = states[i];
    return inputRef(s, a1(row.row, c.col), !fraction && s.kind === "number" && s.fraction);
  });
  const byKey = new Map(cols.map((c, i) => [String(c.col), refs[i]] as const));
  const keyOf = new Map([...def.operand.refs.entries()].map(([k, c]) => [k, String(c.col)] as const));
  const ref = (t: string) => (keyOf.has(t) ? byKey.get(keyOf.get(t)!) : undefined);

  let value: Decimal | null;
  let formula: string;
  if (latest) {
    value = [...values].reverse().find((v) => v !== null) ?? null;
    formula = latestFormula(refs);
  } else {
    value = sumOf(def, cols, values);
    formula = onlyAdditions(def) ? sumFormula(refs, cols.map((c) => c.col), (from, to) => `${a1(row.row, from)}:${a1(row.row, to)}`) : `=${expression(def.operand.node, ref)}`;
  }
  const textInputs = cols.filter((_, i) => states[i].kind === "text").map((c) => a1(row.row, c.col));
  rc.write({
    row,
    col: def.result,
    formula,
    value,
    fraction,
    textInputs,
    numberFormat: displayFormat(rc, row, def.result, cols, fraction),
    show: (d, decimals) => rc.format(d, decimals),
  });
}

function onlyAdditions(def: SumDef): boolean {
  const plus = (n: SumDef["operand"]["node"]): boolean => n.type === "num" || (n.op === "+" && plus(n.left) && plus(n.right));
  return isSumFormula(def.operand.node) && plus(def.operand.node);
}

/** The operand evaluated with empty cells and dashes as 0, as a spreadsheet sums them. */
function sumOf(def: SumDef, cols: ColumnSpec[], values: (Decimal | null)[]): Decimal {
  const byKey = new Map(cols.map((c, i) => [String(c.col), values[i] ?? ZERO] as const));
  const walk = (n: SumDef["operand"]["node"]): Decimal => {
    if (n.type === "num") {
      const c = def.operand.refs.get(n.text);
      return c ? byKey.get(String(c.col))! : new Decimal(n.text.replace(",", "."));
    }
    const [l, r] = [walk(n.left), walk(n.right)];
    return n.op === "+" ? l.plus(r) : n.op === "-" ? l.minus(r) : n.op === "*" ? l.times(r) : l.div(r);
  };
  return walk(def.operand.node);
}

/** The result's format: its own when typed, else its inputs' (typed, or as written once converted). */
function displayFormat(rc: Recalc, row: ModelRow, result: ColumnSpec, cols: ColumnSpec[], fraction: boolean): string | undefined {
  const own = rc.cells.value(row, result);
  if (own && typeof own.raw === "number" && own.format && own.format !== "General") return own.format;
  for (const c of cols) {
    const v = rc.cells.value(row, c);
    if (v && typeof v.raw === "number" && v.format && v.format !== "General") return v.format;
    if (isNormalizable(v) && (fraction || v.cell.kind !== "percent")) return writtenFormat(v);
  }
  return fraction ? "0.00%" : undefined;
}

