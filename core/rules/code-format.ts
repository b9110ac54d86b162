import type { ParsedCode } from "../codes";
import type { ModelRow } from "../model";
import { type CodeFacts, codeFacts, fill, levelName, printCode } from "./support/codes";
import type { Rule, RuleContext } from "./types";

/** Problems of the printed shape that one finding per code sums up (the code still reads right). */
const REASON = {
  "segment-width": { id: "bagian ke-{n} \"{isi}\" tidak {lebar} digit", en: "part {n} \"{isi}\" is not {lebar} digits" },
  "mixed-separators": { id: "pemisah bercampur", en: "mixed separators" },
  "trailing-separator": { id: "pemisah di akhir kode", en: "trailing separator" },
  "joined-segment": {
    id: "bagian kegiatan ditulis satu \"{isi}\", sedangkan tabel ini memisahkannya",
    en: "kegiatan part written as one \"{isi}\" while this table separates it",
  },
} as const;

/** "U BB PP K KK SS" in the table's style, cut to the row's level. */
function pattern(facts: CodeFacts, parts: number): string {
  const full = ["U", "BB", "PP", "K", "KK", facts.subWidth === 4 ? "SSSS" : "SS"].slice(0, parts);
  return full.join(facts.style === "dots" ? "." : " ");
}

const PARTS: Record<string, number> = { program: 3, kegiatan: 5, subkegiatan: 6 };

/** The printed code without its last part, keeping the row's own separators ("2 13 04 2,01 01" → "2 13 04 2,01"). */
const withoutLastPart = (text: string) => text.trim().replace(/[\s.,]+[^\s.,]+[\s.,]*$/, "");

/**
 * code-format: a code printed against the nomenclature's shape (DOMAIN.md §3). Separators are judged
 * against the table's own style: "2,01" is a deviation only where the table otherwise writes "2 01".
 * Outline codes print only their own part and are a legitimate style. A code whose parts do not fit the
 * row's level (4 parts on a kegiatan or program, a sub kegiatan code on the kegiatan row) is a separate
 * finding with the corrected code where the rows around it tell it.
 */
export const codeFormat: Rule = {
  meta: {
    id: "code-format",
    severity: "error",
    kinds: "all",
    docs: {
      id: "Kode tidak sesuai pola U.BB.PP.K.KK.SSSS: lebar bagian, pemisah, titik di akhir, \"X.XX\".",
      en: "Code not in the U.BB.PP.K.KK.SSSS shape: part widths, separators, trailing dots, \"X.XX\".",
    },
    messages: {
      shape: { id: "Kode \"{kode}\" tidak sesuai pola {pola}: {alasan}.", en: "Code \"{kode}\" does not follow the pattern {pola}: {alasan}." },
      placeholder: {
        id: "Kode \"{kode}\" masih berisi tanda \"X\" yang belum diganti.",
        en: "Code \"{kode}\" still holds an \"X\" placeholder.",
      },
      invalid: { id: "Kode \"{kode}\" berisi karakter yang bukan angka (\"{isi}\").", en: "Code \"{kode}\" holds a non-digit (\"{isi}\")." },
      tooMany: { id: "Kode \"{kode}\" punya {jumlah} bagian, lebih dari 6.", en: "Code \"{kode}\" has {jumlah} parts, more than 6." },
      levelDigit: {
        id: "Kode \"{kode}\": digit tingkat pemerintahan \"{isi}\" bukan 1 (provinsi) atau 2 (kab/kota).",
        en: "Code \"{kode}\": government-level digit \"{isi}\" is neither 1 (provinsi) nor 2 (kab/kota).",
      },
      depth: {
        id: "Baris {level} dengan kode \"{kode}\" punya {jumlah} bagian kode; seharusnya {harus}.",
        en: "The {level} row's code \"{kode}\" has {jumlah} parts; expected {harus}.",
      },
    },
  },
  check(ctx) {
    const facts = codeFacts(ctx);
    // Joined "2,01" is the table's own style when most kegiatan-deep codes print it so.
    let deep = 0;
    let joined = 0;
    for (const row of ctx.rows) {
      if (!row.code) continue;
      if (facts.regular(row.index)) {
        if (row.code.path.length >= 4) deep++;
        continue;
      }
      const p = facts.parsed(row.index);
      if (!p || p.segments.length < 5) continue;
      deep++;
      if (p.problems.some((x) => x.kind === "joined-segment")) joined++;
    }
    const joinedIsStyle = joined * 2 > deep;
    for (const row of ctx.rows) {
      // A regular code has no shape problem; only its place in the tree can be wrong.
      if (!facts.judged(row) || (facts.regular(row.index) && row.levelNote !== "sub-code-on-kegiatan")) continue;
      const p = facts.parsed(row.index);
      if (!p) continue;
      checkShape(ctx, row, p, facts, joinedIsStyle);
      checkDepth(ctx, row, p, facts);
    }
  },
};

