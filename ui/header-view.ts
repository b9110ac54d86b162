import { h, text } from "./dom";
import type { TableInfo } from "./host-bridge";
import type { Texts } from "./texts";
import type { ViewContext } from "./view-context";

/** "Tabel T-C.27 · Renstra 2021–2026 · 135 baris · A1:T139", and where it sits. */
export function tableLine(t: Texts, table: TableInfo): string {
  return [t.kind(table.kind), t.period(table.kind, table.years), t.rows(table.rows), table.range].filter((part) => part !== "").join(" · ");
}

/** Product name, the table the commands will use, and "Ganti rentang". */
export function headerView(ctx: ViewContext): HTMLElement {
  const { state, t, act } = ctx;
  const host = state.host;
  const link = (label: string, key: string, enabled: boolean, onClick: () => void) =>
    h("button", { class: "link", key, attrs: { type: "button", disabled: !enabled }, on: { click: onClick } }, label);

  if (!host) {
    // Without the host's state the pane cannot act; after a failed load it offers to ask again.
    const loadFailed = state.outcome?.kind === "failed" && state.outcome.action === "load";
    return h("header", { class: "header" }, text("h1", t.product), loadFailed ? link(t.retry, "retry", state.busy === null, act.retry) : text("p", t.loading, "muted"));
  }

  const idle = state.busy === null;
  return h(
    "header",
    { class: "header" },
    text("h1", t.product),
    ...(host.table
      ? [text("p", tableLine(t, host.table), "table-line"), text("p", t.sheet(host.table.sheet), "muted")]
      : [text("p", t.noTable, "table-line"), text("p", t.noTableHint, "muted")]),
    host.pickedRange ? text("p", t.pickedRange(host.pickedRange), "muted") : null,
    h(
      "p",
      { class: "range-actions" },
      link(t.changeRange, "change-range", idle, act.changeRange),
      host.pickedRange ? link(t.automaticRange, "automatic-range", idle, act.automaticRange) : null,
    ),
  );
}
