import type { Lang } from "../i18n/messages";
import type { Table } from "../model";
import { createContext } from "./context";
import { RULES } from "./registry";
import type { Convention, Finding, Rule } from "./types";

export interface Validation {
  findings: Finding[];
  conventions: Convention[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule that applies to the table's kind; findings sorted by row, column, rule. */
export function validateTable(table: Table, lang: Lang = "id", rules: Rule[] = RULES): Validation {
  const findings: Finding[] = [];
  const conventions: Convention[] = [];
  for (const rule of rules) {
    if (rule.meta.kinds !== "all" && !rule.meta.kinds.includes(table.model.kind)) continue;
    rule.check(createContext(table, lang, rule, findings, conventions));
  }
  findings.sort((a, b) => a.row - b.row || a.col - b.col || a.rule.localeCompare(b.rule) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, conventions };
}
