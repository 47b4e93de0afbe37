/**
 * What the unseen batch 870–876 showed, each with the near-miss beside it:
 * - «Sở tiếp nhận 09 đơn (khiếu nại 03, tố cáo 01, kiến nghị, phản ánh 05)»: the kinds in the bracket are parts,
 *   and the count before it is all of them (870, 871, 873);
 * - «nhận 03 đơn kiến nghị, phản ánh (không có đơn khiếu nại, tố cáo)»: the none in the bracket is one kind's (872);
 * - «đã giải quyết 07 đơn, 02 đơn đang xem xét»: those still being dealt with are a part of those received (870).
 */
import { kindAfterCount, kindsAfterCount } from "../../../src/domain/import/meaning/kindPart";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const LETTERS = "Đơn thư, khiếu nại, tố cáo nhận được";
const HEAD = "UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n7. Tiếp công dân, giải quyết đơn thư\n";

describe("letters split by kind in a bracket", () => {
  it("reads each kind in the bracket as a part, and names the count's kinds", () => {
    const text = "Trong quý, Sở tiếp nhận 09 đơn (khiếu nại 03, tố cáo 01, kiến nghị, phản ánh 05), chủ yếu về chế độ người có công.";
    expect(kindAfterCount(LETTERS, text, text.indexOf("03"), false)).toBe(true);
    expect(kindAfterCount(LETTERS, text, text.indexOf("01"), false)).toBe(true);
    expect(kindAfterCount(LETTERS, text, text.indexOf("09"), false)).toBe(false);
    expect(kindsAfterCount(text, text.indexOf("09") + 2)?.replace(/\s+/g, " ").trim()).toBe("khiếu nại tố cáo kiến nghị phản ánh");
  });

  it("reads a none in the bracket as one kind's", () => {
    const text = "Trong quý, Sở nhận 03 đơn kiến nghị, phản ánh (không có đơn khiếu nại, tố cáo), đều thuộc lĩnh vực giá.";
    expect(kindAfterCount(LETTERS, text, text.indexOf("không có"), true)).toBe(true);
  });

  it("near-miss: another period's share in the bracket, a count of something the label does not name", () => {
    const period = "tiếp nhận, xử lý 61 phản ánh, kiến nghị (quý II: 29 phản ánh, kiến nghị).";
    expect(kindAfterCount("Phản ánh, kiến nghị về quy định hành chính", period, period.indexOf("29"), false)).toBe(false);
    expect(kindsAfterCount(period, period.indexOf("61") + 2)).toBeNull();
    const levels = "Văn phòng có 09 đồng chí có trình độ lý luận chính trị (cao cấp 01, trung cấp 07).";
    expect(kindsAfterCount(levels, levels.indexOf("09") + 2)).toBeNull();
    expect(kindAfterCount(LETTERS, levels, levels.indexOf("01"), false)).toBe(false);
  });

  it("binds the count of all the letters, never one kind nor those still pending", () => {
    const text = `${HEAD}Trong quý, Sở tiếp nhận 09 đơn (khiếu nại 03, tố cáo 01, kiến nghị, phản ánh 05), chủ yếu về chế độ người có công và chế độ thôi việc; đã giải quyết 07 đơn, 02 đơn đang xem xét trong thời hạn.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:khieuNai.soDon"))).toBe("09");
    const none = `${HEAD}Trong quý, Sở nhận 03 đơn kiến nghị, phản ánh (không có đơn khiếu nại, tố cáo), đều thuộc lĩnh vực giá và bồi thường; đã chuyển, hướng dẫn và trả lời 03/03 đơn.\n`;
    expect(boundValue(recognizeFigures(none, REPORT).get("bcdc:khieuNai.soDon"))).not.toBe("không có");
  });
});
