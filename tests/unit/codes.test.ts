import fc from "fast-check";
import {
  compareCodes,
  formatCode,
  isAncestor,
  joinCodeCells,
  looksLikeCode,
  parentCode,
  parseCode,
  resolveOutlineCode,
  type CodeLevel,
  type CodeProblemKind,
  type ParsedCode,
} from "../../core/codes";

function parsed(input: string | number): ParsedCode {
  const code = parseCode(input);
  if (!code) throw new Error(`not parsed: ${JSON.stringify(input)}`);
  return code;
}

const kinds = (code: ParsedCode): CodeProblemKind[] => code.problems.map((p) => p.kind).sort();

interface Case {
  input: string | number;
  segments: string[];
  normalized: string;
  level: CodeLevel | null;
  problems?: CodeProblemKind[];
  placeholder?: boolean;
  governmentLevel?: string;
  fourDigitSub?: boolean;
}

const cases: Case[] = [
  {
    input: "1.06.01.2.01.01",
    segments: ["1", "06", "01", "2", "01", "01"],
    normalized: "1.06.01.2.01.01",
    level: "subkegiatan",
    governmentLevel: "2",
    fourDigitSub: false,
  },
  {
    input: "1 06 01 2 01 01",
    segments: ["1", "06", "01", "2", "01", "01"],
    normalized: "1.06.01.2.01.01",
    level: "subkegiatan",
    governmentLevel: "2",
    fourDigitSub: false,
  },
  {
    input: "1.06.01.2.01.0001",
    segments: ["1", "06", "01", "2", "01", "0001"],
    normalized: "1.06.01.2.01.0001",
    level: "subkegiatan",
    governmentLevel: "2",
    fourDigitSub: true,
  },
  { input: "1 06 01", segments: ["1", "06", "01"], normalized: "1.06.01", level: "program" },
  { input: "1 06", segments: ["1", "06"], normalized: "1.06", level: "bidang" },
  { input: "1", segments: ["1"], normalized: "1", level: "urusan" },
  {
    input: "2 13 04 2,01 09",
    segments: ["2", "13", "04", "2", "01", "09"],
    normalized: "2.13.04.2.01.09",
    level: "subkegiatan",
    problems: ["joined-segment"],
    governmentLevel: "2",
    fourDigitSub: false,
  },
  {
    input: "2 13 05 2.01 03",
    segments: ["2", "13", "05", "2", "01", "03"],
    normalized: "2.13.05.2.01.03",
    level: "subkegiatan",
    problems: ["joined-segment"],
    governmentLevel: "2",
  },
  {
    input: "2 13 03 2,01",
    segments: ["2", "13", "03", "2", "01"],
    normalized: "2.13.03.2.01",
    level: "kegiatan",
    problems: ["joined-segment"],
  },
  {
    // A glued kegiatan in a code that mixes further: both problems.
    input: "1.06 01 2.01 09",
    segments: ["1", "06", "01", "2", "01", "09"],
    normalized: "1.06.01.2.01.09",
    level: "subkegiatan",
    problems: ["joined-segment", "mixed-separators"],
  },
  {
    input: "1.06.01.2. 01.",
    segments: ["1", "06", "01", "2", "01"],
    normalized: "1.06.01.2.01",
    level: "kegiatan",
    problems: ["mixed-separators", "trailing-separator"],
    governmentLevel: "2",
  },
  {
    input: "1.06.01.2.01.",
    segments: ["1", "06", "01", "2", "01"],
    normalized: "1.06.01.2.01",
    level: "kegiatan",
    problems: ["trailing-separator"],
  },
  {
    input: "1 06 01 2 1",
    segments: ["1", "06", "01", "2", "1"],
    normalized: "1.06.01.2.01",
    level: "kegiatan",
    problems: ["segment-width"],
    governmentLevel: "2",
  },
  {
    input: "1 06 1 2 09",
    segments: ["1", "06", "1", "2", "09"],
    normalized: "1.06.01.2.09",
    level: "kegiatan",
    problems: ["segment-width"],
  },
  {
    input: "1 06 02 2",
    segments: ["1", "06", "02", "2"],
    normalized: "1.06.02.2",
    level: null,
    problems: ["missing-kegiatan"],
    governmentLevel: "2",
  },
  {
    input: "X.XX",
    segments: ["X", "XX"],
    normalized: "X.XX",
    level: "bidang",
    problems: ["placeholder"],
    placeholder: true,
  },
  {
    input: "X.XX.XX.2.XX",
    segments: ["X", "XX", "XX", "2", "XX"],
    normalized: "X.XX.XX.2.XX",
    level: "kegiatan",
    problems: ["placeholder"],
    placeholder: true,
    governmentLevel: "2",
  },
  {
    input: "1.XX.01",
    segments: ["1", "XX", "01"],
    normalized: "1.XX.01",
    level: "program",
    problems: ["placeholder"],
    placeholder: true,
  },
  {
    input: "X.X",
    segments: ["X", "X"],
    normalized: "X.XX",
    level: "bidang",
    problems: ["placeholder", "segment-width"],
    placeholder: true,
  },
  // The kegiatan part of a split code, read alone: structurally a bidang; context decides.
  { input: "2 01", segments: ["2", "01"], normalized: "2.01", level: "bidang" },
  {
    input: "1.06.01.3.01",
    segments: ["1", "06", "01", "3", "01"],
    normalized: "1.06.01.3.01",
    level: "kegiatan",
    problems: ["level-digit"],
  },
  {
    input: "1.06.01.1.01",
    segments: ["1", "06", "01", "1", "01"],
    normalized: "1.06.01.1.01",
    level: "kegiatan",
    governmentLevel: "1",
  },
  {
    input: "1.06.01.2.01.01.01",
    segments: ["1", "06", "01", "2", "01", "01", "01"],
    normalized: "1.06.01.2.01.01.01",
    level: null,
    problems: ["too-many-segments"],
  },
  {
    input: "1.06.O1",
    segments: ["1", "06", "O1"],
    normalized: "1.06.O1",
    level: "program",
    problems: ["invalid-character"],
  },
  {
    input: "1,06,01",
    segments: ["1", "06", "01"],
    normalized: "1.06.01",
    level: "program",
  },
  {
    input: "1.06,01",
    segments: ["1", "06", "01"],
    normalized: "1.06.01",
    level: "program",
    problems: ["mixed-separators"],
  },
  { input: "  1\u00a006\u00a0 01 ", segments: ["1", "06", "01"], normalized: "1.06.01", level: "program" },
  { input: "1  06\t01\u200b", segments: ["1", "06", "01"], normalized: "1.06.01", level: "program" },
  { input: "'1.06", segments: ["1", "06"], normalized: "1.06", level: "bidang" },
  { input: "1.", segments: ["1"], normalized: "1", level: "urusan", problems: ["trailing-separator"] },
  // Typed numbers: Excel turned the text into a number.
  { input: 1.06, segments: ["1", "06"], normalized: "1.06", level: "bidang" },
  { input: 2.01, segments: ["2", "01"], normalized: "2.01", level: "bidang" },
  { input: 2, segments: ["2"], normalized: "2", level: "urusan" },
  {
    input: 1.1,
    segments: ["1", "10"],
    normalized: "1.10",
    level: "bidang",
    problems: ["segment-width"],
  },
];

