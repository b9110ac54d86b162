import { KEGIATAN, LEVEL_DIGIT } from "./structure";
import type { CodeTokens } from "./tokenize";
import type { CodeProblem } from "./types";

const isSpaceOnly = (sep: string) => /^\s+$/.test(sep);
const isPunctOnly = (sep: string) => /^[.,]+$/.test(sep);

/**
 * Problems of the separators. "2 13 04 2,01 09" glues the level digit to the kegiatan number inside a
 * space-separated code; "joined-segment" names that mix, so it alone does not also raise
 * "mixed-separators" (which is kept for mixes it does not explain, like "1.06.01.2. 01.").
 * The trailing separator has its own problem and does not count toward the mix.
 */
export function separatorProblems({ separators, trailing }: CodeTokens): CodeProblem[] {
  const problems: CodeProblem[] = [];
  const joinAt = LEVEL_DIGIT; // separators[3] sits between the level digit and the kegiatan number
  const joined =
    separators.length > joinAt &&
    isPunctOnly(separators[joinAt]) &&
    separators.some((sep, i) => i !== joinAt && isSpaceOnly(sep));
  if (joined) {
    problems.push({ kind: "joined-segment", segment: KEGIATAN, detail: "level digit and kegiatan joined" });
  }
  const kinds = new Set<string>();
  separators.forEach((sep, i) => {
    if (joined && i === joinAt) return;
    for (const ch of sep) kinds.add(/\s/.test(ch) ? " " : ch);
  });
  if (kinds.size > 1) problems.push({ kind: "mixed-separators" });
  if (/[.,]/.test(trailing)) problems.push({ kind: "trailing-separator" });
  return problems;
}
