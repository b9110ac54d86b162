import type { Severity } from "../core/rules/types";
import type { ValidationReport } from "./host-bridge";

/** The pane's view of a report: findings grouped by rule, the severity filters applied. */

export type ReportFinding = ValidationReport["findings"][number];

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  rule: string;
  /** The group's findings that the severity filters let through, in the report's order (row, column). */
  findings: ReportFinding[];
}

export function severityCounts(findings: readonly ReportFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Groups by rule, largest group first (ties by rule id, so the order never jumps); empty groups drop out. */
export function groupFindings(findings: readonly ReportFinding[], hidden: ReadonlySet<Severity>): FindingGroup[] {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    if (hidden.has(f.severity)) continue;
    let group = byRule.get(f.rule);
    if (!group) byRule.set(f.rule, (group = []));
    group.push(f);
  }
  return [...byRule].map(([rule, list]) => ({ rule, findings: list })).sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
}