describe("parseCode: real spellings", () => {
  test.each(cases)("$input", (c) => {
    const code = parsed(c.input);
    expect(code.segments).toEqual(c.segments);
    expect(code.normalized).toBe(c.normalized);
    expect(code.level).toBe(c.level);
    expect(kinds(code)).toEqual([...(c.problems ?? [])].sort());
    expect(code.placeholder).toBe(c.placeholder ?? false);
    if (c.governmentLevel !== undefined) expect(code.governmentLevel).toBe(c.governmentLevel);
    if (c.fourDigitSub !== undefined) expect(code.fourDigitSub).toBe(c.fourDigitSub);
  });

  test("raw keeps the text as given", () => {
    expect(parsed("'1.06").raw).toBe("'1.06");
    expect(parsed(1.06).raw).toBe("1.06");
    expect(parsed(1.1).raw).toBe("1.1");
  });

  test("problems point at the segment they concern", () => {
    expect(parsed("1 06 01 2 1").problems).toEqual([expect.objectContaining({ kind: "segment-width", segment: 4 })]);
    expect(parsed("1 06 1 2 09").problems[0].segment).toBe(2);
    expect(parsed("1.06.01.3.01").problems[0].segment).toBe(3);
    expect(parsed("1.06.O1").problems[0]).toMatchObject({ kind: "invalid-character", segment: 2 });
    expect(parsed("1.XX.01").problems[0]).toMatchObject({ kind: "placeholder", segment: 1 });
    expect(parsed(1.1).problems[0]).toMatchObject({ kind: "segment-width", segment: 1 });
  });

  test("governmentLevel and fourDigitSub only when the code reaches them", () => {
    const program = parsed("1.06.01");
    expect(program.governmentLevel).toBeUndefined();
    expect(program.fourDigitSub).toBeUndefined();
    expect(parsed("1.06.01.2.01").fourDigitSub).toBeUndefined();
    expect(parsed("1.06.01.3.01").governmentLevel).toBeUndefined();
  });

  test.each([
    null,
    "",
    "   ",
    "'",
    "Urusan Bidang Pemberdayaan",
    "TOTAL",
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "1.06.01 Program Penunjang",
    "2.500.000",
    "9.336",
    "0,5616",
    "5,000,000",
    "10.5",
    "2021",
    "X",
    "X.",
    "XI",
    "2 x 3",
    "1 PD",
    ".5",
    "1.2.3.4.5.6.7.8.9",
    "-",
    0,
    -1.06,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e21,
  ])("not a code: %p", (input) => {
    expect(parseCode(input)).toBeNull();
  });

  test("looksLikeCode", () => {
    expect(looksLikeCode("1 06 01 2 01 01")).toBe(true);
    expect(looksLikeCode("X.XX")).toBe(true);
    expect(looksLikeCode("1.06.O1")).toBe(true);
    expect(looksLikeCode("TOTAL")).toBe(false);
    expect(looksLikeCode("")).toBe(false);
  });
});

