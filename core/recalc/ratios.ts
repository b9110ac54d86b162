import type Decimal from "decimal.js";
import { capaian, evaluateFormula, percentOf, roundWith } from "../compute";
import { a1, columnLetters } from "../grid";
import type { ColumnSpec } from "../layout/types";
import type { ModelRow, ValueCell } from "../model";
import { isMoneyRow, operandColumns, printedNumber, type RatioDef, renderColumns } from "./computed-cells";
import type { Recalc } from "./context";
import { capaianFormula, expression, quotientFormula, type Ref } from "./excel";
import { percentFormat } from "./formats";
import { type InputState, inputRef, nothingToCompute } from "./inputs";
import { rowNature } from "./nature";
import { capaianNote, quotientNote } from "./notes";

/**
 * Ratio columns (capaian, rasio, tingkat realisasi/capaian): R/T × 100 by the indicator's direction
 * for capaian, numerator/denominator × 100 for printed quotients and budget absorption, rounded as the
 * table rounds. A percent stored as a fraction (0.3512) beside one typed in percent units (35.12)
 * is multiplied by 100 in the formula; two fractions divide to the same ratio as two percentages.
 */
export function writeRatios(rc: Recalc, defs: RatioDef[], rows: ModelRow[], headerRow: number): void {
  for (const def of defs) {
    const num = operandColumns(def.numerator);
    const den = operandColumns(def.denominator);
    if (def.kind === "capaian" || def.directional) {
      rc.note(headerRow, def.result.col, capaianNote(columnLetters(den[0].col), columnLetters(num[0].col), rc.method));
    } else {
      rc.note(headerRow, def.result.col, quotientNote(renderColumns(def.numerator.node, def.numerator.refs), renderColumns(def.denominator.node, def.denominator.refs)));
    }
    for (const row of rows) writeRatio(rc, def, row, num, den);
  }
}

function writeRatio(rc: Recalc, def: RatioDef, row: ModelRow, num: ColumnSpec[], den: ColumnSpec[]): void {
  const cols = [...new Set([...num, ...den])];
  const states = new Map(cols.map((c) => [c, rc.input(row, c)] as const));
  const all = [...states.values()];
  if (nothingToCompute(all, rc.cells.value(row, def.result))) return;
  // A result printed over a realisasi not filled in is value-missing's finding, not a wrong ratio:
  // the planner's number stays until the input is there (the validator judges it the same way).
  if (num.some((c) => states.get(c)!.kind === "blank") && printedNumber(rc.cells.value(row, def.result))) return;
  const refs = scaledRefs(row, states);
  const value = (c: ColumnSpec) => {
    const s = states.get(c)!;
    return s.kind === "number" || s.kind === "text" ? s.value : null;
  };
  const textInputs = cols.filter((c) => states.get(c)!.kind === "text").map((c) => a1(row.row, c.col));
  let exact: Decimal | null;
  let formula: (decimals: number) => string;
  const cells = [def.result, ...cols].map((c) => rc.cells.value(row, c)).filter((v): v is ValueCell => !!v);
  if (def.kind === "capaian" || (def.directional && !isMoneyRow([def.result, ...cols], cells))) {
    const negative = rowNature(row).direction === "negative";
    const [t, r] = [den[0], num[0]];
    exact = capaian(value(t), value(r), negative ? "negative" : "positive", rc.method);
    formula = (d) => capaianFormula(refs.get(t)!, refs.get(r)!, negative ? rc.method : null, d, rc.mode);
  } else {
    const operand = (op: RatioDef["numerator"]) => evaluateFormula(op.node, (t) => (op.refs.has(t) ? value(op.refs.get(t)!) : undefined)).value;
    exact = percentOf(operand(def.numerator), operand(def.denominator));
    const ref = (op: RatioDef["numerator"]) => (t: string) => (op.refs.has(t) ? refs.get(op.refs.get(t)!) : undefined);
    const [n, d] = [expression(def.numerator.node, ref(def.numerator)), expression(def.denominator.node, ref(def.denominator))];
    formula = (decimals) => quotientFormula(n, d, [...refs.values()], decimals, rc.mode);
  }
  const decimals = rc.decimalsAt(row, def.result, exact !== null && !exact.isZero());
  const sign = rc.percentSign;
  rc.write({
    row,
    col: def.result,
    formula: formula(decimals),
    value: exact && roundWith(exact, decimals, rc.mode),
    textInputs,
    numberFormat: percentFormat(decimals, sign),
    show: (d, decimals) => rc.format(d, decimals) + (sign ? "%" : ""),
  });
}

/**
 * The cell references of a ratio's inputs. The ratio of two numbers in one unit does not depend on
 * the unit, so references stay plain when every number is stored alike; when fractions (a percent
 * format) meet percent units, the fractions are scaled by 100.
 */
function scaledRefs(row: ModelRow, states: Map<ColumnSpec, InputState>): Map<ColumnSpec, Ref> {
  const kinds = new Set([...states.values()].flatMap((s) => (s.kind === "number" && !s.dash ? [s.fraction] : [])));
  const mixed = kinds.size > 1;
  return new Map(
    [...states.entries()].map(([c, s]) => [c, inputRef(s, a1(row.row, c.col), mixed && s.kind === "number" && s.fraction)] as const),
  );
}