function checkShape(ctx: RuleContext, row: ModelRow, p: ParsedCode, facts: CodeFacts, joinedIsStyle: boolean): void {
  const code = row.code!;
  const at = { row: row.row, col: code.col, actual: code.text };
  const params = { kode: code.text };
  const reasons: string[] = [];
  let wrongWidth = false;
  for (const problem of p.problems) {
    const token = problem.segment !== undefined ? p.segments[problem.segment] : "";
    switch (problem.kind) {
      case "segment-width": {
        wrongWidth = true;
        const width = problem.segment === 5 ? String(facts.subWidth) : problem.segment === 0 || problem.segment === 3 ? "1" : "2";
        reasons.push(fill(REASON["segment-width"][ctx.lang], { n: (problem.segment ?? 0) + 1, isi: token, lebar: width }));
        break;
      }
      case "joined-segment":
        if (!joinedIsStyle) reasons.push(fill(REASON["joined-segment"][ctx.lang], { isi: `${p.segments[3]}${code.text.match(/\d([.,])\d/)?.[1] ?? ","}${p.segments[4]}` }));
        break;
      case "mixed-separators":
      case "trailing-separator":
        reasons.push(REASON[problem.kind][ctx.lang]);
        break;
      case "placeholder":
        ctx.report({ ...at, messageId: "placeholder", params, expected: null });
        break;
      case "invalid-character":
        ctx.report({ ...at, messageId: "invalid", params: { ...params, isi: problem.detail ?? token }, expected: null });
        break;
      case "too-many-segments":
        ctx.report({ ...at, messageId: "tooMany", params: { ...params, jumlah: p.segments.length }, expected: null });
        break;
      case "level-digit":
        ctx.report({ ...at, messageId: "levelDigit", params: { ...params, isi: token }, expected: null });
        break;
      case "missing-kegiatan":
        break; // a matter of the row's level: checkDepth
    }
  }
  if (reasons.length === 0) return;
  const parts = PARTS[row.level] ?? p.segments.length;
  ctx.report({
    ...at,
    messageId: "shape",
    params: { ...params, pola: pattern(facts, Math.max(parts, Math.min(p.segments.length, 6))), alasan: reasons.join("; ") },
    expected: p.placeholder ? null : printCode(p, facts),
    // Separators alone do not change what the code means.
    severity: wrongWidth ? "error" : "warning",
  });
}

/** First child's code cut to the kegiatan, for a kegiatan printed without its number. */
function kegiatanFromChildren(ctx: RuleContext, row: ModelRow, facts: CodeFacts): string | null {
  for (const c of row.children) {
    const child = facts.parsed(c);
    if (child && child.segments.length >= 5 && facts.judged(ctx.rows[c])) return printCode(child, facts, 5);
  }
  return null;
}

function checkDepth(ctx: RuleContext, row: ModelRow, p: ParsedCode, facts: CodeFacts): void {
  const code = row.code!;
  const count = p.segments.length;
  const expectedParts = PARTS[row.level];
  if (expectedParts === undefined) return;
  const report = (expected: string | null) =>
    ctx.report({
      row: row.row,
      col: code.col,
      messageId: "depth",
      params: { level: levelName(ctx, row.level), kode: code.text, jumlah: count, harus: expectedParts },
      expected,
      actual: code.text,
    });
  if (row.levelNote === "sub-code-on-kegiatan") {
    // Only where the program above is itself sound: under a doubtful parent the level is a guess.
    const parent = row.parent === null ? null : ctx.rows[row.parent];
    if (parent?.level === "program" && facts.judged(parent) && parent.code?.path.length === 3) report(withoutLastPart(code.text));
    return;
  }
  const missingKegiatan = p.problems.some((x) => x.kind === "missing-kegiatan");
  if (!missingKegiatan) return;
  if (row.level === "program") report(printCode(p, facts, 3));
  else if (row.level === "kegiatan") report(kegiatanFromChildren(ctx, row, facts));
}
