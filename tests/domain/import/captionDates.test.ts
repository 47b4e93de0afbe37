/**
 * A date in a table's caption dates that table (750): «Biên chế công chức … (số liệu đến ngày 31/5/2026):» above the
 * staff table is no end of the centre's figures; a caption naming the centre, or above a table whose header names it,
 * is the centre's.
 */
import { tableUnderCaption } from "../../../src/domain/import/meaning/captionTable";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const STAFF = "Biên chế công chức theo từng phòng, đơn vị (số liệu đến ngày 31/5/2026):\nTT\tPhòng, đơn vị\tBiên chế được giao\tCó mặt\n1\tPhòng Tổng hợp\t6\t6\n";
const RESULTS = "Kết quả tiếp nhận, giải quyết hồ sơ TTHC từ ngày 15/3/2026 đến ngày 14/6/2026:\nTT\tChỉ tiêu\tBộ phận Một cửa Văn phòng\tTrung tâm Phục vụ hành chính công tỉnh\n1\tHồ sơ tiếp nhận\t96\t31.482\n";

describe("a date in a table's caption", () => {
  it("reads the caption with the header of the table under it", () => {
    expect(tableUnderCaption(STAFF, STAFF.indexOf("31/5"))).toContain("phòng, đơn vị");
    expect(tableUnderCaption(RESULTS, RESULTS.indexOf("14/6"))).toContain("trung tâm phục vụ hành chính công tỉnh");
    // Near-miss: a sentence with no table under it is no caption.
    expect(tableUnderCaption("Số liệu đến ngày 31/5/2026.\nVăn phòng có 07 phòng.\n", 20)).toBeNull();
  });

  it("never takes the staff table's date for the end of the centre's figures", () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nVĂN PHÒNG\n\nBÁO CÁO\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\nVăn phòng có 07 tổ chức trực thuộc, trong đó có Trung tâm Phục vụ hành chính công tỉnh.\n${STAFF}`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:hcc.denNgay"))).toBeNull();
  });
});
