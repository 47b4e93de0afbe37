/**
 * The monthly form read in a centrally-run city's report and in reports that give last month's value beside every
 * figure (wt-monthly40; the cause was seen on monthly 57, 226, 316 and 326, the sentences here are other clerks'):
 * - a city run by the centre is the province: «UBND thành phố» is the province's committee (meaning/provinceCity.ts);
 * - a table's header with its unit in brackets («Định kỳ (lượt)») defines no short form across the cells before it
 *   (meaning/abbreviations.ts);
 * - last month's figure of a total is refused under a level's heading, as the total is (meaning/levelWordings.ts);
 * - «so với tháng trước (…)» names no month to type (the form's wording);
 * - among a wording's places, the one in the bracket right after the figure it is carried from (carriedAside.ts);
 * - a clause after «;» opening with an earlier period states that period's figures (meaning/vetoEarlier.ts).
 */
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { provinceCityReadings } from "../../../src/domain/import/meaning/provinceCity";
import { earlierTopic } from "../../../src/domain/import/meaning/vetoEarlier";
import { syllables, withDocumentWords } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel, byLabel } from "../../support/recognized";

const monthly = builtInDefinition("tiep-cong-dan-thang");
const stateOf = (text: string, label: string) => recognizeFigures(text, monthly).get(byLabel(label, monthly).id)?.state;

describe("a city run by the centre is the province", () => {
  const table = [
    "BÁO CÁO",
    "Kết quả tiếp công dân của lãnh đạo UBND thành phố, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường tháng 3/2026",
    "",
    "1. Số liệu theo cấp",
    "Cấp tiếp | Số lượt | Số người | Đoàn đông người",
    "Lãnh đạo UBND thành phố | 03 | 11 | 01",
    "Thủ trưởng các sở, ngành | 08 | 09 | 0",
    "Chủ tịch UBND các xã, phường | 52 | 70 | 02",
    "Tổng cộng | 63 | 90 | 03",
    "",
  ].join("\n");

  it("its leaders' row is the province's, and the communes' row alone the level below", () => {
    const bound = boundByLabel(`UBND THÀNH PHỐ ĐÀ NẴNG\nTHANH TRA THÀNH PHỐ\n\n${table}`, monthly);
    expect(bound("Lượt tiếp của lãnh đạo UBND tỉnh")).toBe("03");
    expect(bound("Số người được lãnh đạo UBND tỉnh tiếp")).toBe("11");
    expect(bound("Lượt tiếp của lãnh đạo UBND các huyện, thành phố")).toBe("52");
    expect(bound("Số người được cấp huyện tiếp")).toBe("70");
  });

  it("is read so only under such a city's header, and never in a list of the kinds below", () => {
    const city = provinceCityReadings("UBND THÀNH PHỐ HẢI PHÒNG\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\n");
    const read = (words: string) => withDocumentWords(city, () => syllables(words).join(" "));
    expect(read("Chủ tịch UBND thành phố tiếp")).toBe("chủ tịch ủy ban nhân dân tỉnh tiếp");
    expect(read("lãnh đạo UBND các huyện, thành phố")).toBe("lãnh đạo ủy ban nhân dân các huyện thành phố");
    // A city under a province is a district's level: its own report, or a province's, keeps «thành phố».
    expect(provinceCityReadings("UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ\nTHANH TRA THÀNH PHỐ\n\nBÁO CÁO\n")).toEqual([]);
    expect(provinceCityReadings("UBND TỈNH QUẢNG NAM\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\n")).toEqual([]);
  });
});

describe("a table header's unit in brackets", () => {
  it("defines no short form from the headers before it", () => {
    const readings = (text: string) => Object.fromEntries(documentReadings(text).map(([a, b]) => [a.join(" "), b.join(" ")]));
    expect(readings("STT\tCấp tiếp công dân\tSố lượt\tSố người\tĐịnh kỳ (lượt)\tĐột xuất (lượt)\n")).toEqual({});
    expect(readings("Cấp | Số lượt | Số người | Định kỳ (lượt)\n")).toEqual({});
    // Within one cell, a proper name's head in brackets still defines it.
    expect(readings("Ghi chú\tTrung tâm Phục vụ hành chính công (trung tâm) tỉnh\n")).toMatchObject({ "trung tâm": "trung tâm phục vụ hành chính công" });
  });
});

