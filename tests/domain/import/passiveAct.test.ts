/**
 * A count that is the subject of a passive «được / bị + act» counts that act, however long the name of whose people
 * they are (passiveAct.ts): «04 công chức của các phòng chuyên môn được nâng lương trước thời hạn».
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\nIII. KẾT QUẢ THỰC HIỆN\n1. Công tác tổ chức cán bộ\n";
const read = (text: string, label: string) => boundValue(recognizeFigures(`${STAFF}${text}\n`, REPORT).get(byLabel(label).id));
const PAY = "Công chức được nâng lương trước thời hạn";

describe("the act after the people counted", () => {
  it("an early pay rise said after whose staff they are", () => {
    expect(read("- 04 công chức của các phòng chuyên môn được nâng lương trước thời hạn do hoàn thành xuất sắc nhiệm vụ.", PAY)).toBe("04");
  });
  it("the same with another owner's name and «đã được»", () => {
    expect(read("- Trong quý, 03 công chức thuộc Phòng Hành chính - Tổ chức đã được nâng lương trước thời hạn.", PAY)).toBe("03");
  });
  it("seconded staff «hiện có … được biệt phái» are not the staff present (bound so before)", () => {
    const text = "- Luân chuyển 02 công chức giữa các phòng. Hiện có 03 viên chức của Trung tâm Thông tin - Công báo được biệt phái về làm việc tại Ban Tiếp công dân.";
    expect(read(text, "Công chức đang thực hiện")).toBeNull();
  });
  it("near-match: staff sent to a course get no pay rise", () => {
    expect(read("- 02 viên chức của Trung tâm Thông tin - Công báo được cử đi học lớp trung cấp lý luận chính trị.", PAY)).toBeNull();
  });
  it("near-match: an act after a comma is another clause's", () => {
    expect(read("- 05 công chức của Phòng Tổng hợp, trong quý được nâng lương thường xuyên theo quy định.", PAY)).toBeNull();
  });
});
