/**
 * What the unseen batches 1000–1056 showed, each with the near-miss beside it:
 * - a share written before its counts, «Tỷ lệ giải quyết đạt 95,27% (141/148 hồ sơ), trong đó … trả đúng hạn chiếm
 *   73,05% (103/141 hồ sơ)»: the whole of another count's fraction is no part a share follows (1040);
 * - «- Bổ nhiệm lại: 01 Trưởng phòng …»: a list line led by the renewal (1002);
 * - «Hội nghị đối thoại … đã tổ chức ngày 25/3/2024 (quý I), Văn phòng nhận được 05 ý kiến» in quý III (1014);
 * - «Theo Kế hoạch kiểm tra năm 2025 …, Văn phòng dự kiến kiểm tra … tại 02 đơn vị trong quý IV» (1040);
 * - «Nhân kỷ niệm … Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), Sở đã tham mưu … ban hành 03 văn bản về thăm,
 *   tặng quà» for the documents on gifts «Tết» (1000, and 960 of the batch before);
 * - the monthly form's level headings: «4. Chủ tịch UBND các huyện, thị xã, thành phố tiếp công dân» is a heading,
 *   and beside it «2. Lãnh đạo UBND tỉnh tiếp công dân định kỳ» names the province's level (1026).
 */
import { heldBeforePeriod } from "../../../src/domain/import/meaning/datedBefore";
import { occasionsOf, otherOccasionNamed } from "../../../src/domain/import/meaning/otherOccasion";
import { renewalForAppointment } from "../../../src/domain/import/meaning/vetoRenewal";
import { yearsPlanBefore } from "../../../src/domain/import/meaning/yearPlan";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition, REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const DOC = (head: string[], body: string[]) => [...head, "", "BÁO CÁO", ...body, ""].join("\n");
const Q3_2024 = scopeOfKind("quarter", 3, 2024);