describe("hierarchy", () => {
  test.each([
    ["1.06.01.2.01.0001", "1.06.01.2.01"],
    ["1 06 01 2 01 01", "1.06.01.2.01"],
    ["1.06.01.2.01", "1.06.01"],
    ["1 06 02 2", "1.06.02"],
    ["1.06.01", "1.06"],
    ["1 6", "1"],
    ["X.XX.01", "X.XX"],
  ])("parentCode(%s) = %s", (code, parent) => {
    expect(parentCode(parsed(code))).toBe(parent);
  });

  test("parentCode has none above the urusan or for too many segments", () => {
    expect(parentCode(parsed("1"))).toBeNull();
    expect(parentCode(parsed("1.06.01.2.01.01.01"))).toBeNull();
  });

  test("isAncestor", () => {
    expect(isAncestor("1", "1.06.01.2.01.01")).toBe(true);
    expect(isAncestor("1.06", "1.06.01")).toBe(true);
    expect(isAncestor("1.06.01", "1.06.01.2.01.0001")).toBe(true);
    expect(isAncestor("1.06.01.2.01", "1.06.01.2.01.01")).toBe(true);
    expect(isAncestor("1.06.01", "1.06.01")).toBe(false);
    expect(isAncestor("1.06.01.2.01.01", "1.06.01.2.01")).toBe(false);
    expect(isAncestor("1.06.02", "1.06.01.2.01")).toBe(false);
    expect(isAncestor("1.05", "1.06.01")).toBe(false);
  });

  test("compareCodes orders segment-wise numerically, parents first", () => {
    const shuffled = ["1.06.02", "1.06.01.2.10", "1.06.01.2.02.01", "2.07", "1.06", "1.06.01.2.02", "1.06.01"];
    expect([...shuffled].sort(compareCodes)).toEqual([
      "1.06",
      "1.06.01",
      "1.06.01.2.02",
      "1.06.01.2.02.01",
      "1.06.01.2.10",
      "1.06.02",
      "2.07",
    ]);
    expect(compareCodes("1.06.01.2.01.01", "1.06.01.2.01.0001")).toBe(0);
    expect(compareCodes("1.06.01.2.01.09", "1.06.01.2.01.0010")).toBeLessThan(0);
    expect(compareCodes("1.06", "X.XX")).toBeLessThan(0);
  });
});

describe("formatCode", () => {
  test("dots and spaces", () => {
    const segments = ["1", "06", "01", "2", "01", "0001"];
    expect(formatCode(segments, "dots")).toBe("1.06.01.2.01.0001");
    expect(formatCode(segments, "spaces")).toBe("1 06 01 2 01 0001");
  });
});