const head = "UBND TỈNH NINH BÌNH\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nKết quả tiếp công dân tháng 9/2026\n\n";

describe("last month's figures of the whole, among every level's", () => {
  const levels = [
    "2. Lãnh đạo UBND tỉnh",
    "Chủ tịch UBND tỉnh tiếp 02 lượt với 06 người, tăng 01 lượt so với tháng 8/2026 (01 lượt, 04 người).",
    "",
    "3. Thủ trưởng các sở, ban, ngành",
    "Thủ trưởng các sở, ban, ngành tiếp 12 lượt với 15 người, tăng 03 lượt so với tháng 8/2026 (09 lượt, 12 người).",
    "",
    "4. Chủ tịch UBND các xã, phường",
    "Chủ tịch UBND các xã, phường tiếp 61 lượt với 84 người.",
    "",
  ].join("\n");

  it("under a level's heading are that level's, and the whole's are read where the whole is", () => {
    const text = `${head}1. Tổng hợp chung\nTrong tháng, lãnh đạo các cấp đã tiếp 75 lượt công dân. Số người đến khiếu nại, tố cáo, kiến nghị, phản ánh là 105 người, giảm 9 người so với tháng trước (114 người).\n\n${levels}`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Người tháng trước")).toBe("114");
    expect(bound("Lượt tiếp tháng trước")).not.toBe("01");
    expect(bound("Lượt tiếp tháng trước")).not.toBe("09");
    // «tháng trước» names no month to type; the levels' «tháng 8/2026» is the month compared with.
    expect(bound("Tháng so sánh (tháng trước)")).toMatch(/^8\/2026(?:\|8\/2026)*$/);
  });

  it("stated in the whole's own section are bound there", () => {
    const text = `${head}1. Tổng hợp chung\nTrong tháng, lãnh đạo các cấp đã tiếp 75 lượt với 105 người. So với tháng 8/2026 (80 lượt, 114 người), số lượt giảm 5 lượt.\n\n${levels}`;
    const bound = boundByLabel(text, monthly);
    expect(bound("Lượt tiếp tháng trước")).toBe("80");
    expect(bound("Người tháng trước")).toBe("114");
  });
});

describe("last month's value written beside every figure", () => {
  it("is the whole's in the bracket right after the whole's figure", () => {
    const text = `${head}I. TỔNG HỢP CHUNG\nTrong tháng, các cấp đã tiếp 58 lượt công dân (tháng trước: 64 lượt; giảm 06 lượt), trong đó:\n- Tiếp định kỳ: 47 lượt (tháng trước: 50 lượt; giảm 03 lượt);\n- Tiếp đột xuất: 11 lượt (tháng trước: 14 lượt; giảm 03 lượt).\n`;
    expect(boundByLabel(text, monthly)("Lượt tiếp tháng trước")).toBe("64");
  });

  it("is left to the clerk when no bracket follows the whole's figure", () => {
    const text = `${head}I. TỔNG HỢP CHUNG\nTrong tháng, các cấp đã tiếp 58 lượt công dân, trong đó:\n- Tiếp định kỳ: 47 lượt (tháng trước: 50 lượt; giảm 03 lượt);\n- Tiếp đột xuất: 11 lượt (tháng trước: 14 lượt; giảm 03 lượt).\n`;
    expect(boundByLabel(text, monthly)("Lượt tiếp tháng trước")).toBeNull();
    expect(stateOf(text, "Lượt tiếp tháng trước")).toBe("ambiguous");
  });
});

describe("an earlier period opening the clause after «;»", () => {
  const text = "Lũy kế 10 tháng năm 2026 tiếp 402 lượt với 530 người; cùng kỳ năm 2025 tiếp 47 lượt.";
  it("states that period's figures", () => {
    expect(earlierTopic(text, 0, text.indexOf("47"))).toBe(true);
  });
  it("not the figures before the «;», nor a comparison after it", () => {
    expect(earlierTopic(text, 0, text.indexOf("402"))).toBe(false);
    const compared = "Trong tháng tiếp 58 lượt; tăng 06 lượt so với cùng kỳ năm 2025.";
    expect(earlierTopic(compared, 0, compared.indexOf("06"))).toBe(false);
  });
});
