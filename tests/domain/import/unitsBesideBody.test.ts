/**
 * Four ways a report gives a number that is not the form's figure (wt-wrong54, found on held-out 480, 481, 484), each
 * with both sides, in other clerks' words than the documents':
 * - a unit with business of its own (a hospital, a centre, a «chi cục») as the subject of the number's clause
 *   (meaning/unitSubject.ts);
 * - the basis of a comparison, «So với quý II … tiếp nhận N hồ sơ thì tăng …» (vetoEarlier.ts comparedBasis);
 * - a count added «ngoài ra» beside one of the same unit the sentence already gave (besidesMain.ts);
 * - a staff count whose noun is a short form the document defines, «33 VC» (staffKinds.ts).
 */
import { addedBesidesCounted } from "../../../src/domain/import/meaning/besidesMain";
import { countedStaffKind } from "../../../src/domain/import/meaning/staffKinds";
import { otherUnitSubject } from "../../../src/domain/import/meaning/unitSubject";
import { comparedBasis } from "../../../src/domain/import/meaning/vetoEarlier";
import { withDocumentWords } from "../../../src/domain/import/meaning/words";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const at = (text: string, n: string) => text.indexOf(n);

describe("a unit of its own as the clause's subject (unitSubject.ts)", () => {
  const own = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", null, null];
  const subject = (text: string, n: string) => otherUnitSubject(text, 0, at(text, n), null, own);

  it("refuses a school's, a centre's, a sub-department's figure, after «;» or «:» too", () => {
    expect(subject("Trường Trung học phổ thông chuyên được giao 96, có mặt 91, hợp đồng 17.", "17")).toBe(true);
    expect(subject("Sở tổ chức 10 cuộc giao ban; Trung tâm Giáo dục thường xuyên tỉnh tổ chức 06 cuộc.", "06")).toBe(true);
    expect(subject("Số người làm việc: Trường Cao đẳng Sư phạm có mặt 140, hợp đồng 22.", "22")).toBe(true);
    // The kind alone, standing for the unit named before.
    expect(subject("Riêng Chi cục Khảo thí có 09 công chức; Chi cục đã tổ chức 05 cuộc giao ban.", "05")).toBe(true);
  });

  it("near-match: the body's own sentence, a unit after the verb, the report's own or the field's centre", () => {
    expect(subject("Sở tổ chức 10 cuộc giao ban; Trung tâm Giáo dục thường xuyên tỉnh tổ chức 06 cuộc.", "10")).toBe(false);
    expect(subject("Sở tiếp nhận 02 công chức về Trung tâm Giáo dục thường xuyên tỉnh.", "02")).toBe(false);
    // Rooms act for the body.
    expect(subject("Phòng Tổ chức cán bộ tổ chức 03 cuộc kiểm tra.", "03")).toBe(false);
    // A centre's own report: the centre is the issuer.
    expect(otherUnitSubject("Trung tâm đã tổ chức 08 cuộc giao ban.", 0, 23, null, ["TRUNG TÂM KỸ THUẬT TỔNG HỢP", null, null])).toBe(false);
    // The field's own organisation.
    const centre = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 4.120 hồ sơ.";
    expect(otherUnitSubject(centre, 0, at(centre, "4.120"), ["trung tâm phục vụ hành chính công"], own)).toBe(false);
    // A table's row is no sentence.
    expect(subject("Trường Trung học phổ thông chuyên\t96\t17", "17")).toBe(false);
  });

  it("in a report: a unit's figure is left to the clerk, never bound; the department's own binds", () => {
    const text = (subject: string) =>
      [
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "BÁO CÁO quý II năm 2026",
        "I. ĐẶC ĐIỂM, TÌNH HÌNH",
        "Cơ quan Sở được giao 58 biên chế công chức, hiện có 55 công chức; hợp đồng lao động: 06 người. Trường Trung học phổ thông chuyên được giao 96, có mặt 91, hợp đồng 17.",
        "III. KẾT QUẢ",
        "- Cơ quan Sở tổ chức 11 cuộc giao ban lãnh đạo; Trung tâm Giáo dục thường xuyên tỉnh đã tổ chức 04 cuộc giao ban.",
        `- ${subject} nâng lương trước thời hạn đối với 05 công chức.`,
      ].join("\n");
    const units = boundByLabel(text("Trung tâm Giáo dục thường xuyên tỉnh"), REPORT);
    // Only in the final demotion: the unit's number stays a rival, the clerk chooses.
    expect(units("Hợp đồng lao động")).toBeNull();
    expect(units("Cuộc họp giao ban trong quý")).toBeNull();
    expect(units("Công chức được nâng lương trước thời hạn")).toBeNull();
    expect(boundByLabel(text("Sở"), REPORT)("Công chức được nâng lương trước thời hạn")).toBe("05");
  });

  it("a figure written by the body and again by a unit under another heading keeps the body's place, bound", () => {
    const text = [
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
      "BÁO CÁO quý II năm 2026",
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "1. Cơ quan Sở",
      "Cơ quan Sở được giao 58 biên chế công chức, hiện có 55 công chức; hợp đồng: 06 người.",
      "2. Đơn vị trực thuộc",
      "Trường Trung học phổ thông chuyên được giao 96, có mặt 91, hợp đồng 17.",
    ].join("\n");
    expect(boundByLabel(text, REPORT)("Hợp đồng lao động")).toBe("06");
    // Near-match: the unit's place alone is left to the clerk.
    expect(boundByLabel(text.replace("hợp đồng: 06 người", "không có hợp đồng"), REPORT)("Hợp đồng lao động")).toBeNull();
  });

  it("near-match: a figure whose words name the units' kind, the report's central body named short, a kind with no unit named", () => {
    const text = "Trường Trung học phổ thông chuyên được giao 96, có mặt 91.";
    expect(otherUnitSubject(text, 0, at(text, "91"), null, own, "viên chức các trường ; đặc điểm")).toBe(false);
    const short = "Số liệu của Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm): Trung tâm tiếp nhận 7.315 hồ sơ.";
    expect(otherUnitSubject(short, 0, at(short, "7.315"), null, own)).toBe(false);
    // The kind alone with no unit named before it in the sentence.
    expect(subject("Chi cục đã tổ chức 05 cuộc giao ban.", "05")).toBe(false);
  });
});