describe("a share written before its counts (1040)", () => {
  const text = DOC(
    ["UBND TỈNH HƯNG YÊN", "VĂN PHÒNG"],
    [
      "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025",
      "",
      "III. CẢI CÁCH HÀNH CHÍNH",
      "a) Bộ phận Một cửa của Văn phòng",
      "Trong quý, Bộ phận Một cửa của Văn phòng tiếp nhận 148 hồ sơ. Tỷ lệ giải quyết đạt 95,27% (141/148 hồ sơ), trong đó trả sớm hạn chiếm 26,95% (38/141 hồ sơ), trả đúng hạn chiếm 73,05% (103/141 hồ sơ); đang giải quyết chiếm 4,73% (07/148 hồ sơ).",
    ],
  );

  it("reads each share with its own counts, not the share after the resolved count's next fraction", () => {
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tyLeDaGiaiQuyet"))).toBe("95,27");
    expect(boundValue(r.get("bcdc:motCuaVp.tyLeDungHan"))).toBe("73,05");
  });

  it("near-miss: a share right after its count still attaches to it", () => {
    const plain = text.replace(
      "Tỷ lệ giải quyết đạt 95,27% (141/148 hồ sơ), trong đó trả sớm hạn chiếm 26,95% (38/141 hồ sơ), trả đúng hạn chiếm 73,05% (103/141 hồ sơ)",
      "đã giải quyết 141 hồ sơ, đạt 95,27%; trả sớm hạn 38 hồ sơ, chiếm 26,95%; trả đúng hạn 103 hồ sơ, chiếm 73,05%",
    );
    const r = recognizeFigures(plain, REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tyLeDaGiaiQuyet"))).toBe("95,27");
  });
});

describe("renewals in a list (1002)", () => {
  it("reads a line led by «Bổ nhiệm lại:» as renewals, not appointments", () => {
    expect(renewalForAppointment("Bổ nhiệm Trưởng phòng", " ", () => "đơn vị.\n- Bổ nhiệm lại: ")).toBe(true);
    expect(renewalForAppointment("Bổ nhiệm Trưởng phòng", " ", () => "đơn vị.\n- Tái bổ nhiệm: ")).toBe(true);
  });

  it("near-miss: «Bổ nhiệm:» leads appointments, and a renewal's line before it says nothing of this one", () => {
    expect(renewalForAppointment("Bổ nhiệm Trưởng phòng", " ", () => "đơn vị.\n- Bổ nhiệm: ")).toBe(false);
    expect(renewalForAppointment("Bổ nhiệm Trưởng phòng", " ", () => "Bổ nhiệm lại: không.\n- Bổ nhiệm: ")).toBe(false);
  });

  it("binds no appointment from the renewal's line in a document", () => {
    const text = DOC(
      ["UBND TỈNH LẠNG SƠN", "BAN QUẢN LÝ KHU KINH TẾ"],
      ["Kết quả thực hiện dân chủ ở cơ sở quý II năm 2025", "", "III. CÔNG TÁC CÁN BỘ", "- Điều động: 01 công chức đến Sở Công Thương.", "- Bổ nhiệm lại: 01 Trưởng phòng Quản lý đầu tư và doanh nghiệp (hết thời hạn giữ chức vụ)."],
    );
    expect(recognizeFigures(text, REPORT).get("bcdc:boNhiem.truongPhong")?.state).not.toBe("bound");
  });
});

describe("an event held before the period (1014)", () => {
  it("reads what an event held before the quarter yielded as that earlier period's", () => {
    expect(heldBeforePeriod("Hội nghị đối thoại năm 2024 đã tổ chức ngày 25/3/2024 (quý I), Văn phòng nhận được ", Q3_2024)).toBe(true);
  });

  it("near-miss: an event within the period, and a document's date, say nothing", () => {
    expect(heldBeforePeriod("Hội nghị đối thoại đã tổ chức ngày 25/7/2024, Văn phòng nhận được ", Q3_2024)).toBe(false);
    // From the 15th of the month before: offices close a quarter mid-month.
    expect(heldBeforePeriod("Hội nghị đã tổ chức ngày 20/6/2024, nhận được ", Q3_2024)).toBe(false);
    expect(heldBeforePeriod("Thực hiện Kế hoạch số 12/KH-VP ngày 25/3/2024, Văn phòng nhận được ", Q3_2024)).toBe(false);
  });
});

describe("a year's plan, then the report's quarter after the number (1040)", () => {
  const q4 = scopeOfKind("quarter", 4, 2025);
  const before = "Theo Kế hoạch kiểm tra năm 2025 (điều chỉnh sau hợp nhất), Văn phòng dự kiến kiểm tra việc thực hiện dân chủ tại ";

  it("keeps the quarter's planned figure", () => {
    expect(yearsPlanBefore(before, q4, " đơn vị trong quý IV (Nhà khách, Trung tâm Thông tin)")).toBe(false);
    expect(yearsPlanBefore(before, q4, " đơn vị trong quý này")).toBe(false);
  });

  it("near-miss: the year's plan alone, or another quarter after it, is still the year's", () => {
    expect(yearsPlanBefore(before, q4, " đơn vị.")).toBe(true);
    expect(yearsPlanBefore(before, q4, " đơn vị trong quý III")).toBe(true);
  });
});

describe("another occasion than the label's (1000, 960)", () => {
  const body = (sentence: string) =>
    DOC(["UBND TỈNH TÂY NINH", "SỞ Y TẾ"], ["Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025", "", "II. KẾT QUẢ", "5. An sinh xã hội", sentence]);

  it("binds no documents on Tết gifts from a sentence about the 27/7 visits", () => {
    const text = body("Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025), Sở đã tham mưu UBND tỉnh ban hành 03 văn bản về thăm, tặng quà người có công với cách mạng.");
    expect(recognizeFigures(text, REPORT).get("bcdc:anSinh.soVanBan")?.state).not.toBe("bound");
  });

  it("near-miss: the Tết sentence is the figure's, and a sentence naming both occasions keeps it", () => {
    const tet = body("Sở đã tham mưu UBND tỉnh ban hành 03 văn bản về hỗ trợ gạo, tặng quà Tết Nguyên đán Ất Tỵ cho người có công.");
    expect(boundValue(recognizeFigures(tet, REPORT).get("bcdc:anSinh.soVanBan"))).toBe("03");
    const gifts = occasionsOf("Văn bản về trợ giúp gạo, tặng quà Tết");
    expect(gifts.ids).toEqual(["tet"]);
    expect(otherOccasionNamed(gifts, "ban hành 05 văn bản về tặng quà dịp Tết và Ngày Thương binh - Liệt sĩ 27/7")).toBe(false);
    expect(otherOccasionNamed(gifts, "ban hành 05 văn bản về tặng quà Tết Trung thu cho thiếu nhi")).toBe(true);
    // 680: rice is the label's other part, whatever the occasion.
    expect(otherOccasionNamed(gifts, "ban hành 05 văn bản về hỗ trợ gạo cứu đói và tặng quà nhân dịp Ngày Thương binh - Liệt sĩ")).toBe(false);
    expect(occasionsOf("Cuộc họp giao ban trong quý").ids).toEqual([]);
  });
});

describe("the monthly form's levels under headings (1026)", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const text = DOC(
    ["UBND TỈNH BÌNH ĐỊNH", "THANH TRA TỈNH"],
    [
      "Kết quả công tác tiếp công dân tháng 4 năm 2025",
      "",
      "I. KẾT QUẢ TIẾP CÔNG DÂN",
      "1. Tổng hợp chung",
      "Trong tháng 4/2025 đã tiếp 96 lượt/133 người (tiếp định kỳ 71 lượt, tiếp đột xuất 25 lượt), có 02 đoàn đông người.",
      "2. Lãnh đạo UBND tỉnh tiếp công dân định kỳ",
      "Tiếp 03 lượt/14 người: Chủ tịch UBND tỉnh tiếp 01 lượt/09 người (01 đoàn đông người của xã Cát Khánh kiến nghị về giá bồi thường); Phó Chủ tịch UBND tỉnh tiếp 02 lượt/05 người.",
      "3. Thủ trưởng các sở, ban, ngành tiếp công dân",
      "Tiếp 11 lượt/19 người: Giám đốc Sở Nông nghiệp và Môi trường 05 lượt (trong đó có 01 đoàn đông người, 06 người).",
      "4. Chủ tịch UBND các huyện, thị xã, thành phố tiếp công dân",
      "Tiếp 82 lượt/100 người (định kỳ 60 lượt, đột xuất 22 lượt).",
    ],
  );

  it("binds no district delegation from the province's or the departments' paragraphs", () => {
    const r = recognizeFigures(text, MONTHLY);
    expect(r.get("tcd:huyen.doanDongNguoi")?.state).not.toBe("bound");
    expect(boundValue(r.get("tcd:tong.doanDongNguoi"))).toBe("02");
  });

  it("near-miss: a delegation under the districts' heading is theirs", () => {
    const own = text.replace("Tiếp 82 lượt/100 người (định kỳ 60 lượt, đột xuất 22 lượt).", "Tiếp 82 lượt/100 người (định kỳ 60 lượt, đột xuất 22 lượt), tiếp 01 đoàn đông người.");
    expect(boundValue(recognizeFigures(own, MONTHLY).get("tcd:huyen.doanDongNguoi"))).toBe("01");
  });
});
