import { a1 } from "../grid";
import type { Plan } from "../plan/types";
import type { HostState, WriteReport } from "./types";

/** What the pane says after a write: the cells written, typed values replaced, cells left alone, and the state the write leaves. */
export function writeReport(plan: Plan, sheet: string, host: HostState): WriteReport {
  return {
    sheet,
    written: plan.writes.length,
    changed: plan.changed.map((c) => ({ cell: a1(c.row, c.col), previous: c.previous, next: c.next })),
    skipped: (plan.skipped ?? []).map((s) => ({ cell: a1(s.row, s.col), text: s.text, reason: s.reason })),
    host,
  };
}
