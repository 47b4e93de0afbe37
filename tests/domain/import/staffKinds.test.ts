/**
 * Whose staff a quota counts (meaning/staffKinds.ts): a public-service unit reporting on itself writes «được giao 28
 * người làm việc, hiện có 26 viên chức», which are neither the civil servants' quota nor those of them in post; a
 * quota written with «công chức» still is. A clerk's sentences, not the corpus's.
 */
import { countedStaffKind, figureStaffKind, otherStaffKind } from "../../../src/domain/import/meaning/staffKinds";
import { staffFigures } from "../../support/recognized";

const after = (text: string, n: string) => text.indexOf(n) + n.length;

describe("the staff a quota figure and a number count", () => {
  it("reads the figure's kind from its words, only for a quota", () => {
    expect(figureStaffKind("Biên chế công chức được giao Công chức được giao là {N}")).toBe("civil");
    expect(figureStaffKind("Biên chế sự nghiệp được giao Biên chế sự nghiệp:? {N}")).toBe("public");
    // No quota: a raise for «công chức» is not judged.
    expect(figureStaffKind("Công chức được nâng lương trước thời hạn")).toBeNull();
  });

  it("reads the number's kind from the noun right after it", () => {
    const text = "Trung tâm được giao 28 người làm việc, hiện có 26 viên chức; Văn phòng được giao 62 biên chế công chức, 30 công chức, viên chức.";
    expect(countedStaffKind(text, after(text, "28"))).toBe("public");
    expect(countedStaffKind(text, after(text, "26"))).toBe("public");
    expect(countedStaffKind(text, after(text, "62"))).toBe("civil");
    // A number alone in brackets after a count of staff is about those staff.
    const noted = "hiện có 10 công chức (2) (đã điều chỉnh)";
    expect(countedStaffKind(noted, after(noted, "(2"), noted.indexOf("(2") + 1)).toBe("civil");
    expect(countedStaffKind("Ghi chú (2)", after("Ghi chú (2)", "(2"), 9)).toBeNull();
    // Both kinds together: neither's.
    expect(countedStaffKind(text, after(text, "30"))).toBeNull();
  });

  it("refuses another kind's number, keeps the figure's own", () => {
    const text = "Trung tâm được giao 28 người làm việc, hiện có 26 viên chức. Văn phòng được giao 62 biên chế công chức.";
    expect(otherStaffKind("Biên chế công chức được giao", text, after(text, "28"))).toBe(true);
    expect(otherStaffKind("Công chức đang thực hiện, Công chức được giao là {n}", text, after(text, "26"))).toBe(true);
    expect(otherStaffKind("Biên chế công chức được giao", text, after(text, "62"))).toBe(false);
    expect(otherStaffKind("Biên chế sự nghiệp được giao", text, after(text, "28"))).toBe(false);
  });
});

describe("in a report", () => {
  it("a centre's own staff are not bound as civil servants", () => {
    const { values } = staffFigures("Năm 2026, Trung tâm được giao 28 người làm việc, hiện có 26 viên chức; hợp đồng lao động 06 người.");
    expect(values.ccGiao).toBeNull();
    expect(values.ccCo).toBeNull();
  });

  it("near-match: a body's civil servants are", () => {
    const { values } = staffFigures("Năm 2026, Văn phòng được giao 62 biên chế công chức, hiện có 57 công chức; hợp đồng lao động 06 người.");
    expect(values.ccGiao).toBe("62");
    expect(values.ccCo).toBe("57");
  });
});
