import { RULES } from "../core/rules/registry";
import { cappedList } from "./capped-list";
import { type Child, h, text } from "./dom";
import { type FindingGroup, groupFindings, type ReportFinding, SEVERITIES, severityCounts } from "./group-findings";
import type { ViewContext } from "./view-context";

const DOCS = new Map(RULES.map((rule) => [rule.meta.id as string, rule.meta.docs]));

/**
 * The summary ("12 Kesalahan · 30 Peringatan · 5 Info", each a filter toggle) and the findings
 * grouped by rule, largest group first; a group's findings are drawn only while it is open.
 */
export function findingsView(ctx: ViewContext): Child[] {
  const { state, t } = ctx;
  const report = state.report;
  if (!report) return [];
  const all = report.data.findings;
  if (all.length === 0) return [text("h2", t.findings), text("p", t.noFindings, "muted")];

  const groups = groupFindings(all, state.hidden);
  const notes = [
    report.staleAfter ? t.staleFindings(report.staleAfter) : null,
    report.lang !== state.settings.lang ? t.otherLanguage : null,
  ].filter((note): note is string => note !== null);
  // A cell address needs its sheet only when the report spans several.
  const sheets = new Set(report.data.findings.map((f) => f.sheet));
  return [
    text("h2", t.findings),
    summary(ctx, all),
    ...notes.map((note) => text("p", note, "note")),
    groups.length === 0 ? text("p", t.allFiltered, "muted") : h("div", { class: "groups" }, ...groups.map((g) => groupView(ctx, g, sheets.size > 1))),
  ];
}

function summary(ctx: ViewContext, findings: readonly ReportFinding[]): HTMLElement {
  const { state, t, act } = ctx;
  const counts = severityCounts(findings);
  return h(
    "div",
    { class: "summary", attrs: { role: "group", "aria-label": t.findings } },
    ...SEVERITIES.map((severity) => {
      const shown = !state.hidden.has(severity);
      return h(
        "button",
        {
          class: `toggle sev-${severity}`,
          key: `filter:${severity}`,
          attrs: { type: "button", "aria-pressed": String(shown), title: t.showSeverity(severity, shown), "data-severity": severity },
          on: { click: () => act.toggleSeverity(severity) },
        },
        h("span", { class: "mark", attrs: { "aria-hidden": "true" } }),
        t.severityCount(severity, counts[severity]),
      );
    }),
  );
}

function groupView(ctx: ViewContext, group: FindingGroup, withSheet: boolean): HTMLElement {
  const { state, act } = ctx;
  const open = state.expanded.has(group.rule);
  const id = `group-${group.rule}`;
  const docs = DOCS.get(group.rule);
  return h(
    "section",
    { class: "group", attrs: { "data-rule": group.rule } },
    h(
      "h3",
      {},
      h(
        "button",
        {
          class: "group-toggle",
          key: `group:${group.rule}`,
          attrs: { type: "button", "aria-expanded": String(open), "aria-controls": open ? id : null },
          on: { click: () => act.toggleGroup(group.rule) },
        },
        text("span", open ? "▾" : "▸", "chevron"),
        text("span", group.rule, "rule"),
        text("span", String(group.findings.length), "count"),
      ),
    ),
    docs ? text("p", docs[state.settings.lang], "docs") : null,
    open ? h("div", { attrs: { id } }, ...cappedList(ctx, `group:${group.rule}`, group.findings, (f) => findingView(ctx, f, withSheet), "findings")) : null,
  );
}

/** One finding: its cell (a button that selects it), severity in words, message, Seharusnya / Tertulis. */
function findingView({ t, act }: ViewContext, f: ReportFinding, withSheet: boolean): HTMLElement {
  const address = withSheet ? `${f.sheet}!${f.cell}` : f.cell;
  const value = (label: string, v: string | null) => (v === null || v === "" ? null : h("div", {}, text("dt", label), text("dd", v)));
  const values = [value(t.expected, f.expected), value(t.actual, f.actual)].filter((v) => v !== null);
  return h(
    "article",
    { class: `finding sev-${f.severity}`, attrs: { "data-cell": f.cell } },
    h(
      "div",
      { class: "finding-head" },
      h("button", { class: "link cell", attrs: { type: "button", "aria-label": t.selectCell(address) }, on: { click: () => act.select(f.sheet, f.cell) } }, address),
      text("span", t.severity[f.severity], "severity"),
    ),
    text("p", f.message, "message"),
    values.length > 0 ? h("dl", { class: "values" }, ...values) : null,
  );
}
