import type Decimal from "decimal.js";
import type { Lang } from "../i18n/messages";
import type { ColumnSpec, TableKind } from "../layout/types";
import type { ModelRow, Table } from "../model";

/** Rule ids of DOMAIN.md §7: stable, never reused for another meaning. */
export const RULE_IDS = [
  "layout-unrecognized",
  "layout-column-missing",
  "layout-year",
  "code-format",
  "code-parent",
  "code-level",
  "code-duplicate",
  "code-order",
  "code-missing",
  "code-nomenclature",
  "pagu-rollup",
  "pagu-rounding",
  "pagu-final",
  "pagu-without-target",
  "target-without-pagu",
  "target-final",
  "target-trend",
  "unit-mismatch",
  "value-missing",
  "value-text",
  "value-error",
  "number-ambiguous",
  "number-format-mixed",
  "ratio-mismatch",
  "ratio-rounding",
  "ratio-undefined",
  "ratio-over-100",
  "sum-mismatch",
  "growth-mismatch",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "info";

export interface Text {
  id: string;
  en: string;
}

/**
 * A rule, the way ESLint builds them: meta (id, severity, the table kinds it applies to, a one-line
 * explanation, messages with {placeholders} in both languages) and a check that reports located
 * findings through the context. Formatting and language live outside the rule.
 */
export interface Rule {
  meta: {
    id: RuleId;
    severity: Severity;
    kinds: readonly TableKind[] | "all";
    docs: Text;
    messages: Record<string, Text>;
  };
  check(ctx: RuleContext): void;
}

export interface Report {
  /** Key into the rule's meta.messages. */
  messageId: string;
  /** 1-based sheet row and column of the cell the finding is about. */
  row: number;
  col: number;
  params?: Record<string, string | number>;
  /** What the cell should hold / holds, already formatted in the table's convention. */
  expected?: string | null;
  actual?: string | null;
  /** A1 addresses of the cells that were added or compared (for sums). */
  cells?: string[];
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  cell: string;
  row: number;
  col: number;
  message: string;
  expected: string | null;
  actual: string | null;
  cells?: string[];
}

/** A convention the table follows, inferred from the majority of its rows (DOMAIN.md §6). */
export interface Convention {
  key: string;
  /** Machine-readable value ("2021-2026", "lan", "half-up:2"). */
  value: string;
  /** How many rows/cells follow it, out of how many that could be judged. */
  support: number;
  total: number;
  text: Text;
}

export interface RuleContext {
  table: Table;
  lang: Lang;
  /** Rows of the model (shortcut for table.model.rows). */
  rows: ModelRow[];
  /** Layout columns with a role (and optionally a year). */
  columns(role: ColumnSpec["role"], year?: number): ColumnSpec[];
  /** The value cell of a row in a column, or undefined when the cell is empty. */
  value(row: ModelRow, col: ColumnSpec): ModelRow["values"][number] | undefined;
  /** Numbers in the table's own convention: "100.515.030" (id) or "100,515,030" (en). */
  formatNumber(d: Decimal, decimals?: number): string;
  /** Money in the table's convention: "Rp 100.515.030". */
  formatMoney(d: Decimal): string;
  /** Records a convention the table follows (shown as info and in the JSON output). */
  convention(c: Convention): void;
  /** A convention recorded by an earlier rule, for rules that depend on it. */
  conventionOf(key: string): Convention | undefined;
  report(r: Report): void;
}
