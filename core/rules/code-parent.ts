import { codeFacts, levelName, parentProblems, printKey } from "./support/codes";
import type { Rule } from "./types";

/**
 * code-parent: a kegiatan or sub kegiatan whose code names a parent that is not in the table, or whose
 * prefix differs from the enclosing row in document order (the tree parent).
 */
export const codeParent: Rule = {
  meta: {
    id: "code-parent",
    severity: "error",
    kinds: "all",
    docs: {
      id: "Induk kode (program/kegiatan) tidak ada di tabel atau berbeda dengan baris di atasnya.",
      en: "The code's parent program/kegiatan is not in the table or differs from the enclosing row.",
    },
    messages: {
      missing: { id: "Induk kode {kode} ({induk}) tidak ada di tabel.", en: "The parent of code {kode} ({induk}) is not in the table." },
      differs: {
        id: "Awalan kode {kode} ({induk}) berbeda dengan {level} di atasnya, baris {baris} kode {kode_induk}.",
        en: "The prefix of code {kode} ({induk}) differs from the enclosing {level}, row {baris} code {kode_induk}.",
      },
    },
  },
  check(ctx) {
    const facts = codeFacts(ctx);
    parentProblems(ctx.rows, facts).forEach((problem, i) => {
      if (!problem) return;
      const row = ctx.rows[i];
      const code = row.code!;
      const enclosing = problem.enclosing;
      ctx.report({
        row: row.row,
        col: code.col,
        messageId: problem.kind,
        params: {
          kode: code.text,
          induk: printKey(problem.parentKey, facts),
          level: enclosing ? levelName(ctx, enclosing.level) : "",
          baris: enclosing?.row ?? "",
          kode_induk: enclosing?.code?.text ?? "",
        },
        expected: null,
        actual: code.text,
      });
    });
  },
};