describe("joinCodeCells", () => {
  test.each<[(string | number | null)[], string]>([
    [["1", "06", "01", "2", "01", "01"], "1 06 01 2 01 01"],
    [["1 06", "01", "", ""], "1 06 01"],
    [["1", "06", "01", "2,01", "09"], "1 06 01 2,01 09"],
    [[null, " 1\u00a0", "'06", "  ", null], "1 06"],
    [[1, 6, 1, 2.01, 9], "1 6 1 2.01 9"],
    [["2", "13", "04", 2.1, "01"], "2 13 04 2.10 01"],
    [[], ""],
  ])("%p → %p", (cells, text) => {
    expect(joinCodeCells(cells)).toBe(text);
  });

  test("a split code with a joined kegiatan parses with joined-segment", () => {
    const code = parsed(joinCodeCells(["1", "06", "01", "2,01", "09"]));
    expect(code.normalized).toBe("1.06.01.2.01.09");
    expect(kinds(code)).toEqual(["joined-segment"]);
  });
});

describe("resolveOutlineCode", () => {
  test("fills leading cells from the row above and clears deeper ones", () => {
    const rows = [
      ["1", "", "", ""],
      ["1 06", "", "", ""],
      ["1 06", "01", "", ""],
      ["", "", "01", ""],
      ["", "", "", "01"],
      ["", "", "", "07"],
      ["", "", "02", ""],
      ["", "", "", "01"],
      ["1 06", "02", "", ""],
    ];
    const resolved: { cells: string[]; depth: number }[] = [];
    let previous: string[] | null = null;
    for (const row of rows) {
      const r = resolveOutlineCode(row, previous);
      resolved.push(r);
      previous = r.cells;
    }
    expect(resolved).toEqual([
      { cells: ["1", "", "", ""], depth: 0 },
      { cells: ["1 06", "", "", ""], depth: 0 },
      { cells: ["1 06", "01", "", ""], depth: 1 },
      { cells: ["1 06", "01", "01", ""], depth: 2 },
      { cells: ["1 06", "01", "01", "01"], depth: 3 },
      { cells: ["1 06", "01", "01", "07"], depth: 3 },
      { cells: ["1 06", "01", "02", ""], depth: 2 },
      { cells: ["1 06", "01", "02", "01"], depth: 3 },
      { cells: ["1 06", "02", "", ""], depth: 1 },
    ]);
  });

  test("a row without a code, and the first row", () => {
    expect(resolveOutlineCode(["", " ", "", ""], ["1 06", "01", "", ""])).toEqual({
      cells: ["", "", "", ""],
      depth: -1,
    });
    expect(resolveOutlineCode(["", "", "01", ""], null)).toEqual({ cells: ["", "", "01", ""], depth: 2 });
  });
});

describe("properties", () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const validSegments = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }).map(String),
      digits(2),
      digits(2),
      fc.constantFrom("1", "2"),
      digits(2),
      fc.oneof(digits(2), digits(4)),
      fc.constantFrom(1, 2, 3, 5, 6),
    )
    .map(([u, b, p, k, kk, s, length]) => [u, b, p, k, kk, s].slice(0, length));

  test("parseCode never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9X .,'\u00a0]{0,20}$/)), (text) => {
        parseCode(text);
      }),
      { numRuns: 2000 },
    );
  });

  test("parseCode never throws on arbitrary numbers", () => {
    fc.assert(fc.property(fc.double(), (n) => void parseCode(n)));
  });

  test("valid codes parse cleanly and round-trip through both styles", () => {
    fc.assert(
      fc.property(validSegments, (segments) => {
        const dotted = formatCode(segments, "dots");
        const code = parsed(dotted);
        expect(code.segments).toEqual(segments);
        expect(code.normalized).toBe(dotted);
        expect(code.problems).toEqual([]);
        expect(parsed(formatCode(code.segments, "spaces")).normalized).toBe(code.normalized);
      }),
    );
  });

  test("any parsed code's segments, printed with spaces, parse back to the same normalized form", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9X][0-9X .,]{0,20}$/), (text) => {
        const code = parseCode(text);
        if (code === null) return;
        expect(parsed(formatCode(code.segments, "spaces")).normalized).toBe(code.normalized);
      }),
      { numRuns: 2000 },
    );
  });
});
