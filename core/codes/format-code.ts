/** Prints segments in one of the two house styles: "1.06.01.2.01.0001" or "1 06 01 2 01 0001". */
export function formatCode(segments: readonly string[], style: "dots" | "spaces"): string {
  return segments.join(style === "dots" ? "." : " ");
}
