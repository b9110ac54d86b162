import { type Child, h, text } from "./dom";
import type { WriteReport } from "./host-bridge";
import { cappedList } from "./capped-list";
import type { Outcome } from "./state";
import type { ViewContext } from "./view-context";

/**
 * The line under the buttons: progress with Batal while a command runs, else what the last one did —
 * for a write, every typed value it replaced and every cell it left alone, each a link to its cell.
 */
export function statusView(ctx: ViewContext): Child {
  const { state, t, act } = ctx;
  const busy = state.busy;
  if (busy) {
    // Cancelling is honoured until writing starts; after that the batch goes out whole.
    const writing = busy.progress?.phase === "write";
    return h(
      "div",
      { class: "busy" },
      h("span", { class: "spinner", attrs: { "aria-hidden": "true" } }),
      text("span", busy.progress ? t.progress(busy.progress) : t.starting, "progress"),
      h(
        "button",
        { class: "secondary small", key: "cancel", attrs: { type: "button", disabled: busy.cancelRequested || writing }, on: { click: act.cancel } },
        busy.cancelRequested ? t.cancelling : t.cancel,
      ),
    );
  }
  const outcome = state.outcome;
  if (!outcome) return null;
  const failed = outcome.kind === "failed";
  return h(
    "div",
    { class: failed ? "outcome failed" : "outcome", attrs: { role: failed ? "alert" : null } },
    h(
      "div",
      { class: "row" },
      text("p", sentence(ctx, outcome)),
      h("button", { class: "link dismiss", key: "dismiss", attrs: { type: "button", "aria-label": t.close, title: t.close }, on: { click: act.dismissOutcome } }, "×"),
    ),
    ...(outcome.kind === "written" || outcome.kind === "generated" ? writeDetails(ctx, outcome.report) : []),
  );
}

function sentence({ t }: ViewContext, outcome: Outcome): string {
  switch (outcome.kind) {
    case "validated":
      return t.validated(outcome.marked);
    case "written":
      return t.written(outcome.command, outcome.report.written);
    case "generated":
      return t.generated(outcome.report.sheet, outcome.report.written);
    case "cleared":
      return t.cleared(outcome.restored);
    case "undone":
      return outcome.label === null ? t.nothingToUndo : t.undone(outcome.label);
    case "cancelled":
      return t.cancelled;
    case "failed":
      return t.failed(outcome.action, outcome.message || t.unknownError);
  }
}

/** "Nilai ketikan diganti: R12 219,47% → 229,47" and the cells left as they were. */
function writeDetails(ctx: ViewContext, report: WriteReport): HTMLElement[] {
  const { t, act } = ctx;
  const cellLink = (cell: string) =>
    h("button", { class: "link cell", attrs: { type: "button", "aria-label": t.selectCell(cell) }, on: { click: () => act.select(report.sheet, cell) } }, cell);
  const out: HTMLElement[] = [];
  if (report.changed.length > 0) {
    out.push(text("h3", t.changedHeading(report.changed.length)));
    out.push(...cappedList(ctx, "changed", report.changed, (c) => h("span", {}, cellLink(c.cell), " ", text("span", `${c.previous} → ${c.next}`, "value")), "cells"));
  }
  if (report.skipped.length > 0) {
    out.push(text("h3", t.skippedHeading(report.skipped.length)));
    out.push(...cappedList(ctx, "skipped", report.skipped, (s) => h("span", {}, cellLink(s.cell), " ", text("span", `"${s.text}": ${t.skipReason(s.reason)}`, "value")), "cells"));
  }
  return out;
}
