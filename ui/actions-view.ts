import { h } from "./dom";
import type { GenerateKind } from "./host-bridge";
import type { PaneCommand } from "./texts";
import type { ViewContext } from "./view-context";

const GENERATE_KINDS: readonly GenerateKind[] = ["renstra-program", "evaluasi-renja", "evaluasi-renja-triwulan", "template"];
/** The kinds that evaluate one year of the Renstra and so ask for it. */
const YEARLY: ReadonlySet<GenerateKind> = new Set(["evaluasi-renja", "evaluasi-renja-triwulan"]);

/**
 * Validasi first; then the commands that write. Hapus tanda and Urungkan only appear when there is
 * something to clear or undo, and Urungkan names what it undoes.
 */
export function actionsView(ctx: ViewContext): HTMLElement {
  const { state, t, act } = ctx;
  const host = state.host;
  const idle = state.busy === null && host !== null;
  const hasTable = Boolean(host?.table);
  const button = (command: PaneCommand, label: string, className: string, enabled: boolean) =>
    h("button", { class: className, key: `command:${command}`, attrs: { type: "button", disabled: !(idle && enabled) }, on: { click: () => act.run(command) } }, label);

  return h(
    "div",
    { class: "actions" },
    button("validate", t.command.validate, "primary", hasTable),
    h(
      "div",
      { class: "button-row" },
      button("recalc", t.command.recalc, "secondary", hasTable),
      button("normalize", t.command.normalize, "secondary", hasTable),
      h(
        "button",
        {
          class: "secondary",
          key: "command:generate",
          attrs: { type: "button", disabled: !idle, "aria-expanded": String(state.generate.open) },
          on: { click: () => act.openGenerate(!state.generate.open) },
        },
        t.command.generate,
      ),
    ),
    state.generate.open && host ? generateForm(ctx) : null,
    host && (host.marked > 0 || host.undo)
      ? h(
          "div",
          { class: "button-row" },
          host.marked > 0 ? button("clearMarks", t.clearMarksCount(host.marked), "secondary", true) : null,
          host.undo ? button("undo", t.undoLabel(host.undo.label, host.undo.cells), "secondary", true) : null,
        )
      : null,
  );
}

/** "Buat tabel": which table, and for an evaluation which year of the Renstra. */
function generateForm(ctx: ViewContext): HTMLElement {
  const { state, t, act } = ctx;
  const { kind, year } = state.generate;
  const years = periodYears(state.host?.table?.years ?? []);
  const idle = state.busy === null;
  const option = (value: string, label: string, selected: boolean) => h("option", { attrs: { value, selected } }, label);

  const kindSelect = h(
    "select",
    { key: "generate-kind", attrs: { id: "generate-kind" }, on: { change: (e) => act.setGenerate({ kind: (e.target as HTMLSelectElement).value as GenerateKind }) } },
    ...GENERATE_KINDS.map((k) => option(k, t.generateKinds[k], k === kind)),
  );
  const chosenYear = year ?? years[0];
  const yearField =
    YEARLY.has(kind) && years.length > 0
      ? h(
          "div",
          { class: "field" },
          h("label", { attrs: { for: "generate-year" } }, t.year),
          h(
            "select",
            { key: "generate-year", attrs: { id: "generate-year" }, on: { change: (e) => act.setGenerate({ year: Number((e.target as HTMLSelectElement).value) }) } },
            ...years.map((y) => option(String(y), String(y), y === chosenYear)),
          ),
        )
      : null;

  return h(
    "div",
    { class: "generate", attrs: { role: "group", "aria-label": t.command.generate } },
    h("div", { class: "field" }, h("label", { attrs: { for: "generate-kind" } }, t.generateKindLabel), kindSelect),
    yearField,
    h(
      "div",
      { class: "row" },
      h("button", { class: "primary", key: "generate-now", attrs: { type: "button", disabled: !idle }, on: { click: () => act.run("generate") } }, t.generateNow),
      h("button", { class: "secondary", key: "generate-close", attrs: { type: "button" }, on: { click: () => act.openGenerate(false) } }, t.close),
    ),
  );
}

/** Every year of the period from its first and last. */
function periodYears(years: number[]): number[] {
  if (years.length === 0) return [];
  const [first, last] = [years[0], years[years.length - 1]];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
