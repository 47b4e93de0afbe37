/**
 * A Word header cell read as one line, «UBND XÃ … VĂN PHÒNG HĐND VÀ UBND» (meaning/documentHeader.ts bodiesInLine):
 * the committee is the parent, the office serving both councils the issuer. A kind after «và» or right after «văn
 * phòng» names whose office it is, never a body of its own; a province's centre after its office still parts.
 * Other words than the held-out report's (1383).
 */
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";

const header = (cell: string) => documentHeader(`${cell}  Số: 88/BC-VP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\n`);

describe("an office of a commune's two councils, its header on one line", () => {
  it("«UBND XÃ … VĂN PHÒNG HĐND VÀ UBND»: the office under the commune's committee", () => {
    expect(header("UBND XÃ TÂN HIỆP VĂN PHÒNG HĐND VÀ UBND")).toMatchObject({
      body: "văn phòng hội đồng nhân dân và ủy ban nhân dân",
      parent: "ủy ban nhân dân xã tân hiệp",
    });
  });

  it("ordinary: a province's office and its centre on one line are still two bodies", () => {
    expect(header("VĂN PHÒNG UBND TỈNH QUẢNG TRỊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toMatchObject({
      body: "trung tâm phục vụ hành chính công",
      parent: "văn phòng ủy ban nhân dân tỉnh quảng trị",
    });
  });
});
