import { parseCode } from "../codes";
import { codeFacts } from "./support/codes";
import type { Rule } from "./types";

/** Names compare without case, punctuation and spacing differences ("Penyediaan  Gaji, dan" = "penyediaan gaji dan"). */
const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A code key in any printed style as the dotted key the model uses ("1 06 01 2,01" → "1.06.01.2.01"). */
const normalCode = (code: string) => parseCode(code)?.normalized ?? code.trim();

/**
 * code-nomenclature: codes absent from the nomenclature list the user supplied (code → name), or
 * whose name differs from the list's. Not in the default registry: no complete licensed list exists
 * (DOMAIN.md §3), so the rule runs only with the user's own list. Outline codes whose resolved key
 * lacks the level digit cannot be looked up and are left alone.
 */
export function nomenclatureRule(list: Map<string, string>): Rule {
  const names = new Map<string, string>();
  for (const [code, name] of list) names.set(normalCode(code), name);
  return {
    meta: {
      id: "code-nomenclature",
      severity: "warning",
      kinds: "all",
      docs: {
        id: "Kode atau nama tidak ada dalam daftar nomenklatur yang diberikan.",
        en: "Code or name not in the nomenclature list supplied.",
      },
      messages: {
        unknown: { id: "Kode {kode} tidak ada dalam daftar nomenklatur.", en: "Code {kode} is not in the nomenclature list." },
        name: {
          id: "Nama untuk kode {kode} berbeda dengan nomenklatur: \"{nomenklatur}\".",
          en: "The name for code {kode} differs from the nomenclature: \"{nomenklatur}\".",
        },
      },
    },
    check(ctx) {
      const facts = codeFacts(ctx);
      for (const row of ctx.rows) {
        if (!facts.judged(row) || !row.code) continue;
        const key = row.code.key;
        if (row.code.outline && !/\.\d\.\d\d/.test(key)) continue;
        const listed = names.get(key);
        const at = { row: row.row, col: row.code.col, params: { kode: row.code.text, nomenklatur: listed ?? "" } };
        if (listed === undefined) ctx.report({ ...at, messageId: "unknown", expected: null, actual: row.code.text });
        else if (row.name !== "" && normalName(row.name) !== normalName(listed)) {
          ctx.report({ ...at, messageId: "name", expected: listed, actual: row.name });
        }
      }
    },
  };
}