describe("the basis of a comparison (vetoEarlier.ts comparedBasis)", () => {
  const q3 = { kind: "quarter", index: 3, year: 2026 };
  const basis = (text: string, n: string, period = q3) => comparedBasis(text, at(text, n), at(text, n) + n.length, text.length, period);

  it("refuses the earlier quarter's count written before the change", () => {
    expect(basis("So với quý II (từ 15/3/2026) tiếp nhận 1.870 hồ sơ thì tăng 215 hồ sơ.", "1.870")).toBe(true);
    expect(basis("So với cùng kỳ tiếp nhận 1.870 hồ sơ, giảm 40 hồ sơ.", "1.870")).toBe(true);
    expect(basis("So với quý II năm 2026 nhận 17 đơn thì giảm 03 đơn.", "17")).toBe(true);
    // A «;» inside the basis's bracket ends no clause (numberClause.ts).
    expect(basis("So với quý II (từ 15/3; đến 14/6/2026) tiếp nhận 1.870 hồ sơ thì tăng 215 hồ sơ.", "1.870")).toBe(true);
    // The earlier year named after «cùng kỳ» (walk51, 3: last year's «(02 cá nhân)» was the only candidate offered).
    const lastYear = "So với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý đề nghị khen thưởng 04 cá nhân.";
    const bracketed = lastYear.indexOf("(02") + 1;
    expect(comparedBasis(lastYear, bracketed, bracketed + 2, lastYear.length, q3)).toBe(true);
    expect(basis("So với cùng kỳ năm trước tiếp nhận 1.870 hồ sơ, giảm 40 hồ sơ.", "1.870")).toBe(true);
  });

  it("near-match: the report's own quarter, a later quarter, no change written, the change itself", () => {
    expect(basis("So với quý II, quý III tiếp nhận 2.085 hồ sơ, tăng 215 hồ sơ.", "2.085")).toBe(false);
    expect(basis("So với quý II (từ 15/3/2026) tiếp nhận 1.870 hồ sơ thì tăng 215 hồ sơ.", "1.870", { kind: "quarter", index: 2, year: 2026 })).toBe(false);
    expect(basis("So với quý II tiếp nhận 1.870 hồ sơ.", "1.870")).toBe(false);
    expect(basis("So với quý II (từ 15/3/2026) tiếp nhận 1.870 hồ sơ thì tăng 215 hồ sơ.", "215")).toBe(false);
  });
});

describe("a count added «ngoài ra» (besidesMain.ts)", () => {
  const added = (text: string, n: string) => addedBesidesCounted(text, 0, at(text, n), at(text, n) + n.length);

  it("refuses the added count beside one of the same unit, in digits or in words", () => {
    expect(added("Văn phòng họp giao ban 13 cuộc, ngoài ra giao ban với các xã 04 cuộc.", "04")).toBe(true);
    expect(added("Trong quý họp được mười ba cuộc, ngoài ra họp giao ban với thôn bốn cuộc.", "bốn")).toBe(true);
  });

  it("near-match: the first count, another unit, «Ngoài ra» opening its own sentence", () => {
    expect(added("Văn phòng họp giao ban 13 cuộc, ngoài ra giao ban với các xã 04 cuộc.", "13")).toBe(false);
    expect(added("Văn phòng tiếp nhận 13 đơn, ngoài ra tổ chức 04 cuộc giao ban.", "04")).toBe(false);
    expect(added("Ngoài ra, Văn phòng tổ chức 04 cuộc giao ban.", "04")).toBe(false);
    // Another act joined on, or «bên cạnh đó»: no count of the same act before it.
    const moved = "Văn phòng điều động 02 công chức, ngoài ra luân chuyển 02 công chức.";
    expect(addedBesidesCounted(moved, 0, moved.lastIndexOf("02"), moved.lastIndexOf("02") + 2)).toBe(false);
    expect(added("Văn phòng họp giao ban 13 cuộc, bên cạnh đó giao ban với các xã 04 cuộc.", "04")).toBe(false);
  });
});

describe("a staff noun written as the document's short form (staffKinds.ts)", () => {
  const text = "SNLV giao: 40; có mặt: 37 VC; HĐLĐ: 04.";
  const end = (n: string) => at(text, n) + n.length;

  it("reads «37 VC» as viên chức where the document defines VC so", () => {
    withDocumentWords([[["vc"], ["viên", "chức"]]], () => expect(countedStaffKind(text, end("37"))).toBe("public"));
  });

  it("near-match: without the definition, or a short form of no staff, nothing is read", () => {
    expect(countedStaffKind(text, end("37"))).toBeNull();
    withDocumentWords([[["vc"], ["văn", "chương"]]], () => expect(countedStaffKind(text, end("37"))).toBeNull());
  });
});
