/**
 * «Tổng số cán bộ, công chức và người lao động hiện có của Văn phòng là 49 người»: a head count over both kinds of
 * staff is neither the civil servants' nor the public employees' figure; a total of one kind («Tổng số công chức hiện
 * có là 42 người») still is that kind's. Found on wt-fresh57's 510, an office with no public-service unit.
 */
import { totalOfKinds } from "../../../src/domain/import/meaning/staffKinds";
import { STAFF_LABELS, staffFigures } from "../../support/recognized";

const at = (t: string, n: string) => totalOfKinds(t, t.indexOf(n));

describe("a total over kinds of staff", () => {
  it("names both kinds before its number", () => {
    expect(at("Tổng số cán bộ, công chức và người lao động hiện có của Văn phòng là 49 người.", "49")).toBe(true);
    expect(at("Tổng cộng công chức, viên chức có mặt: 52 người.", "52")).toBe(true);
  });
  it("reads its clause bracket-aware: a «;» inside brackets does not cut «tổng số» off (numberClause.ts)", () => {
    expect(at("Tổng số cán bộ, công chức (kể cả 02 biệt phái; 01 tập sự) và người lao động hiện có là 49 người.", "49")).toBe(true);
    expect(at("Tổng số hồ sơ là 1.234. Cán bộ, công chức và người lao động hiện có 49 người.", "49")).toBe(false);
  });
  it("of one kind, or with no «tổng số», it is not", () => {
    expect(at("Tổng số công chức hiện có của Văn phòng là 42 người.", "42")).toBe(false);
    expect(at("Văn phòng có 42 công chức và 06 người lao động.", "06")).toBe(false);
    expect(at("Tổng số hồ sơ là 120; viên chức hiện có 12 người.", "12")).toBe(false);
  });
  it("is not taken for the public employees in post, while the civil servants beside it are read", () => {
    const { values } = staffFigures(
      "Năm 2025, Văn phòng được giao 46 biên chế công chức, hiện có 42 công chức; hợp đồng lao động là 06 người. Tổng số cán bộ, công chức và người lao động hiện có của Văn phòng là 49 người.",
    );
    expect(values.snCo).toBeNull();
    expect(values.ccCo).toBe("42");
    expect(STAFF_LABELS.snCo).toBe("Biên chế sự nghiệp đang thực hiện");
  });
});
