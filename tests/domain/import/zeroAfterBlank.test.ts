/**
 * A printed form's blank between an item's label and its value («…: ……………… Không») leaves «Không» the item's value,
 * as «…: Không» is (meaning/zeroWords.ts). A Phú Thọ clerk filling the province's phiếu. The other side: «Không áp
 * dụng» after the blank says the item does not apply, no zero.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const form = (value: string) =>
  ["III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", "g) Phòng, chống tham nhũng", `- Cán bộ, công chức, viên chức bị xử lý vì hành vi tham nhũng trong quý: ………………… ${value}`, "- Số cuộc họp giao ban trong quý: ………………… 12", ""].join("\n");
const punished = (value: string) => boundValue(recognizeFigures(form(value), REPORT).get(byLabel("Người bị xử lý vì hành vi tham nhũng").id));

describe("«Không» after a form's blank", () => {
  it("is the item's value", () => {
    expect(punished("Không")).toBe("Không");
    expect(punished("không.")).toBe("không");
  });

  it("near-miss: «Không áp dụng» is no zero", () => {
    expect(punished("Không áp dụng")).toBeNull();
  });
});

/** «Số văn bản …: không phát sinh trong quý II.»: the period the zero holds for may follow it (zeroWords.ts). */
describe("a zero with its period after it", () => {
  const letters = (value: string) => boundValue(recognizeFigures(`- Số văn bản về trợ giúp gạo, tặng quà Tết cho hộ nghèo: ${value}\n`, REPORT).get(byLabel("Văn bản về trợ giúp gạo, tặng quà Tết").id));

  it("is the item's value", () => {
    expect(letters("không phát sinh trong quý II.")).toBe("không phát sinh");
    expect(letters("Không phát sinh trong kỳ báo cáo.")).toBe("Không phát sinh");
  });

  it("near-miss: more words after the period say something else", () => {
    expect(letters("không phát sinh thêm trong quý II.")).toBeNull();
    expect(letters("không phát sinh trong quý II do thiếu kinh phí hỗ trợ.")).toBeNull();
  });
});
