/**
 * «bộ hồ sơ» counts files (meaning/measureWords.ts): a Ninh Bình department's one-stop desk in its own words, not the
 * held-out Đắk Lắk or Hậu Giang reports'. «03 bộ thủ tục hành chính» still counts sets of procedures.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

describe("a one-stop desk counting «bộ hồ sơ»", () => {
  const text = [
    "UBND TỈNH NINH BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2025",
    "III. THỰC HIỆN DÂN CHỦ",
    "2. Giải quyết thủ tục hành chính",
    "Bộ phận Một cửa của Sở trong quý đã nhận 530 bộ hồ sơ, giải quyết xong 512 bộ (96,60%), gồm: trước hạn 300 bộ, đúng hạn 212 bộ; còn 18 bộ đang giải quyết (3,40%).",
    "Trong quý, Sở trình công bố 03 bộ thủ tục hành chính.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  const bound = (label: string) => boundValue(r.get(byLabel(label).id));
  it("binds each count of files", () => {
    expect(bound("Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("530");
    expect(bound("Hồ sơ đã giải quyết, trả kết quả")).toBe("512");
    expect(bound("Hồ sơ trả sớm hạn")).toBe("300");
    expect(bound("Hồ sơ trả đúng hạn")).toBe("212");
    expect(bound("Hồ sơ đang giải quyết")).toBe("18");
  });
  it("near-match: the sets of procedures are no figure of files", () => {
    for (const f of REPORT.fields) if (r.get(f.id)?.state === "bound") expect(boundValue(r.get(f.id))).not.toBe("03");
  });
});
