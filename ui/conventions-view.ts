import { type Child, h, text } from "./dom";
import type { ViewContext } from "./view-context";

/** "Konvensi tabel ini": what the table was found to follow, e.g. "Kondisi akhir Rp = jumlah 2021–2026 (87 dari 96 baris)". */
export function conventionsView({ state, t }: ViewContext): Child[] {
  const conventions = state.report?.data.conventions ?? [];
  const sheets = new Set(conventions.map((c) => c.sheet));
  const lang = state.settings.lang;
  return [
    text("h2", t.conventions),
    conventions.length === 0
      ? text("p", t.noConventions, "muted")
      : h("ul", { class: "conventions" }, ...conventions.map((c) => text("li", sheets.size > 1 ? `${c.sheet}: ${c.text[lang]}` : c.text[lang]))),
  ];
}
