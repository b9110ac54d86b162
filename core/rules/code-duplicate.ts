import { codeFacts } from "./support/codes";
import type { Rule } from "./types";

/**
 * code-duplicate: the same code key on two rows. Every row carrying it is reported, so the user sees
 * all of them. Rows that lost part of their code are code-missing's (a lost tail makes a false twin),
 * and outline codes compare by the key resolved from the rows above.
 */
export const codeDuplicate: Rule = {
  meta: {
    id: "code-duplicate",
    severity: "error",
    kinds: "all",
    docs: { id: "Kode yang sama tertulis pada lebih dari satu baris.", en: "The same code on more than one row." },
    messages: {
      duplicate: {
        id: "Kode {kode} tertulis pada {jumlah} baris: {baris}.",
        en: "Code {kode} is printed on {jumlah} rows: {baris}.",
      },
    },
  },
  check(ctx) {
    const facts = codeFacts(ctx);
    // The row of a key seen once, the rows of a key seen more often: nearly every key is unique, and
    // needs no list of its own.
    const byKey = new Map<string, number | number[]>();
    for (const row of ctx.rows) {
      if (!facts.judged(row) || !row.code) continue;
      const seen = byKey.get(row.code.key);
      if (seen === undefined) byKey.set(row.code.key, row.index);
      else if (typeof seen === "number") byKey.set(row.code.key, [seen, row.index]);
      else seen.push(row.index);
    }
    for (const list of byKey.values()) {
      if (typeof list === "number") continue;
      const sheetRows = list.map((i) => ctx.rows[i].row).join(", ");
      for (const i of list) {
        const row = ctx.rows[i];
        ctx.report({
          row: row.row,
          col: row.code!.col,
          messageId: "duplicate",
          params: { kode: row.code!.text, jumlah: list.length, baris: sheetRows },
          expected: null,
          actual: row.code!.text,
        });
      }
    }
  },
};
