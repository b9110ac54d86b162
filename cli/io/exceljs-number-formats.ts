/**
 * ExcelJS 4.4.0 drops every backslash escape of a number format when it reads a workbook
 * (lib/xlsx/xform/style/numfmt-xform.js: `formatCode.replace(/[\\](.)/g, '$1')`). `0.00\%` — a
 * literal percent sign, the way LibreOffice saves `0.00"%"` — then comes back as `0.00%`, which
 * multiplies by 100: 90 would read as 9 000 %, and a workbook written back would show it so. This
 * keeps each format code exactly as the file has it. Imported by every reader of .xlsx files.
 */
interface NumFmtNode {
  name: string;
  attributes: { numFmtId: string; formatCode: string };
}
interface NumFmtXform {
  prototype: { parseOpen(this: { model: unknown }, node: NumFmtNode): boolean };
}

// A module ExcelJS keeps internal (no types, no export map): the very instance its style reader uses.
const NumFmt = require("exceljs/lib/xlsx/xform/style/numfmt-xform") as NumFmtXform;

NumFmt.prototype.parseOpen = function parseOpen(node: NumFmtNode): boolean {
  if (node.name !== "numFmt") return false;
  this.model = { id: parseInt(node.attributes.numFmtId, 10), formatCode: node.attributes.formatCode };
  return true;
};
