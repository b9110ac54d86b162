/**
 * A kode as printed (DOMAIN.md §3): U.BB.PP.K.KK.SSSS — urusan, bidang, program, government-level digit
 * + kegiatan, sub kegiatan. Real tables write it with dots, spaces, commas, trailing dots, split over
 * several cells, or leave leading parts to the rows above.
 */
export type CodeLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan";

export type CodeProblemKind =
  | "segment-width" // a segment has the wrong number of digits ("1" where "01" belongs)
  | "mixed-separators" // dots and spaces (or commas) in one code
  | "trailing-separator" // "1.06.01.2. 01."
  | "placeholder" // "X.XX" never replaced
  | "joined-segment" // "2,01" / "2.01" where the level digit and kegiatan belong in two parts
  | "missing-kegiatan" // "1 06 02 2": level digit without the kegiatan number
  | "invalid-character" // letters or symbols other than a placeholder X
  | "too-many-segments"
  | "level-digit"; // government-level digit other than 1 or 2

export interface CodeProblem {
  kind: CodeProblemKind;
  /** Index into `segments` the problem concerns, when it concerns one. */
  segment?: number;
  detail?: string;
}

export interface ParsedCode {
  /** Text as printed (cells of a split code joined by one space). */
  raw: string;
  /**
   * Canonical segments: [urusan, bidang, program, levelDigit, kegiatan, sub] as far as present; the
   * level digit and the kegiatan number are separate even when printed as "2,01". Widths as printed.
   */
  segments: string[];
  /** Canonical dotted form with standard widths where the digits allow it: "1.06.01.2.01.0001". */
  normalized: string;
  /** Level the segment count implies; null when it implies none (empty, or 4 segments). */
  level: CodeLevel | null;
  /** "1" provinsi or "2" kabupaten/kota, when the code reaches the kegiatan. */
  governmentLevel?: string;
  /** The sub kegiatan part has 4 digits (Kepmendagri 900.1.15.5-1317/2023) rather than 2. */
  fourDigitSub?: boolean;
  placeholder: boolean;
  problems: CodeProblem[];
}
