/**
 * A room of the office that advises, «Phòng Nội chính - Pháp chế tham mưu Chủ tịch UBND tỉnh ban hành 07 Quyết định
 * công bố danh mục thủ tục hành chính …», does the office's own work (meaning/roomAdvising.ts): the count is the
 * office's, not another agency's. A room named with a level («Phòng Tư pháp huyện …») is that government's.
 */
import { ownRoomAdvising } from "../../../src/domain/import/meaning/roomAdvising";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const DECISIONS = byLabel("Quyết định công bố danh mục TTHC");
const DOC = (line: string) =>
  ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "II. KẾT QUẢ THỰC HIỆN", "4. Công tác kiểm soát thủ tục hành chính", "", line, ""].join("\n");

describe("a room of the office advising", () => {
  it("reads «phòng … tham mưu» as the office's own room", () => {
    expect(ownRoomAdvising("phòng nội chính - pháp chế tham mưu chủ tịch ubnd tỉnh")).toBe(true);
  });

  it("near-miss: a room named with a level or another body is not the office's", () => {
    expect(ownRoomAdvising("phòng tư pháp huyện tham mưu chủ tịch ubnd huyện")).toBe(false);
    expect(ownRoomAdvising("phòng kinh tế của sở tham mưu giám đốc")).toBe(false);
    expect(ownRoomAdvising("phòng nội chính - pháp chế")).toBe(false);
  });

  it("binds the decisions the office's room advised as the office's figure", () => {
    const line =
      "Phòng Nội chính - Pháp chế tham mưu Chủ tịch UBND tỉnh ban hành 07 Quyết định công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền giải quyết của các sở, ngành và UBND cấp xã.";
    expect(boundValue(recognizeFigures(DOC(line), REPORT).get(DECISIONS.id))).toBe("07");
  });
});
