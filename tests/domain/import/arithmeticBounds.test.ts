/**
 * What a form's arithmetic rules out once figures are placed (meaning/arithmeticBounds.ts), a list's items read with
 * the line that opens them (listLead.ts), a total after its list described by the list's lead-in (listTotals.ts).
 */
import { builtInDefinition, REPORT } from "../../support/forms";
import { arithmeticBounds } from "../../../src/domain/import/meaning/arithmeticBounds";
import type { Candidate } from "../../../src/domain/import/meaning/candidates";
import type { FieldProfile } from "../../../src/domain/import/meaning/profiles";
import { leadParagraphOf } from "../../../src/domain/import/meaning/listLead";
import { isIdentifier } from "../../../src/domain/import/meaning/notCounts";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function count(start: number, value: number): Candidate {
  return { token: { start, end: start + 2, text: String(value), kind: "count", value } } as unknown as Candidate;
}

function profile(id: string): FieldProfile {
  return { kind: "count", field: MONTHLY.byId.get(`tcd:${id}`)! } as unknown as FieldProfile;
}

describe("arithmetic bounds from the form's sums and «at most» rules", () => {
  const tinh = count(0, 3);
  const so = count(10, 11);
  const huyen = count(20, 40);
  const placed = { exact: new Map(), meaning: new Map([["tcd:tinh.luot", [tinh]], ["tcd:so.luot", [so]], ["tcd:huyen.luot", [huyen]]]) };

  it("rules out a total below one of its bound parts, not one above them", () => {
    const impossible = arithmeticBounds(MONTHLY, [tinh, so, huyen], placed);
    expect(impossible(profile("tong.luot"), count(30, 2))).toBe(true);
    expect(impossible(profile("tong.luot"), count(40, 39))).toBe(true);
    expect(impossible(profile("tong.luot"), count(50, 54))).toBe(false);
  });

  it("rules out people fewer than the level's bound sessions («at most» rule)", () => {
    const impossible = arithmeticBounds(MONTHLY, [tinh, so, huyen], placed);
    expect(impossible(profile("huyen.nguoi"), count(60, 12))).toBe(true);
    expect(impossible(profile("huyen.nguoi"), count(70, 57))).toBe(false);
  });

  it("rules out a part above its bound total, and nothing when the total is bound to two values", () => {
    const total = count(80, 20);
    const one = arithmeticBounds(MONTHLY, [total], { exact: new Map(), meaning: new Map([["tcd:tong.luot", [total]]]) });
    expect(one(profile("so.luot"), count(90, 25))).toBe(true);
    expect(one(profile("so.luot"), count(90, 7))).toBe(false);
    const twice = arithmeticBounds(MONTHLY, [total, count(95, 21)], { exact: new Map(), meaning: new Map([["tcd:tong.luot", [total, count(95, 21)]]]) });
    expect(twice(profile("so.luot"), count(90, 25))).toBe(false);
  });
});

describe("list items and their opening line", () => {
  const text = "Đã tiếp 09 lượt, cụ thể:\n+ Sở Tư pháp: 04 lượt;\n+ Sở Nội vụ: 05 lượt.\nGhi chú\n+ dòng rời: 02 lượt";
  it("reads an item of a list a colon opens as that line's paragraph, not a loose bullet", () => {
    expect(leadParagraphOf(text, text.indexOf("05 lượt"))).toBe(leadParagraphOf(text, text.indexOf("09")));
    expect(leadParagraphOf(text, text.indexOf("02 lượt"))).toBe(text.lastIndexOf("\n", text.indexOf("02 lượt")));
  });

  it("takes «Tổng số: 18 lượt» as a count, a document's «Số: 18» still as its number", () => {
    const line = "- Tổng số: 18 lượt/22 người";
    expect(isIdentifier(line, line.indexOf("18"), line.indexOf("18") + 2)).toBe(false);
    const head = "Số: 18";
    expect(isIdentifier(head, 4, 6)).toBe(true);
  });
});

describe("a total after its list", () => {
  it("never takes a department's item for the departments' or the month's figure when the list ends «cộng: N lượt/M người»", () => {
    const text =
      "1. Tổng số lượt tiếp: 40 lượt/52 người.\n2. Lãnh đạo UBND tỉnh: không phát sinh.\n" +
      "3. Lãnh đạo các sở, ban, ngành: Thanh tra tỉnh: 03 lượt/03 người; Sở Tài nguyên và Môi trường: 02 lượt/04 người; cộng: 05 lượt/07 người.\n";
    const found = recognizeFigures(text, MONTHLY);
    const value = (id: string) => {
      const r = found.get(`tcd:${id}`);
      return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
    };
    expect([value("tong.luot"), value("tong.nguoi")]).toEqual(["40", "52"]);
    expect([null, "05"]).toContain(value("so.luot"));
    expect([null, "07"]).toContain(value("so.nguoi"));
  });

  it("is the award's figure when the units' list ends «tổng số: N cá nhân»", () => {
    const text =
      "II. KẾT QUẢ\n4. Thi đua, khen thưởng: trình Thủ tướng Chính phủ tặng Bằng khen cho cá nhân của các phòng: Phòng Nội chính: 1; Phòng Kinh tế: 2; tổng số: 03 cá nhân. Đề nghị khen thưởng cho hoạt động của HĐND tỉnh: 01 tập thể; 04 cá nhân.\n";
    const r = recognizeFigures(text, REPORT).get("bcdc:khenThuong.bangKhenTTg");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.input) : r?.state).toEqual(["03"]);
  });
});
