/**
 * A board reporting as the office (held-out Lạng Sơn's «Ban Quản lý», here a Bắc Giang clerk's words): its one-stop
 * desk «của Ban đặt tại Trung tâm …» is its own (vetoOwner.ts: «đặt tại» ends the owner's name, as «tại» does), and
 * its files counted in «lượt hồ sơ» are files, not visits (measureWords.ts, countedKinds.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const DOC = (heading: string, body: string) =>
  [
    "UBND TỈNH BẮC GIANG",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý IV năm 2025",
    "",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    heading,
    body,
    "",
  ].join("\n");

const BODY = "Trong quý IV, Ban tiếp nhận 240 lượt hồ sơ, đã giải quyết 228 lượt hồ sơ, trong đó 55 lượt hồ sơ được trả sớm hạn, 173 lượt hồ sơ trả đúng hạn, còn 12 lượt hồ sơ đang giải quyết.";

it("the board's own desk «của Ban đặt tại Trung tâm»: files counted in «lượt hồ sơ»", () => {
  const r = recognizeFigures(DOC("2. Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa của Ban đặt tại Trung tâm Phục vụ hành chính công tỉnh", BODY), REPORT);
  const value = (label: string) => boundValue(r.get(byLabel(label).id));
  expect(value("Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("240");
  expect(value("Hồ sơ đã giải quyết, trả kết quả")).toBe("228");
  expect(value("Hồ sơ trả sớm hạn")).toBe("55");
  expect(value("Hồ sơ trả đúng hạn")).toBe("173");
  expect(value("Hồ sơ đang giải quyết")).toBe("12");
});

it("another body's desk placed at the centre stays another body's", () => {
  const r = recognizeFigures(DOC("2. Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa của Sở Công Thương đặt tại Trung tâm Phục vụ hành chính công tỉnh", BODY.replace(/Ban tiếp nhận/u, "Sở tiếp nhận")), REPORT);
  expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBeNull();
  expect(boundValue(r.get(byLabel("Hồ sơ trả đúng hạn").id))).toBeNull();
});

it("«lượt» alone, or of citizens, counts no files", () => {
  const r = recognizeFigures(DOC("2. Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa của Ban", "Trong quý IV, Ban tiếp nhận 240 lượt hồ sơ; Lãnh đạo Ban tiếp 14 lượt công dân, trả lời đúng hạn 9 lượt."), REPORT);
  expect(boundValue(r.get(byLabel("Hồ sơ trả đúng hạn").id))).toBeNull();
});
