/**
 * A Word table with a two-level header (621, 581): «Hồ sơ tiếp nhận» over «Tổng số | Trực tuyến | Trực tiếp». Every
 * column under the group names the received files, so words pick none; the group's «Tổng số» is the figure the
 * group names, the channels its parts. A month-by-month quarter's «Cộng quý» row is the quarter's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
}

const HEAD = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nII. KẾT QUẢ\n3. Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã\n";
const table = (sub: string) =>
  `${HEAD}Tháng\tHồ sơ tiếp nhận\t\t\tĐã giải quyết\t\t\tĐang giải quyết\n\t${sub}\tTổng số\tĐúng hạn\tTrễ hạn\t\n` +
  "Tháng 7\t702\t455\t247\t690\t684\t6\t-\nTháng 8\t655\t430\t225\t641\t637\t4\t-\n" +
  "Tháng 9\t731\t512\t219\t700\t695\t5\t-\nCộng quý\t2.088\t1.397\t691\t2.031\t2.016\t15\t57\n";

describe("the total column under a group's header", () => {
  it("binds the group's «Tổng số» in the quarter's row", () => {
    expect(state(table("Tổng số\tTrực tuyến\tTrực tiếp"), "bcdc:hcc.tiepNhan")).toBe("2.088");
  });

  it("near-match: a group with no total column gives none of its parts", () => {
    const r = state(table("Một cửa\tTrực tuyến\tTrực tiếp"), "bcdc:hcc.tiepNhan");
    expect(["2.088", "1.397", "691"]).not.toContain(r);
  });
});
