import { PREDIKAT_SCALES } from "../core/compute/predikat";
import type { Lang } from "../core/i18n/messages";
import { type Child, h } from "./dom";
import type { Settings } from "./host-bridge";
import { LANGUAGE_NAMES } from "./texts";
import type { ViewContext } from "./view-context";

const NEGATIVE: readonly Settings["negative"][] = ["auto", "lan", "inverse"];
const DECIMALS = [0, 1, 2, 3, 4];
const LANGS: readonly Lang[] = ["id", "en"];

/** Pengaturan, saved with the document on every change; collapsed until asked for. */
export function settingsView(ctx: ViewContext): Child[] {
  const { state, t, act } = ctx;
  const s = state.settings;
  const toggle = h(
    "h2",
    {},
    h(
      "button",
      { class: "group-toggle", key: "settings-toggle", attrs: { type: "button", "aria-expanded": String(state.settingsOpen), "aria-controls": state.settingsOpen ? "settings" : null }, on: { click: act.toggleSettings } },
      h("span", { class: "chevron", attrs: { "aria-hidden": "true" } }, state.settingsOpen ? "▾" : "▸"),
      t.settings,
    ),
  );
  if (!state.settingsOpen) return [toggle];

  const select = (id: string, label: string, options: [value: string, label: string][], value: string, onChange: (value: string) => void) =>
    h(
      "div",
      { class: "field" },
      h("label", { attrs: { for: id } }, label),
      h(
        "select",
        { key: id, attrs: { id }, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
        ...options.map(([v, l]) => h("option", { attrs: { value: v, selected: v === value } }, l)),
      ),
    );

  return [
    toggle,
    h(
      "div",
      { class: "settings-form", attrs: { id: "settings" } },
      select("setting-negative", t.negative, NEGATIVE.map((n) => [n, t.negativeOptions[n]]), s.negative, (v) => act.saveSettings({ negative: v as Settings["negative"] })),
      select("setting-scale", t.scale, PREDIKAT_SCALES.map((scale) => [scale.name, scale.label[s.lang]]), s.scale, (v) => act.saveSettings({ scale: v })),
      select(
        "setting-decimals",
        t.decimals,
        [["auto", t.decimalsAuto], ...DECIMALS.map((d): [string, string] => [String(d), String(d)])],
        s.decimals === null ? "auto" : String(s.decimals),
        (v) => act.saveSettings({ decimals: v === "auto" ? null : Number(v) }),
      ),
      select("setting-lang", t.language, LANGS.map((l) => [l, LANGUAGE_NAMES[l]]), s.lang, (v) => act.saveSettings({ lang: v as Lang })),
      h(
        "div",
        { class: "field check" },
        h("input", { key: "setting-mark", attrs: { id: "setting-mark", type: "checkbox", checked: s.mark }, on: { change: (e) => act.saveSettings({ mark: (e.target as HTMLInputElement).checked }) } }),
        h("label", { attrs: { for: "setting-mark" } }, t.mark),
      ),
    ),
  ];
}
