/**
 * Held-out 1340: «Tiếp nhận công chức: quý I tiếp nhận 02 công chức từ UBND các xã; quý II không có.», «Đợt thi đua
 * …: quý I đề nghị khen thưởng 03 cá nhân, quý II không phát sinh.» in the second quarter's report left the
 * quarter's none unread. An item whose label's colon opens its periods' parts gives each part's zero as the label's
 * value for that period; an earlier quarter's zero stays that quarter's, and a zero with no label before it is read
 * as before.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH HÀ NAM\nVĂN PHÒNG\nSố: 88/BC-VP     Hà Nam, ngày 16 tháng 6 năm 2026\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. KẾT QUẢ\n";

const state = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("a zero answering the report's quarter among a label's period parts", () => {
  it("is the label's value for the quarter", () => {
    expect(state(`${HEAD}- Tiếp nhận công chức: quý I tiếp nhận 03 công chức từ các huyện; quý II không có.\n`, "bcdc:tiepNhan.congChuc")).toEqual(["không có"]);
    expect(state(`${HEAD}- Điều động, luân chuyển đi: quý I 01 công chức, quý II không.\n`, "bcdc:dieuDong.di")).toEqual(["không"]);
    expect(state(`${HEAD}- Tiếp nhận công chức: năm 2026: 03 công chức (quý I); quý II: không có.\n`, "bcdc:tiepNhan.congChuc")).toEqual(["không có"]);
  });

  it("near-match: an earlier quarter's zero is not the report's", () => {
    expect(state(`${HEAD}- Tiếp nhận công chức: quý I không có; quý II tiếp nhận 03 công chức từ các huyện.\n`, "bcdc:tiepNhan.congChuc")).toEqual(["03"]);
  });
});
