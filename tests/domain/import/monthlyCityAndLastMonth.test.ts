/**
 * The monthly form read in a centrally-run city's report (wt-monthly40; the cause was seen on monthly 57, the
 * sentences here are other clerks'):
 * - a city run by the centre is the province: «UBND thành phố» is the province's committee (meaning/provinceCity.ts);
 * - a table's header with its unit in brackets («Định kỳ (lượt)») defines no short form across the cells before it
 *   (meaning/abbreviations.ts).
 */
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { provinceCityReadings } from "../../../src/domain/import/meaning/provinceCity";
import { syllables, withDocumentWords } from "../../../src/domain/import/meaning/words";
import { builtInDefinition } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const monthly = builtInDefinition("tiep-cong-dan-thang");

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
