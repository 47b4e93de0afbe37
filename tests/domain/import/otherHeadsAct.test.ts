/**
 * A dialogue held by another body's head is that body's (otherHeadsAct.ts): in an office's report «Chủ tịch UBND tỉnh
 * đối thoại …, ghi nhận 14 ý kiến» is the committee's dialogue, not the office head's; a People's Committee reporting
 * for itself keeps its chairman's. The body reported on is the title's «trong hoạt động của …» (reportedBody.ts).
 * A clerk's sentences, not the corpus's.
 */
import { heldByOtherHead, heldByOwnHead } from "../../../src/domain/import/meaning/otherHeadsAct";
import { reportedBody } from "../../../src/domain/import/meaning/reportedBody";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const held = (sentence: string, n: string, reported: string | null = "văn phòng") => heldByOtherHead(sentence, 0, sentence.indexOf(n), reported);

describe("heldByOtherHead", () => {
  it("another government's head holds it: the subject, the first party of «giữa … với», the agent «do»", () => {
    expect(held("Chủ tịch UBND tỉnh đối thoại 01 cuộc với các hộ dân, ghi nhận 12 ý kiến", "12")).toBe(true);
    expect(held("Ngày 10/5/2026, Chủ tịch UBND phường đối thoại với Nhân dân, ghi nhận 09 ý kiến", "09")).toBe(true);
    expect(held("Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người dân (01 hội nghị; 16 ý kiến)", "16")).toBe(true);
    expect(held("Văn phòng phục vụ hội nghị đối thoại do Phó Chủ tịch UBND tỉnh chủ trì, nhận 07 ý kiến", "07")).toBe(true);
  });
  it("near-match: the own head, the head as the advised or addressed one, the government reporting for itself", () => {
    expect(held("Chánh Văn phòng đối thoại với công chức, nhận được 04 ý kiến", "04")).toBe(false);
    expect(held("Văn phòng tổng hợp, báo cáo Chủ tịch UBND tỉnh 11 ý kiến", "11")).toBe(false);
    expect(held("Văn phòng trình Chủ tịch UBND tỉnh ban hành 06 quyết định", "06")).toBe(false);
    expect(held("Chủ tịch UBND xã đối thoại với Nhân dân, nhận được 08 ý kiến", "08", "ủy ban nhân dân xã kỳ anh")).toBe(false);
    expect(held("Chủ tịch UBND xã đối thoại với Nhân dân, nhận được 08 ý kiến", "08", null)).toBe(false);
  });
  it("asked only of a field held by the body's own head", () => {
    expect(heldByOwnHead("Tại hội nghị đối thoại của người đứng đầu Văn phòng")).toBe(true);
    expect(heldByOwnHead("Mỗi dòng một tổ chức")).toBe(false);
    expect(heldByOwnHead(undefined)).toBe(false);
  });
});

describe("reportedBody", () => {
  it("the title's «trong hoạt động của» body, else the header's issuer", () => {
    const title = "ỦY BAN NHÂN DÂN\nĐẶC KHU CÁT HẢI\n\nBÁO CÁO\nKết quả thực hiện dân chủ trong hoạt động của Văn phòng HĐND và UBND đặc khu quý I năm 2026\n";
    expect(reportedBody(title, "ủy ban nhân dân đặc khu cát hải")).toBe("văn phòng hội đồng nhân dân và ủy ban nhân dân đặc khu");
    expect(reportedBody(title.replace("của Văn phòng HĐND và UBND đặc khu", "của cơ quan"), "ủy ban nhân dân đặc khu cát hải")).toBe("ủy ban nhân dân đặc khu cát hải");
    expect(reportedBody("BÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n", "văn phòng")).toBe("văn phòng");
  });
});

it("in an office's report, the chairman's dialogue is not the office's; a committee reporting for itself keeps it", () => {
  const text = [
    "UBND TỈNH AN PHÚ",
    "VĂN PHÒNG",
    "",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "3. Đối thoại: Chủ tịch UBND tỉnh đối thoại với các hộ dân vùng dự án, nhận được 12 ý kiến đề nghị.",
  ].join("\n");
  const field = byLabel("Ý kiến đề nghị nhận được tại hội nghị đối thoại").id;
  expect(boundValue(recognizeFigures(text, REPORT).get(field))).toBeNull();
  const own = text.replace("Chủ tịch UBND tỉnh đối thoại với các hộ dân vùng dự án", "Chánh Văn phòng đối thoại với công chức, người lao động");
  expect(boundValue(recognizeFigures(own, REPORT).get(field))).toBe("12");
});
