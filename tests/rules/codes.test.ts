import { codeDuplicate } from "../../core/rules/code-duplicate";
import { codeFormat } from "../../core/rules/code-format";
import { codeLevel } from "../../core/rules/code-level";
import { codeMissing } from "../../core/rules/code-missing";
import { codeOrder } from "../../core/rules/code-order";
import { codeParent } from "../../core/rules/code-parent";
import { CODES_RULES, nomenclatureRule } from "../../core/rules/groups/codes";
import { layoutColumnMissing } from "../../core/rules/layout-column-missing";
import { layoutYear } from "../../core/rules/layout-year";
import { validateTable } from "../../core/rules/validate";
import { GOOD, run, tc27, withLine } from "./codes-support";

const brief = (f: { cell: string; expected: string | null; actual: string | null }) => ({ cell: f.cell, expected: f.expected, actual: f.actual });

describe("a healthy table", () => {
  it("gives no finding from any codes rule", () => {
    expect(validateTable(tc27(GOOD), "id", CODES_RULES).findings).toEqual([]);
  });
});

describe("code-format", () => {
  it("reports a one-digit part with the corrected code in the table's style", () => {
    const f = run(codeFormat, tc27(withLine(1, ["1 06 01 2 1", "Perencanaan"])));
    expect(f.map(brief)).toEqual([{ cell: "A6", expected: "1 06 01 2 01", actual: "1 06 01 2 1" }]);
    expect(f[0].severity).toBe("error");
    expect(f[0].message).toBe('Kode "1 06 01 2 1" tidak sesuai pola U BB PP K KK: bagian ke-5 "1" tidak 2 digit.');
  });

  it("reports a joined \"2,01\" only where the table otherwise separates it", () => {
    const f = run(codeFormat, tc27(withLine(2, ["1 06 01 2,01 01", "Penyusunan Dokumen Perencanaan"])));
    expect(f.map(brief)).toEqual([{ cell: "A7", expected: "1 06 01 2 01 01", actual: "1 06 01 2,01 01" }]);
    expect(f[0].severity).toBe("warning");
    const allJoined = GOOD.map(([c, n]): [string, string] => [c.replace(/ 2 (\d\d)/, " 2,$1"), n]);
    expect(run(codeFormat, tc27(allJoined))).toEqual([]);
  });

  it("reports a kegiatan without its number, with the number its sub kegiatan carry", () => {
    const f = run(codeFormat, tc27(withLine(4, ["1 06 01 2", "Administrasi Keuangan Perangkat Daerah"])));
    expect(f.map(brief)).toEqual([{ cell: "A9", expected: "1 06 01 2 02", actual: "1 06 01 2" }]);
    expect(f[0].message).toContain("4 bagian kode; seharusnya 5");
  });

  it("reports a program row printed with the level digit", () => {
    const f = run(codeFormat, tc27(withLine(6, ["1 06 02 2", "PROGRAM PEMBERDAYAAN SOSIAL"])));
    expect(f.map(brief)).toEqual([{ cell: "A11", expected: "1 06 02", actual: "1 06 02 2" }]);
  });

  it("reports a sub kegiatan code printed on the kegiatan row", () => {
    const lines = withLine(7, ["1 06 02 2 01 01", "Pemberdayaan Sosial Komunitas Adat Terpencil"]);
    lines.push(["1 06 02 2 01 02", "Peningkatan Kapasitas KAT"]);
    const f = run(codeFormat, tc27(lines.filter((_, i) => i !== 8)));
    expect(f.map(brief)).toEqual([{ cell: "A12", expected: "1 06 02 2 01", actual: "1 06 02 2 01 01" }]);
    expect(f[0].message).toContain("6 bagian kode; seharusnya 5");
  });

  it("reports an X placeholder and mixed separators", () => {
    const f = run(codeFormat, tc27(withLine(3, ["1.06.01.2. 01.02.", "Koordinasi"])));
    expect(f.map(brief)).toEqual([{ cell: "A8", expected: "1 06 01 2 01 02", actual: "1.06.01.2. 01.02." }]);
    const x = run(codeFormat, tc27(withLine(3, ["1 06 01 2 01 XX", "Koordinasi"])));
    expect(x.map((e) => e.message)).toEqual(['Kode "1 06 01 2 01 XX" masih berisi tanda "X" yang belum diganti.']);
  });
});

describe("code-duplicate", () => {
  it("reports every row carrying the same code", () => {
    const f = run(codeDuplicate, tc27(withLine(3, ["1 06 01 2 01 01", "Koordinasi Penyusunan Dokumen RKA"])));
    expect(f.map(brief)).toEqual([
      { cell: "A7", expected: null, actual: "1 06 01 2 01 01" },
      { cell: "A8", expected: null, actual: "1 06 01 2 01 01" },
    ]);
    expect(f[0].message).toBe("Kode 1 06 01 2 01 01 tertulis pada 2 baris: 7, 8.");
  });
});

