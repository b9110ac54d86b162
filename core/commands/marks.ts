import type { Lang } from "../i18n/messages";
import type { CellWrite } from "../plan/types";
import { noteText } from "../rules/note-text";
import type { Finding, Severity } from "../rules/types";

/** Fill by severity (UI.md "Marks in the sheet"), RRGGBB as Plan fills are written. */
export const MARK_FILL: Record<Severity, string> = { error: "F8D7DA", warning: "FFF3CD", info: "D1ECF1" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The marks of Validasi: one write per finding cell, filled by its worst severity, with a note
 * holding every message about the cell (text as well as colour, for who cannot tell the fills apart).
 */
export function markWrites(findings: Finding[], lang: Lang): CellWrite[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
  return [...byCell.values()].map((fs) => {
    const worst = fs.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).severity;
    return { row: fs[0].row, col: fs[0].col, fill: MARK_FILL[worst], note: fs.map((f) => noteText(f, lang)).join("\n") };
  });
}
