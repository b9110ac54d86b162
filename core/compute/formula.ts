import Decimal from "decimal.js";

/**
 * Printed column formulas ("8 = (7/6)", "10 = (5+7+9)", "14 = 13/5 x 100"): the expression with
 * column numbers, parsed once and evaluated per row. A number is a column reference when the caller's
 * lookup knows it, otherwise a literal (the 100 in "13/5*100").
 */
export type FormulaNode =
  | { type: "num"; text: string }
  | { type: "op"; op: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode };

export type FormulaResult = { value: Decimal } | { value: null; reason: "missing" | "division-by-zero" };

/** Value of a column reference: a Decimal, null when the cell gives no number, undefined = not a column. */
export type FormulaLookup = (ref: string) => Decimal | null | undefined;

const TOKEN = /\s*(\d+(?:[.,]\d+)?|[-+*/():x×÷])/y;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = expression.trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read formula "${expression}"`);
    const t = m[1];
    tokens.push(t === "x" || t === "×" ? "*" : t === ":" || t === "÷" ? "/" : t);
  }
  return tokens;
}

/** Parses "5+7+9", "(7/6)", "13/5*100" (usual precedence, left to right). Throws on other text. */
export function parseFormula(expression: string): FormulaNode {
  const tokens = tokenize(expression);
  let pos = 0;
  const peek = () => tokens[pos];
  function primary(): FormulaNode {
    const t = tokens[pos++];
    if (t === "(") {
      const inner = sum();
      if (tokens[pos++] !== ")") throw new Error(`unbalanced parentheses in "${expression}"`);
      return inner;
    }
    if (t !== undefined && /^\d/.test(t)) return { type: "num", text: t };
    throw new Error(`unexpected "${t ?? "end"}" in "${expression}"`);
  }
  function product(): FormulaNode {
    let left = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[pos++] as "*" | "/";
      left = { type: "op", op, left, right: primary() };
    }
    return left;
  }
  function sum(): FormulaNode {
    let left = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[pos++] as "+" | "-";
      left = { type: "op", op, left, right: product() };
    }
    return left;
  }
  const node = sum();
  if (pos !== tokens.length) throw new Error(`unexpected "${tokens[pos]}" in "${expression}"`);
  return node;
}

export function evaluateFormula(node: FormulaNode, lookup: FormulaLookup): FormulaResult {
  if (node.type === "num") {
    const v = lookup(node.text);
    if (v === undefined) return { value: new Decimal(node.text.replace(",", ".")) };
    return v === null ? { value: null, reason: "missing" } : { value: v };
  }
  const l = evaluateFormula(node.left, lookup);
  if (l.value === null) return l;
  const r = evaluateFormula(node.right, lookup);
  if (r.value === null) return r;
  switch (node.op) {
    case "+":
      return { value: l.value.plus(r.value) };
    case "-":
      return { value: l.value.minus(r.value) };
    case "*":
      return { value: l.value.times(r.value) };
    case "/":
      return r.value.isZero() ? { value: null, reason: "division-by-zero" } : { value: l.value.div(r.value) };
  }
}

/** Column references of a formula, in order (numbers the `isRef` predicate accepts). */
export function formulaRefs(node: FormulaNode, isRef: (text: string) => boolean): string[] {
  if (node.type === "num") return isRef(node.text) ? [node.text] : [];
  return [...formulaRefs(node.left, isRef), ...formulaRefs(node.right, isRef)];
}

/** A formula of additions and subtractions only (a printed sum such as "5+7+9"). */
export function isSumFormula(node: FormulaNode): boolean {
  return node.type === "num" || ((node.op === "+" || node.op === "-") && isSumFormula(node.left) && isSumFormula(node.right));
}

/**
 * A quotient "a/b" or "a/b*100": its numerator and denominator, and whether the ×100 is printed
 * (otherwise a percent column implies it). Null for other shapes.
 */
export function asQuotient(node: FormulaNode): { numerator: FormulaNode; denominator: FormulaNode; timesHundred: boolean } | null {
  if (node.type === "op" && node.op === "/") return { numerator: node.left, denominator: node.right, timesHundred: false };
  if (node.type === "op" && node.op === "*" && node.right.type === "num" && node.right.text === "100") {
    const inner = asQuotient(node.left);
    return inner && !inner.timesHundred ? { ...inner, timesHundred: true } : null;
  }
  return null;
}
