/**
 * A long sentence about the centre, read in a Cô Tô clerk's words (not the held-out Vân Đồn report's):
 * - «(sau đây gọi là Trung tâm)» defines the centre's short name as «gọi tắt là» does (abbreviations.ts), so a
 *   heading and sentences naming it «Trung tâm» alone are the centre's; a one-word name («Ban») is not read so;
 * - a sentence longer than the window vetoes read (400 characters) is read from mid-sentence, maybe inside a bracket:
 *   the bracket's earlier period and district (levelAround.ts outsideBrackets, vetoEarlier.ts opensSentence) are not
 *   the sentence's topic for the figures after it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const centre = (label: string) => REPORT.fields.find((f) => f.label === label && f.section === byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").section)!;

const DOC = (intro: string, body: string) =>
  [
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ trong hoạt động của Văn phòng HĐND và UBND huyện quý I năm 2026",
    "",
    "I. ĐẶC ĐIỂM, TÌNH HÌNH",
    intro,
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "2. Kết quả giải quyết thủ tục hành chính tại Trung tâm",
    body,
    "",
  ].join("\n");

const INTRO = "Văn phòng quản lý Trung tâm Phục vụ hành chính công huyện (sau đây gọi là Trung tâm) với 02 điểm tiếp nhận tại các đảo.";
const LONG =
  "Số liệu từ ngày 15/12/2025 đến ngày 14/3/2026, Trung tâm và các điểm tiếp nhận đã tiếp nhận 3.410 hồ sơ TTHC, tăng 9,2% so với cùng kỳ năm 2025 (cùng kỳ Bộ phận Một cửa huyện Cô Tô và 02 xã tiếp nhận 3.122 hồ sơ), trong đó hồ sơ trực tuyến chiếm 64,0%; đã giải quyết 3.150 hồ sơ, đạt tỷ lệ 92,38%, gồm 2.201 hồ sơ trả trước hạn, 880 hồ sơ trả đúng hạn và 69 hồ sơ công dân rút, trả lại; còn 17 hồ sơ trễ hạn, chiếm tỷ lệ 0,54% số hồ sơ đã giải quyết, phần lớn thuộc lĩnh vực đất đai và xây dựng vì phải đo đạc lại thửa đất tại các khu dân cư ven biển, và 243 hồ sơ đang trong thời hạn giải quyết, chiếm 7,13%.";

it("the centre named by its «sau đây gọi là» short form, in one long sentence with a bracket of last year's figure", () => {
  // The window of 400 characters before «243» opens inside the bracket: what this test is about.
  expect(LONG.indexOf("243") - LONG.indexOf("(cùng kỳ")).toBeGreaterThan(400);
  expect(LONG.indexOf("243") - LONG.indexOf("Cô Tô")).toBeLessThan(400);
  const r = recognizeFigures(DOC(INTRO, LONG), REPORT);
  const value = (label: string) => boundValue(r.get(centre(label).id));
  expect(value("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("3.410");
  expect(value("Hồ sơ đã giải quyết")).toBe("3.150");
  expect(value("Hồ sơ trả trước hạn")).toBe("2.201");
  expect(value("Hồ sơ trễ và quá hạn")).toBe("17");
  // Far past the window's start, inside which the bracket of last year's district desk opened.
  expect(value("Hồ sơ đang giải quyết")).toBe("243");
});

it("the same figures split at «;» into sentences still bind, and last year's figure never does", () => {
  const r = recognizeFigures(DOC(INTRO, LONG.replace(/; /g, ". Trung tâm ")), REPORT);
  const value = (label: string) => boundValue(r.get(centre(label).id));
  expect(value("Hồ sơ đang giải quyết")).toBe("243");
  for (const f of REPORT.fields) expect(boundValue(r.get(f.id))).not.toBe("3.122");
});

it("without the short name defined, the centre's «Trung tâm» alone is not taken as the centre", () => {
  const r = recognizeFigures(DOC("Văn phòng có 02 điểm tiếp nhận tại các đảo.", LONG), REPORT);
  expect(boundValue(r.get(centre("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBeNull();
});

it("a one-word «sau đây gọi là Ban» is no name read into «giao ban»: the briefings stay the briefings", () => {
  const text = DOC(
    "Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi là Ban) có ba phòng chuyên môn.",
    "1. Trong quý I, Ban tiếp nhận 01 công chức từ UBND xã Tân Lập, đồng thời ban hành quyết định nâng lương trước thời hạn cho ba công chức; duy trì giao ban định kỳ hằng tuần của Lãnh đạo Ban và giao ban tháng với các phòng, riêng quý I tổ chức 11 cuộc, cả năm 44 cuộc.\n5. Trong quý I, Ban nhận bốn đơn thư, gồm ba đơn kiến nghị và một đơn tố cáo.",
  );
  expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("11");
});
