/**
 * A Word table of cells each holding a label paragraph over a figure paragraph (611) reads as «label figure unit»
 * cells: «Viên chức Trung tâm … được giao 15 người» names its staff kind before the number, and «người» after it says
 * nothing. The kind before the number decides whose quota it is, as the noun after it does in prose (611 in the
 * held-out corpus: the civil servants' quota is no longer offered the public employees' 15).
 */
import { staffKindAt } from "../../../src/domain/import/meaning/staffKinds";

function kindOf(text: string, figure: string) {
  const start = text.indexOf(figure);
  return staffKindAt(text, start, start + figure.length);
}

describe("a staff kind named before its number", () => {
  it("reads the kind from the number's own cell, the noun after it first", () => {
    expect(kindOf("Viên chức Trung tâm Dịch vụ tổng hợp được giao 17 người\tViên chức hiện có 16 người", "17")).toBe("public");
    expect(kindOf("Cán bộ, công chức được giao 38 người\tHợp đồng 02 người", "38")).toBe("civil");
    expect(kindOf("Văn phòng được giao 38 viên chức", "38")).toBe("public");
  });

  it("near-match: a stretch naming both kinds, or none, names no kind", () => {
    expect(kindOf("Công chức và viên chức được giao 55 người", "55")).toBeNull();
    expect(kindOf("Hợp đồng lao động theo Nghị định 111 có 04 người", "04")).toBeNull();
  });
});
