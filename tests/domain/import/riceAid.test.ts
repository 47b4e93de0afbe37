/**
 * Rice aid named as the government's release decisions name it, «hỗ trợ gạo», beside the social-assistance decree's
 * «trợ giúp gạo» (the form's wording; words.ts reads one as the other). A Hà Tĩnh clerk's sentences.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const AID = "II. KẾT QUẢ THỰC HIỆN\n5. An sinh xã hội\n";
const documents = (text: string) => boundValue(recognizeFigures(`${AID}${text}\n`, REPORT).get(byLabel("Văn bản về trợ giúp gạo, tặng quà Tết").id));

it("«ban hành 03 văn bản về hỗ trợ gạo» and «… 03 văn bản hỗ trợ gạo cứu đói»", () => {
  expect(documents("Văn phòng tham mưu UBND tỉnh ban hành 03 văn bản về hỗ trợ gạo cho nhân dân vùng lũ; tiếp tục giúp đỡ 01 xã.")).toBe("03");
  expect(documents("Văn phòng đã tham mưu ban hành 03 văn bản hỗ trợ gạo cứu đói dịp giáp hạt.")).toBe("03");
});

it("beside the year's count in brackets, the quarter's «văn bản hỗ trợ gạo» is the figure", () => {
  expect(documents("Văn phòng tham mưu UBND thành phố ban hành 02 văn bản hỗ trợ gạo cho hộ thiếu đói dịp giáp hạt (6 tháng: 07 văn bản, kể cả quà Tết); tiếp tục giúp đỡ 01 xã (xã Ia Pếch).")).toBe("02");
});
