import Decimal from "decimal.js";
import { PREDIKAT_SCALES, PredikatScaleSchema, predikat, predikatFormula, predikatScale } from "../../core/compute";

describe("predikat on the Permendagri scale: every boundary", () => {
  test.each([
    ["50", "Sangat Rendah"],
    ["50.99", "Sangat Rendah"],
    ["51", "Rendah"],
    ["65", "Rendah"],
    ["66", "Sedang"],
    ["75", "Sedang"],
    ["75.999", "Sedang"],
    ["76", "Tinggi"],
    ["90", "Tinggi"],
    ["91", "Sangat Tinggi"],
    ["100", "Sangat Tinggi"],
    ["150", "Sangat Tinggi"],
    ["0", "Sangat Rendah"],
  ])("%s → %s", (v, label) => expect(predikat(new Decimal(v))).toBe(label));
});

test("the other scales in use", () => {
  const berhasil = predikatScale("berhasil")!;
  expect(predikat(new Decimal(100), berhasil)).toBe("Sangat Berhasil");
  expect(predikat(new Decimal("99.99"), berhasil)).toBe("Berhasil");
  expect(predikat(new Decimal(55), berhasil)).toBe("Cukup Berhasil");
  expect(predikat(new Decimal("54.9"), berhasil)).toBe("Kurang Berhasil");
  expect(predikat(new Decimal(76), predikatScale("baik")!)).toBe("Baik");
});

test("a custom scale is checked by its schema", () => {
  const custom = PredikatScaleSchema.parse({ name: "lkjip", label: { id: "x", en: "x" }, bands: [{ min: 85, label: "A" }, { min: 70, label: "B" }], below: "C" });
  expect(predikat(new Decimal(84), custom)).toBe("B");
  expect(() => PredikatScaleSchema.parse({ ...custom, bands: [{ min: 70, label: "B" }, { min: 85, label: "A" }] })).toThrow();
});

test("the formula form names the same bands", () => {
  expect(predikatFormula("N20", PREDIKAT_SCALES[0])).toBe(
    'IF(N20="","",IF(N20>=91,"Sangat Tinggi",IF(N20>=76,"Tinggi",IF(N20>=66,"Sedang",IF(N20>=51,"Rendah","Sangat Rendah")))))',
  );
});
