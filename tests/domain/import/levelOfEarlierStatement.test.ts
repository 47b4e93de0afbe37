/**
 * «… sang làm việc tại Đảng ủy các phường … là 02 đồng chí; số công chức mà Văn phòng đã tiếp nhận … là 01 đồng chí»:
 * a level an earlier statement of the sentence named is no subject of a later statement's «là» (vetoText.ts
 * isOtherLevel with copulaStatement.ts copulaStatementStart), while a level the statement itself names still is.
 */
import { copulaStatementStart } from "../../../src/domain/import/meaning/copulaStatement";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

describe("a level named by an earlier statement", () => {
  it("the statement of «là» starts after the statement before it", () => {
    const text = "số công chức điều động sang Đảng ủy các phường là 02 đồng chí; số công chức mà Văn phòng đã tiếp nhận là 01 đồng chí";
    expect(copulaStatementStart(text, text.lastIndexOf("01"))).toBe(text.indexOf(";") + 1);
    expect(copulaStatementStart(text, text.indexOf("tiếp nhận"))).toBeNull();
  });

  it("leaves the civil servant received to the office", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nTrong quý, số công chức của Văn phòng được điều động sang làm việc tại Đảng ủy các phường theo quyết định của Ban Thường vụ Tỉnh ủy là 02 đồng chí; số công chức mà Văn phòng đã tiếp nhận từ Sở Nội vụ (Quyết định số 15/QĐ-SNV ngày 02/4/2026) là 01 đồng chí.\n",
      REPORT,
    );
    expect(value("Tiếp nhận công chức")).toBe("01");
  });

  it("a lead-in before a colon still names the level of the statement after it", () => {
    const value = boundByLabel(
      "I. ĐẶC ĐIỂM, TÌNH HÌNH\nVề biên chế, năm 2026 Sở được UBND tỉnh giao 118 biên chế công chức, hiện có 109 công chức.\nSở đang theo dõi số liệu biên chế chung toàn tỉnh: năm 2026 tổng biên chế công chức trong các cơ quan, tổ chức hành chính được giao là 2.910 biên chế.\n",
      REPORT,
    );
    expect(value("Biên chế công chức được giao")).toBe("118");
  });
});
