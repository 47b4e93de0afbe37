/**
 * Lists as clerks write them around a form's list wording (patterns/build.ts splitItems, listSentenceEnd) and after a
 * count (listRestated.ts): one bullet line an item whatever the sentence's separator, «, gồm:» as «gồm:», a prose list
 * ending with its sentence, items numbered «(1) …», «Các nhóm:» under the count of groups, a document cited in an
 * item. A Quảng Bình clerk's lists, not the held-out reports'.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { fig, listSentenceEnd, splitItems } from "../../../src/domain/import/patterns";
import { tinyReport } from "../../support/forms";

describe("splitItems", () => {
  it("bullet lines are the items, their bullets and line ends left out", () => {
    expect(splitItems("\n+ Nhà khách Sông Gianh;\n+ Trung tâm Tin học, Công báo;\n- Ban Quản lý Khu A.", "commasAnd")).toEqual([
      "Nhà khách Sông Gianh",
      "Trung tâm Tin học, Công báo",
      "Ban Quản lý Khu A",
    ]);
  });
  it("near-match: prose with one bullet line, or none, is split on the form's separator", () => {
    expect(splitItems("Nhà khách Sông Gianh, Trung tâm Tin học và Ban Quản lý", "commasAnd")).toEqual(["Nhà khách Sông Gianh", "Trung tâm Tin học", "Ban Quản lý"]);
    expect(splitItems("- Nhà khách Sông Gianh, Trung tâm Tin học", "commasAnd")).toEqual(["- Nhà khách Sông Gianh", "Trung tâm Tin học"]);
  });
  it("«(1) …; (2) …»: the items' numbers are no part of them; a number inside an item stays", () => {
    expect(splitItems("(1) Rà soát TTHC; (2) Số hóa hồ sơ; Cấp 2 bản sao", "semicolons")).toEqual(["Rà soát TTHC", "Số hóa hồ sơ", "Cấp 2 bản sao"]);
  });
  it("«1) …; 2) …», «a) …», «(ii) …»: other ways of numbering the items, the number left out too", () => {
    expect(splitItems("1) chỉ đạo, điều hành; 2) rà soát TTHC; 10) thông tin, báo cáo", "semicolons")).toEqual(["chỉ đạo, điều hành", "rà soát TTHC", "thông tin, báo cáo"]);
    expect(splitItems("a) Nhà khách A; đ) Trung tâm B; (ii) Ban C", "semicolons")).toEqual(["Nhà khách A", "Trung tâm B", "Ban C"]);
  });
  it("lettered lines ending with «;» and the list's full stop: neither mark is part of a name, an ellipsis is (571, daknong)", () => {
    expect(splitItems("\na) Phòng Tổng hợp;\nb) Phòng Kinh tế;\nf) Trung tâm Phục vụ hành chính công tỉnh.\n", "semicolons")).toEqual([
      "Phòng Tổng hợp",
      "Phòng Kinh tế",
      "Trung tâm Phục vụ hành chính công tỉnh",
    ]);
    // A full stop inside a name stays: only the marks closing it go.
    expect(splitItems("Chi nhánh TP. Tây Ninh; Nhà khách Long An.", "semicolons")).toEqual(["Chi nhánh TP. Tây Ninh", "Nhà khách Long An"]);
    // An ellipsis is the clerk's: the list goes on beyond what she wrote.
    expect(splitItems("kiến nghị cấp giấy; đề nghị làm đường giao thông nông thôn...", "semicolons")).toEqual(["kiến nghị cấp giấy", "đề nghị làm đường giao thông nông thôn..."]);
  });
  it("near-match: a name that only begins with a letter or a number keeps it", () => {
    expect(splitItems("Đội 1 kiểm tra; 3 tổ công tác; A) B", "semicolons")).toEqual(["Đội 1 kiểm tra", "3 tổ công tác", "A) B"]);
  });
});

describe("a prose list ends with its sentence", () => {
  it("at a full stop before a capital", () => {
    const list = "rà soát TTHC; số hóa hồ sơ. So với năm trước tăng một nhóm.";
    expect(list.slice(0, listSentenceEnd(list))).toBe("rà soát TTHC; số hóa hồ sơ");
  });
  it("near-match: an abbreviation's full stop, a full stop before lower case, or none", () => {
    expect(listSentenceEnd("hỗ trợ TP. Đồng Hới; số hóa")).toBe(27);
    expect(listSentenceEnd("rà soát. số hóa")).toBe(15);
  });
});

describe("«, gồm:» is the wording's «gồm:»", () => {
  const pattern = fig("nhiệm vụ cụ thể gồm: {L}\\.", "semicolons");
  it("with or without the comma", () => {
    expect([..."đề ra 20 nhiệm vụ cụ thể, gồm: rà soát; số hóa.".matchAll(pattern.re)].length).toBe(1);
    expect([..."đề ra 20 nhiệm vụ cụ thể gồm: rà soát; số hóa.".matchAll(pattern.re)].length).toBe(1);
  });
  it("near-match: other words before «gồm» are not the wording", () => {
    expect([..."đề ra 20 nhiệm vụ cụ thể khác gồm: rà soát; số hóa.".matchAll(pattern.re)].length).toBe(0);
  });
});

describe("«Các nhóm:» under the count of groups", () => {
  const report = tinyReport([
    { id: "k.nhom", label: "Các nhóm công việc kiểm soát TTHC", kind: "list", section: "I" },
    { id: "k.soNhom", label: "Số nhóm công việc", kind: "count", section: "I", formula: { op: "countOf", list: "k.nhom" } },
  ]);
  const found = (text: string) => Object.fromEntries([...findLists(text, report)].map(([id, spans]) => [id.replace("bcdc:", ""), spans[0]!.input]));
  it("takes the bullet lines as the groups counted just before, a cited resolution in an item no figure", () => {
    const text = "- Kế hoạch năm: 03 nhóm công việc, 21 nhiệm vụ. Các nhóm:\n+ Rà soát TTHC;\n+ Cắt giảm TTHC theo Nghị quyết số 66/NQ-CP;\n+ Số hóa hồ sơ.\n- Khác: không.";
    expect(found(text)).toEqual({ "k.nhom": "Rà soát TTHC\nCắt giảm TTHC theo Nghị quyết số 66/NQ-CP\nSố hóa hồ sơ", "k.soNhom": "03" });
  });
  it("near-match: a count that disagrees, or another noun's count, takes no list", () => {
    expect(found("- Kế hoạch năm: 04 nhóm công việc, 21 nhiệm vụ. Các nhóm:\n+ Rà soát TTHC;\n+ Số hóa hồ sơ.")).not.toHaveProperty("k.nhom");
    expect(found("- Kế hoạch năm: 21 nhiệm vụ. Các nhóm:\n+ Rà soát TTHC;\n+ Số hóa hồ sơ.")).toEqual({});
  });
});
