/**
 * One branch's rate beside the centre's (held-out 1334): «tỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,39%. Tỷ lệ giải
 * quyết của Chi nhánh Bến Tre đạt 95,71%». The branch's share is its own, never the centre's figure alone
 * (meaning/unitSubject.ts OWNER); the centre's own sentence still binds.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH VĨNH LONG\nVĂN PHÒNG\nSố: 77/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2026\n\nIII. TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a branch's share beside the centre's", () => {
  it("near-match: the share of a named branch or site is not the centre's", () => {
    const table = [
      "Đơn vị\tTiếp nhận\tĐã giải quyết\tĐang giải quyết",
      "Cơ sở 1 (khu vực tỉnh cũ)\t21.400\t20.300\t1.100",
      "Cơ sở 2\t19.900\t19.128\t772",
      "Toàn tỉnh\t41.300\t39.428\t1.872",
    ].join("\n");
    const text = `${HEAD}${table}\n\nNhư vậy, tỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,47%. Tỷ lệ giải quyết của Cơ sở 2 đạt 96,12%, cao nhất trong hai cơ sở.\n`;
    expect(read(text, "bcdc:hcc.tyLeDaGiaiQuyet")).not.toBe("96,12");
  });

  it("still binds the centre's own share written the same way", () => {
    const text = `${HEAD}Trung tâm tiếp nhận 41.300 hồ sơ, đã giải quyết 39.250 hồ sơ. Tỷ lệ giải quyết của Trung tâm đạt 95,04%.\n`;
    expect(read(text, "bcdc:hcc.tyLeDaGiaiQuyet")).toBe("95,04");
  });
});
