/**
 * Held-out 1341 (a nine months' report with the third quarter's figures): «Riêng quý III, Bộ phận Một cửa … đạt
 * 94,17% …. Trung tâm Phục vụ hành chính công tỉnh giải quyết 47.864/50.382 hồ sơ, đạt 95,00% …» left the centre's
 * shares unbound as the nine months' (the part's heading). A sentence naming no period goes on with the report's own
 * quarter that opened an earlier sentence of its paragraph; one naming another period, or a paragraph opened by none,
 * is read as before.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD =
  "UBND TỈNH HÀ NAM\nVĂN PHÒNG\nSố: 88/BC-VP     Hà Nam, ngày 16 tháng 9 năm 2026\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở 9 tháng năm 2026 (có số liệu quý III)\n\nII. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2026\n";
const OPENING = "Trong quý III, Bộ phận Một cửa Văn phòng tiếp nhận 120 hồ sơ, đã giải quyết 111 hồ sơ. ";
const CENTRE = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 40.112 hồ sơ, đã giải quyết 38.005 hồ sơ, đạt 94,75%.";

const state = (text: string, id: string) => {
  const x = recognizeFigures(text, REPORT).get(id);
  return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
};

describe("the report's quarter opening a paragraph", () => {
  it("goes on into the paragraph's next sentences that name no period", () => {
    const text = `${HEAD}${OPENING}${CENTRE}\n`;
    expect(state(text, "bcdc:hcc.tiepNhan")).toEqual(["40.112"]);
    expect(state(text, "bcdc:hcc.tyLeDaGiaiQuyet")).toEqual(["94,75"]);
  });

  it("near-match: a sentence naming the longer span, or a paragraph of its own, stays the span's", () => {
    expect(state(`${HEAD}${OPENING}Tính chung 9 tháng, ${CENTRE}\n`, "bcdc:hcc.tiepNhan")).not.toEqual(["40.112"]);
    expect(state(`${HEAD}${OPENING}\n${CENTRE}\n`, "bcdc:hcc.tiepNhan")).not.toEqual(["40.112"]);
  });
});
