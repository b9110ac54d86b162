import type { Lang } from "../../core/i18n/messages";
import { message } from "../../core/i18n/messages";
import { TEMPLATES } from "../../core/layout";
import type { Table } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { nomenclatureFromGrid } from "../../core/codes";
import { nomenclatureRule } from "../../core/rules/groups/codes";
import { RULES } from "../../core/rules/registry";
import type { Convention, Finding, Rule } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import type { Grid } from "../../core/grid";
import { readWorkbookFile, WorkbookReadError } from "../io/read-workbook";

/** `tc27 validate`: findings per table, as ARCHITECTURE.md §3 prints them. */
export interface ValidateTableJson {
  sheet: string;
  kind: string;
  range: string;
  conventions: Record<string, unknown>;
  findings: Finding[];
}

export interface ValidateFileJson {
  file: string;
  tables: ValidateTableJson[];
  notices: string[];
  error: string | null;
}

function conventionsJson(table: Table, inferred: Convention[], lang: Lang): Record<string, unknown> {
  const result: Record<string, unknown> = { numbers: table.model.numbers.reading, codes: table.model.codeStyle };
  for (const c of inferred) result[c.key] = { value: c.value, support: c.support, total: c.total, text: c.text[lang] };
  return result;
}

/** Validates every table of every sheet of one workbook's grids, with the given rules. */
export function validateGrids(grids: Grid[], lang: Lang, rules: Rule[] = RULES): { tables: ValidateTableJson[]; notices: string[] } {
  const tables: ValidateTableJson[] = [];
  const notices: string[] = [];
  for (const grid of grids) {
    if (grid.values.every((row) => row.every((v) => v === null || v === ""))) {
      notices.push(message("sheet-empty", lang, { sheet: grid.sheet }));
      continue;
    }
    const found = readTables(grid);
    if (found.length === 0) notices.push(message("layout-unrecognized", lang, { sheet: grid.sheet }));
    for (const t of found) {
      const v = validateTable(t, lang, rules);
      tables.push({ sheet: t.model.sheet, kind: t.model.kind, range: t.model.range, conventions: conventionsJson(t, v.conventions, lang), findings: v.findings });
    }
  }
  return { tables, notices };
}

/**
 * The rules to run: the catalogue, plus code-nomenclature when the user gave a list (.csv, .tsv or
 * .xlsx with a code and a name column).
 */
export async function rulesFor(nomenclature: string | undefined): Promise<Rule[]> {
  if (!nomenclature) return RULES;
  const wb = await readWorkbookFile(nomenclature);
  const list = new Map(wb.sheets.flatMap((g) => [...nomenclatureFromGrid(g)]));
  return [...RULES, nomenclatureRule(list)];
}

export async function validateFile(file: string, lang: Lang, rules: Rule[] = RULES): Promise<ValidateFileJson> {
  try {
    const wb = await readWorkbookFile(file);
    const { tables, notices } = validateGrids(wb.sheets, lang, rules);
    const error = tables.length === 0 ? [message("file-no-table", lang, { file }), ...notices].join(" ") : null;
    return { file, tables, notices, error };
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { file, tables: [], notices: [], error: lang === "en" ? e.messageEn : e.message };
  }
}

const SEVERITY_LABEL: Record<Lang, Record<Finding["severity"], string>> = {
  id: { error: "kesalahan", warning: "peringatan", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function countBySeverity(findings: Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

/** A linter-style report: per table, findings grouped by rule (largest group first). */
export function validateText(files: ValidateFileJson[], lang: Lang): string {
  const lines: string[] = [];
  const all: Finding[] = [];
  for (const f of files) {
    lines.push(f.file);
    if (f.error) lines.push(`  ${f.error}`);
    for (const t of f.tables) {
      const label = TEMPLATES.find((x) => x.kind === t.kind)?.label[lang] ?? t.kind;
      lines.push(`  ${t.sheet} · ${label} · ${t.range}`);
      for (const [key, c] of Object.entries(t.conventions)) {
        if (c && typeof c === "object" && "text" in c) lines.push(`    ℹ ${(c as { text: string }).text}`);
        else if (key === "numbers" && c === "mixed") lines.push(`    ℹ ${lang === "en" ? "number conventions are mixed" : "format angka bercampur"}`);
      }
      const groups = new Map<string, Finding[]>();
      for (const x of t.findings) groups.set(x.rule, [...(groups.get(x.rule) ?? []), x]);
      for (const [rule, fs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
        lines.push(`    ${rule} (${fs.length})`);
        for (const x of fs) {
          const detail = [x.expected !== null ? `${lang === "en" ? "expected" : "seharusnya"} ${x.expected}` : "", x.actual !== null && x.actual !== "" ? `${lang === "en" ? "actual" : "tertulis"} ${x.actual}` : ""].filter(Boolean).join("; ");
          lines.push(`      ${x.cell.padEnd(6)} ${SEVERITY_LABEL[lang][x.severity].padEnd(11)} ${x.message}${detail ? ` [${detail}]` : ""}`);
        }
      }
      all.push(...t.findings);
    }
    for (const n of f.tables.length ? f.notices : []) lines.push(`  ${n}`);
  }
  lines.push("", message("summary", lang, countBySeverity(all)));
  return lines.join("\n");
}