describe("code-parent", () => {
  it("reports a kegiatan whose program has no row", () => {
    const lines = [...GOOD, ["1 06 06 2 01", "Perlindungan Sosial Korban Bencana"], ["1 06 06 2 01 01", "Penyediaan Makanan"]] as [string, string][];
    const f = run(codeParent, tc27(lines));
    expect(f.map(brief)).toEqual([{ cell: "A14", expected: null, actual: "1 06 06 2 01" }]);
    expect(f[0].message).toBe("Induk kode 1 06 06 2 01 (1 06 06) tidak ada di tabel.");
  });

  it("reports a sub kegiatan whose prefix differs from the enclosing kegiatan", () => {
    const f = run(codeParent, tc27(withLine(3, ["1 06 01 2 03 02", "Koordinasi"])));
    expect(f.map(brief)).toEqual([{ cell: "A8", expected: null, actual: "1 06 01 2 03 02" }]);
    expect(f[0].message).toContain("berbeda dengan kegiatan di atasnya, baris 6 kode 1 06 01 2 01");
  });
});

describe("code-level", () => {
  it("reports a sub kegiatan directly under a program", () => {
    const lines = [...GOOD, ["1 06 03", "PROGRAM REHABILITASI SOSIAL"], ["1 06 03 2 01 01", "Penyediaan Permakanan"], ["1 06 03 2 02 01", "Pemberian Layanan Data"]] as [string, string][];
    const f = run(codeLevel, tc27(lines));
    expect(f.map(brief)).toEqual([
      { cell: "A15", expected: null, actual: "1 06 03 2 01 01" },
      { cell: "A16", expected: null, actual: "1 06 03 2 02 01" },
    ]);
    expect(run(codeLevel, tc27(GOOD))).toEqual([]);
  });
});

describe("code-order", () => {
  it("reports a code smaller than its preceding sibling", () => {
    const lines = [...GOOD.slice(0, 4), ["1 06 01 2 01 05", "Evaluasi Kinerja"], ["1 06 01 2 01 03", "Penyusunan Laporan"], ...GOOD.slice(4)] as [string, string][];
    const f = run(codeOrder, tc27(lines));
    expect(f.map(brief)).toEqual([{ cell: "A10", expected: null, actual: "1 06 01 2 01 03" }]);
    expect(f[0].severity).toBe("warning");
  });
});

describe("code-missing", () => {
  it("reports a named sub kegiatan row without a code", () => {
    const f = run(codeMissing, tc27(withLine(3, ["", "Koordinasi Penyusunan Dokumen RKA"])));
    expect(f.map(brief)).toEqual([{ cell: "A8", expected: null, actual: "" }]);
    expect(f[0].message).toBe('Baris sub kegiatan "Koordinasi Penyusunan Dokumen RKA" tidak memiliki kode.');
  });
});

describe("code-nomenclature", () => {
  const list = new Map(GOOD.map(([c, n]) => [c.replace(/ /g, "."), n.toUpperCase()]));
  it("accepts codes and names of the list, compared without case", () => {
    expect(run(nomenclatureRule(list), tc27(GOOD))).toEqual([]);
  });
  it("reports a code not in the list and a name that differs", () => {
    const f = run(nomenclatureRule(list), tc27(withLine(5, ["1 06 01 2 02 09", "Penyediaan Gaji ASN"]).map((l, i) => (i === 2 ? [l[0], "Penyusunan Dokumen Anggaran"] : l))));
    expect(f.map(brief)).toEqual([
      { cell: "A7", expected: "PENYUSUNAN DOKUMEN PERENCANAAN", actual: "Penyusunan Dokumen Anggaran" },
      { cell: "A10", expected: null, actual: "1 06 01 2 02 09" },
    ]);
  });
});

describe("layout-column-missing", () => {
  it("reports a required column missing at the header row", () => {
    const t = tc27(GOOD, { withoutIndicator: true });
    expect(t.layout.missingRoles).toEqual(["indikator"]);
    expect(run(layoutColumnMissing, t).map(brief)).toEqual([{ cell: "A1", expected: "Indikator Kinerja", actual: null }]);
    expect(run(layoutColumnMissing, tc27(GOOD))).toEqual([]);
  });
});

describe("layout-year", () => {
  it("accepts consecutive years that match the title and kondisi akhir", () => {
    expect(run(layoutYear, tc27(GOOD, { title: "Rencana Program dan Kegiatan Tahun 2021-2022" }))).toEqual([]);
  });
  it("reports a gap, a kondisi akhir year and a title period that disagree", () => {
    const f = run(layoutYear, tc27(GOOD, { years: [2021, 2023], finalYear: 2026, title: "Rencana Program dan Kegiatan Tahun 2021-2026" }));
    expect(f.map((x) => [x.cell, x.expected])).toEqual([
      ["J2", "2023"],
      ["K2", "2023"],
      ["F3", "2021–2026"],
      ["H3", "2022"],
      ["I3", "2022"],
    ]);
  });
});
