/**
 * A closing summary table writes again what the rooms' parts said (src/domain/import/meaning/summaryTables.ts,
 * statedTwice.ts): where its terse row gives another value than the part's sentence, the clerk chooses; where they
 * agree, the figure binds as before.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).sort().join(" ")}` : "-";

const report = (meetings: string, opinions: string) =>
  [
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "1. Phần của Phòng Tổng hợp",
    "- Trong quý tổ chức 10 cuộc giao ban định kỳ của Lãnh đạo Sở với các phòng, đơn vị.",
    "- Ngày 20/5/2026 Giám đốc Sở đối thoại với công chức, viên chức; tiếp nhận 15 ý kiến, đã trả lời tại hội nghị.",
    "2. Phần của Bộ phận một cửa",
    "Trong quý, Bộ phận một cửa của Sở tiếp nhận 2.416 hồ sơ, đã giải quyết 2.390 hồ sơ.",
    "3. Tổng hợp chung",
    "STT\tChỉ tiêu\tSố liệu",
    `1\tCuộc họp giao ban\t${meetings}`,
    `2\tÝ kiến tại hội nghị đối thoại\t${opinions}`,
    "3\tHồ sơ tiếp nhận tại Bộ phận một cửa\t2.416",
    "",
    "Trên đây là báo cáo của Sở./.",
  ].join("\n");

const read = (text: string, ...ids: string[]) => {
  const r = recognizeFigures(text, REPORT);
  return ids.map((id) => shown(r.get(`bcdc:${id}`)));
};

describe("a closing summary table that restates the rooms' parts", () => {
  it("with another value than the part's sentence leaves the figure to the clerk, both shown", () => {
    expect(read(report("11", "16"), "giaoBan.soCuoc", "doiThoai.soYKien")).toEqual(["? 10 11", "? 15 16"]);
  });

  it("whose row names the body's value and settles it binds the row's figure", () => {
    const text = report("11", "15").replace("\t11\n", "\t11\tMục 1 ghi 10 cuộc là do lỗi đánh máy\n");
    expect(read(text, "giaoBan.soCuoc")).toEqual(["11"]);
  });

  it("agreeing with the part's sentence binds the figure", () => {
    const [meetings, opinions] = read(report("10", "15"), "giaoBan.soCuoc", "doiThoai.soYKien");
    expect(meetings!.split(" ")).toContain("10");
    expect(meetings!.startsWith("?")).toBe(false);
    expect(opinions!.split(" ")).toContain("15");
    expect(opinions!.startsWith("?")).toBe(false);
  });
});
