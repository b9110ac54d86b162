import type Decimal from "decimal.js";
import { formatMoney, formatNumber } from "../cells";
import { a1 } from "../grid";
import type { Lang } from "../i18n/messages";
import type { Table } from "../model";
import { QUOTED_TEXT_MAX, shorten } from "../text/shorten";
import { tableCells } from "../recalc/computed-cells";
import type { Convention, Finding, Rule, RuleContext, Text } from "./types";

/** The message with its {placeholders} filled; a long text (a cell's whole content) is quoted shortened. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? shorten(String(params[key]), QUOTED_TEXT_MAX) : m));
}

/** The context one rule runs in; findings and conventions are collected into the given arrays. */
export function createContext(table: Table, lang: Lang, rule: Rule, findings: Finding[], conventions: Convention[]): RuleContext {
  const convention = table.model.numbers.reading === "en" ? "en" : "id";
  const cells = tableCells(table);
  return {
    table,
    lang,
    rows: table.model.rows,
    columns: (role, year) => table.layout.columns.filter((c) => c.role === role && (year === undefined || c.year === year)),
    value: cells.value,
    formatNumber: (d: Decimal, decimals?: number) => formatNumber(d, convention, decimals),
    formatMoney: (d: Decimal) => formatMoney(d, convention),
    convention: (c) => {
      const i = conventions.findIndex((x) => x.key === c.key);
      if (i >= 0) conventions[i] = c;
      else conventions.push(c);
    },
    conventionOf: (key) => conventions.find((c) => c.key === key),
    report: (r) => {
      const text: Text | undefined = rule.meta.messages[r.messageId];
      if (!text) throw new Error(`rule ${rule.meta.id} has no message ${r.messageId}`);
      findings.push({
        rule: rule.meta.id,
        severity: r.severity ?? rule.meta.severity,
        cell: a1(r.row, r.col),
        row: r.row,
        col: r.col,
        message: fill(text[lang], r.params ?? {}),
        expected: r.expected ?? null,
        actual: r.actual ?? null,
        ...(r.cells ? { cells: r.cells } : {}),
      });
    },
  };
}
