import { REFERENCE_OFFICE, validateSettings, type OfficeSettings } from "../../../src/domain/template/settings";

const withChange = (change: Partial<OfficeSettings>): OfficeSettings => ({ ...REFERENCE_OFFICE, ...change });
const messages = (settings: OfficeSettings) => validateSettings(settings).map((p) => `${p.setting}: ${p.message}`);

describe("office settings", () => {
  it("default to the reference report's office, which is valid", () => {
    expect(REFERENCE_OFFICE).toEqual({
      governingBody: "UBND TỈNH SƠN LA",
      officeName: "VĂN PHÒNG",
      place: "Sơn La",
      symbolSuffix: "BC-VPUB",
      signerTitle: "CHÁNH VĂN PHÒNG",
      signerName: "Trần Bình Minh",
      recipients: ["Sở Nội vụ (b/c)", "LĐVPUBND tỉnh", "Trang Thông tin điện tử VP", "Lưu: VT, TCHCQT.H.01b"],
    });
    expect(validateSettings(REFERENCE_OFFICE)).toEqual([]);
  });

  it("accept another office's own values", () => {
    const other = withChange({ governingBody: "UBND TỈNH ĐIỆN BIÊN", officeName: "SỞ NỘI VỤ", place: "Điện Biên", symbolSuffix: "BC-SNV" });
    expect(validateSettings(other)).toEqual([]);
  });

  it("reject empty or blank texts, naming each", () => {
    expect(messages(withChange({ governingBody: " ", signerName: "" }))).toEqual([
      "governingBody: Cơ quan chủ quản không được để trống.",
      "signerName: Họ tên người ký không được để trống.",
    ]);
  });

  it("reject texts longer than their place in the layout allows, and accept the limit itself", () => {
    expect(messages(withChange({ place: "x".repeat(41) }))).toEqual(["place: Địa danh dài quá 40 ký tự."]);
    expect(validateSettings(withChange({ place: "x".repeat(40) }))).toEqual([]);
  });

  it("require a report's ký hiệu to read BC- and the office's abbreviation", () => {
    expect(messages(withChange({ symbolSuffix: "VPUB" }))).toEqual([
      "symbolSuffix: Ký hiệu báo cáo phải có dạng BC-chữ viết tắt của cơ quan, ví dụ BC-VPUB.",
    ]);
    expect(validateSettings(withChange({ symbolSuffix: "BC-UBND.VX" }))).toEqual([]);
  });

  it("require at least one recipient and point at a blank or overlong one by position", () => {
    expect(messages(withChange({ recipients: [] }))).toEqual(["recipients: Nơi nhận phải có ít nhất một mục."]);
    const problems = validateSettings(withChange({ recipients: ["Sở Nội vụ", " ", "y".repeat(121)] }));
    expect(problems.map((p) => [p.index, p.message])).toEqual([
      [1, "Mục 2 của Nơi nhận đang trống."],
      [2, "Mục 3 của Nơi nhận dài quá 120 ký tự."],
    ]);
    expect(messages(withChange({ recipients: Array(21).fill("Sở") }))).toEqual(["recipients: Nơi nhận có quá 20 mục."]);
  });
});
