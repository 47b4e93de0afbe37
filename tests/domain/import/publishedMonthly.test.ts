/**
 * The monthly citizen-reception form read in the words of Đắk Nông's own published monthly reports
 * (daknong.gov.vn «Báo cáo tiếp dân hằng tháng», docs/recognition-vocabulary.md): the same facts written the several
 * ways the Inspectorate wrote them from 2017 to 2020, and the near-matches of those sentences.
 */
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

const read = (text: string) => boundByLabel(text, MONTHLY);

describe("monthly reception figures as Đắk Nông publishes them", () => {
  it("«Chủ tịch UBND tỉnh tiếp định kỳ …», «Lãnh đạo các Sở, Ban, ngành tiếp …», «Lãnh đạo UBND các huyện, thị xã tiếp …» (12/2017)", () => {
    const got = read(
      "Trong tháng 3/2019, lãnh đạo UBND tỉnh, lãnh đạo các Sở, Ban, ngành, UBND các huyện, thị xã đã thực hiện 12 lượt tiếp công dân (09 lượt định kỳ và 03 lượt đột xuất) với 52 người đến khiếu nại, tố cáo, kiến nghị và phản ánh.\n" +
        "Cụ thể, Chủ tịch UBND tỉnh tiếp định kỳ 2 lượt với 7 người (định kỳ). Lãnh đạo các Sở, Ban, ngành tiếp 04 lượt với 05 người (Phó Chánh Thanh tra tỉnh tiếp 04 lượt với 05 người; các Sở, ban, ngành khác không phát sinh tiếp công dân). Lãnh đạo UBND các huyện, thị xã tiếp 06 lượt với 40 người.\n",
    );
    expect(got("Lượt tiếp của lãnh đạo UBND tỉnh")).toBe("2");
    expect(got("Số người được lãnh đạo UBND tỉnh tiếp")).toBe("7");
    expect(got("Lượt tiếp của thủ trưởng các sở, ban, ngành")).toBe("04");
    expect(got("Số người được lãnh đạo các sở, ban, ngành tiếp")).toBe("05");
    expect(got("Lượt tiếp của lãnh đạo UBND các huyện, thành phố")).toBe("06");
    expect(got("Số người được cấp huyện tiếp")).toBe("40");
  });
  it("«… của Thủ trưởng các sở, ban ngành:01 lượt với 01 người», «… huyện, thành phố đã tiếp: 40 lượt (…) với 65 người» (6/2020)", () => {
    const got = read(
      "Trong tháng 7/2020: Tổng số lượt tiếp công dân của Thủ trưởng các sở, ban ngành:02 lượt với 03 người, trong đó: Phó Chánh thanh tra phụ trách tiếp 02 lượt với 03 người (đột xuất).\n" +
        "Lãnh đạo UBND các huyện, thành phố đã tiếp: 41 lượt (trong đó tiếp định kỳ 40 lượt, tiếp đột xuất 01 lượt) với 66 người đến khiếu nại, tố cáo, kiến nghị, phản ánh.\n",
    );
    expect(got("Lượt tiếp của thủ trưởng các sở, ban, ngành")).toBe("02");
    expect(got("Số người được lãnh đạo các sở, ban, ngành tiếp")).toBe("03");
    // «Tổng số lượt … của Thủ trưởng các sở, ban ngành: 02 lượt» is the departments' total, not the month's: read as the
    // month's it was smaller than the districts' 41, so both are left for the clerk (meaning/partOverWhole.ts).
    expect(got("Tổng số lượt tiếp công dân")).toBeNull();
    expect(got("Lượt tiếp của lãnh đạo UBND các huyện, thành phố")).toBeNull();
    expect(got("Số người được cấp huyện tiếp")).toBe("66");
  });
  it("the month compared with is the month, whether its figures follow in brackets or not (2/2020, 11/2018)", () => {
    const plain = read("So với tháng 1/2020, số lượt tiếp công dân tháng 2/2020 giảm 46 lượt; Số người đến khiếu nại, tố cáo, kiến nghị, phản ánh giảm 52 người.\n");
    expect(plain("Tháng so sánh (tháng trước)")).toBe("1/2020");
    // Near-match: the sentence with the earlier month's figures in brackets also has «, số lượt» after them.
    const bracketed = read("So với tháng 10/2018 (với 24 lượt tiếp công dân, 37 người đến khiếu nại, tố cáo, kiến nghị, phản ánh), số lượt tiếp công dân phát sinh trong tháng 11/2018 tăng 16 lượt.\n");
    expect(bracketed("Tháng so sánh (tháng trước)")).toBe("10/2018");
    expect(bracketed("Lượt tiếp tháng trước")).toBe("24");
  });
});
