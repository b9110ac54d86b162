export type { CodeLevel, CodeProblem, CodeProblemKind, ParsedCode } from "./types";
export { parseCode, looksLikeCode } from "./parse-code";
export { parentCode, isAncestor, compareCodes } from "./hierarchy";
export { formatCode } from "./format-code";
export { joinCodeCells } from "./split-cells";
export { resolveOutlineCode } from "./outline";
export { nomenclatureFromGrid } from "./nomenclature-list";
