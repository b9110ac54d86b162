import { h } from "./dom";
import type { ViewContext } from "./view-context";

/**
 * A long list drawn a page at a time: a 50 000-row table can report thousands of findings, and the
 * pane stays responsive by drawing only what the planner asks to see ("Tampilkan 30 lagi").
 */
export const PAGE = 30;

export function cappedList<T>(ctx: ViewContext, name: string, items: readonly T[], item: (x: T) => Node, className: string): HTMLElement[] {
  const shown = Math.min(items.length, ctx.state.shown.get(name) ?? PAGE);
  const list = h("ul", { class: className }, ...items.slice(0, shown).map((x) => h("li", {}, item(x))));
  if (shown >= items.length) return [list];
  const more = h("button", { class: "link more", key: `more:${name}`, attrs: { type: "button" }, on: { click: () => ctx.act.showMore(name) } }, ctx.t.showMore(Math.min(PAGE, items.length - shown)));
  return [list, more];
}
