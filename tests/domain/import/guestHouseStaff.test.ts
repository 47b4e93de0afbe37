/**
 * The staff of the office's guest house(s), which pay their own way (the form's «Viên chức hai nhà khách (tự chủ tài
 * chính)»): most offices have one guest house, named after the province or a town, and write its self-financing in
 * their own words («tự bảo đảm chi thường xuyên», «tự chủ hoàn toàn về tài chính») before the count, or name the staff
 * first as a line's label («Viên chức Nhà khách … (…): 41 người», a table row). The form's wordings say both shapes.
 * Sentences written for this test, not the reports that showed the shapes.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const GUESTS = byLabel("Viên chức hai nhà khách (tự chủ tài chính)").id;
const STAFF = "I. ĐẶC ĐIỂM, TÌNH HÌNH\nNăm 2026, Văn phòng được giao 62 biên chế công chức, hiện có 58; biên chế sự nghiệp được giao 20, hiện có 18; hợp đồng lao động 09 người.";

const read = (text: string) => recognizeFigures(`${STAFF} ${text}\n`, REPORT).get(GUESTS);

describe("the guest house's self-financing, then its staff", () => {
  it.each([
    ["Nhà khách Sông Lam tự bảo đảm chi thường xuyên, có 24 viên chức và người lao động.", "24"],
    ["Nhà khách UBND tỉnh là đơn vị sự nghiệp tự chủ hoàn toàn về tài chính, có 31 viên chức (không tính vào số người làm việc được giao).", "31"],
    ["Hai nhà khách (Nhà khách Hương Giang; Nhà khách tại Hà Nội) tự chủ toàn bộ chi thường xuyên với 45 viên chức.", "45"],
    ["Nhà khách Bến Nghé tự chủ 100% chi thường xuyên với 17 viên chức.", "17"],
  ])("«%s» → %s", (text, value) => {
    expect(boundValue(read(text))).toBe(value);
  });
});

describe("the staff named first, as a line's label", () => {
  it.each([
    ["Viên chức Nhà khách Hòa Bình (đơn vị tự bảo đảm chi thường xuyên) 29 người.", "29"],
    ["Viên chức 02 nhà khách (tự chủ 100%): 53 người.", "53"],
    ["Viên chức của Nhà khách Đồi Thông và Nhà khách Cửa Lò (cơ sở 2) tự bảo đảm chi thường xuyên: 38 người.", "38"],
  ])("«%s» → %s", (text, value) => {
    expect(boundValue(read(text))).toBe(value);
  });
});

describe("near texts that state no count of the guest house's staff", () => {
  it("a blank left empty on a filled-in form: the next item's number is not its count", () => {
    const r = recognizeFigures(`${STAFF}\n6. Số viên chức của nhà khách (đơn vị tự chủ tài chính): ………\n\n7. Trình độ chuyên môn: Thạc sĩ: ……24……\n`, REPORT);
    expect(r.get(GUESTS)?.state).not.toBe("bound");
  });

  it("a rounded count is no figure", () => {
    expect(read("Nhà khách UBND tỉnh tự chủ tài chính với khoảng 40 viên chức.")?.state).not.toBe("bound");
  });

  it("the guest house listed among the units with its staff in a bracket leaves the list to the list", () => {
    const r = recognizeFigures(
      `${STAFF} Văn phòng có 02 đơn vị sự nghiệp: Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh (Nhà khách tự chủ chi thường xuyên, 36 viên chức).\n`,
      REPORT,
    );
    expect(r.get(byLabel("Các đơn vị sự nghiệp").id)?.state).toBe("bound");
  });

  it("staff of the office counted after the guest house is named, with no self-financing said, are not the guest house's", () => {
    expect(read("Các đơn vị sự nghiệp gồm Trung tâm Thông tin và Nhà khách UBND tỉnh; Văn phòng có 14 viên chức.")?.state).not.toBe("bound");
  });
});
