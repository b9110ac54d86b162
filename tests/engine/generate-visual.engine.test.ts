import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/run-cli";
import { toPdf } from "../support/libreoffice";
import { pageToPng, pngSize } from "../support/pdf";

/**
 * The visual check: the generated Balangan T-C.27 printed by LibreOffice to PDF (the workbook's own
 * page setup: landscape A4, fit to width, header rows repeated) and its first page rendered to PNG.
 * That page is kept as docs/tc27-balangan.png for the README.
 */
const ROOT = path.join(__dirname, "..", "..");
const DOC_IMAGE = path.join(ROOT, "docs", "tc27-balangan.png");
const DPI = 100;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-visual-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the generated table prints as landscape A4 pages, the first kept for the README", () => {
  const xlsx = path.join(tmp, "tc27-balangan.xlsx");
  const r = runCli(["generate", path.join(ROOT, "tests", "fixtures", "balangan-tc27.tsv"), "--out", xlsx]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const pdf = toPdf(xlsx);
  try {
    const png = pageToPng(pdf, path.join(tmp, "page"), 1, DPI);
    const size = pngSize(png)!;
    // A4 landscape is 297 × 210 mm: at 100 dpi about 1169 × 827 pixels.
    expect(size.width).toBeGreaterThan(size.height);
    expect(Math.abs(size.width - (297 / 25.4) * DPI)).toBeLessThan(3);
    expect(Math.abs(size.height - (210 / 25.4) * DPI)).toBeLessThan(3);
    // A printed page, not a blank one: a rendered table compresses far worse than white paper.
    expect(fs.statSync(png).size).toBeGreaterThan(20_000);
    fs.mkdirSync(path.dirname(DOC_IMAGE), { recursive: true });
    fs.copyFileSync(png, DOC_IMAGE);
    expect(fs.statSync(DOC_IMAGE).size).toBeLessThan(400_000);
  } finally {
    fs.rmSync(path.dirname(path.dirname(pdf)), { recursive: true, force: true });
  }
}, 180_000);
