/**
 * What an office advises its government to do is the government's act (advisedAct.ts): «tham mưu UBND xã xây dựng
 * kế hoạch kiểm tra … tại 03 thôn» is the commune's check; a document issued on the office's advice, an act with no
 * other doer, and the advised body reporting itself stay the office's (the reporting body's). A Hà Tĩnh clerk's
 * sentences, not the held-out reports'.
 */
import { advisedBodysAct } from "../../../src/domain/import/meaning/advisedAct";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const advised = (text: string, n: string, reported: string | null = "văn phòng hđnd và ủy ban nhân dân") => advisedBodysAct(text, text.indexOf(n), reported);

describe("advisedBodysAct", () => {
  it("the advised government's own act: a check, a visit", () => {
    expect(advised("Văn phòng tham mưu UBND xã xây dựng kế hoạch kiểm tra dân chủ ở cơ sở tại 03 thôn.", "03")).toBe(true);
    expect(advised("Văn phòng đã tham mưu cho Chủ tịch UBND huyện đi thăm 12 gia đình chính sách.", "12")).toBe(true);
    expect(advised("tham mưu Thường trực HĐND, UBND xã làm việc với 05 tổ dân phố", "05")).toBe(true);
  });
  it("near-match: a document issued on the advice, a label, no other doer, another clause", () => {
    expect(advised("Văn phòng tham mưu UBND xã ban hành 06 văn bản chỉ đạo.", "06")).toBe(false);
    expect(advised("tham mưu với Chủ tịch UBND tỉnh ban hành kế hoạch với 07 nhóm công việc", "07")).toBe(false);
    expect(advised("- Tham mưu UBND tỉnh: 09 văn bản hỗ trợ gạo.", "09")).toBe(false);
    expect(advised("Văn phòng tham mưu tổ chức 14 cuộc giao ban.", "14")).toBe(false);
    expect(advised("Văn phòng tham mưu UBND xã kiểm tra các thôn; Văn phòng kiểm tra 02 bộ phận.", "02")).toBe(false);
  });
  it("near-match: the advised government issues the report itself", () => {
    expect(advised("Văn phòng tham mưu UBND xã kiểm tra dân chủ tại 03 thôn.", "03", "ủy ban nhân dân xã kỳ anh")).toBe(false);
    // The header as documentHeader.ts reads «HĐND XÃ KỲ ANH»: the abbreviation is the council's whole name.
    expect(advised("Văn phòng tham mưu HĐND xã giám sát tại 04 thôn.", "04", "hđnd xã kỳ anh")).toBe(false);
    expect(advised("Văn phòng tham mưu HĐND xã giám sát tại 04 thôn.", "04", "ủy ban nhân dân xã kỳ anh")).toBe(true);
  });
});

it("in a report, the commune's check advised by its office is no check the office makes of its units", () => {
  const text = [
    "ỦY BAN NHÂN DÂN XÃ KỲ XUÂN",
    "VĂN PHÒNG HĐND VÀ UBND",
    "",
    "II. KẾT QUẢ THỰC HIỆN",
    "3. Kiểm tra, giám sát",
    "Văn phòng đã tham mưu UBND xã xây dựng kế hoạch kiểm tra việc thực hiện dân chủ ở cơ sở tại 03 thôn trong quý tới.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id))).toBeNull();
  const own = text.replace("Văn phòng đã tham mưu UBND xã xây dựng kế hoạch kiểm tra", "Văn phòng dự kiến kiểm tra").replace("03 thôn", "03 đơn vị thuộc Văn phòng");
  expect(boundValue(recognizeFigures(own, REPORT).get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id))).toBe("03");
});

describe("the body the report is about, not its header's issuer, is the one whose own acts its advice ends in", () => {
  // A special zone's People's Committee issues the report; its title says whose activity it reports.
  const text = (title: string) =>
    `ỦY BAN NHÂN DÂN\nĐẶC KHU VÂN ĐỒN\nSố: 58/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện dân chủ ${title} quý I năm 2026\n\nII. KẾT QUẢ THỰC HIỆN\n3. Kiểm tra, giám sát\nVăn phòng đã tham mưu UBND đặc khu xây dựng kế hoạch kiểm tra việc thực hiện dân chủ tại 03 đơn vị trong quý tới.\n`;
  const checked = (title: string) => boundValue(recognizeFigures(text(title), REPORT).get(byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id));

  it("a report on the office under the committee's header: the committee's check is not the office's", () => {
    expect(checked("trong hoạt động của Văn phòng HĐND và UBND đặc khu")).toBeNull();
  });

  it("near-match: the committee reporting its own activity checks in its own name", () => {
    expect(checked("trong hoạt động của cơ quan")).toBe("03");
    expect(checked("ở cơ sở")).toBe("03");
  });
});
