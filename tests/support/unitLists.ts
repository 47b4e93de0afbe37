/** A small form of an office's units (what it has «trực thuộc», its service units, their counts) and the lists read under it. */
import type { FormField } from "../../src/domain/form/types";
import { findLists } from "../../src/domain/import/meaning/lists";
import { tinyReport } from "./forms";

export const UNIT_FIELDS: FormField[] = [
  { id: "toChuc.danhSach", label: "Các tổ chức trực thuộc", kind: "list", section: "I" },
  { id: "toChuc.so", label: "Số tổ chức trực thuộc", kind: "count", section: "I", formula: { op: "countOf", list: "toChuc.danhSach" } },
  { id: "suNghiep.danhSach", label: "Các đơn vị sự nghiệp", kind: "list", section: "I" },
  { id: "suNghiep.so", label: "Số đơn vị sự nghiệp", kind: "count", section: "I", formula: { op: "countOf", list: "suNghiep.danhSach" } },
];

/** Each list found in `text` under `fields`: its field id without the form's prefix → its items joined by « | ». */
export function listsFound(text: string, fields: FormField[] = UNIT_FIELDS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, tinyReport(fields))) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}
