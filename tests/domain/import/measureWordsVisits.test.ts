/**
 * «60 lượt/84 lượt người»: inspectorates count the people received as «lượt người» (a person once per visit), a count
 * of people, not of visits, and «lượt đoàn» a count of delegations (meaning/measureWords.ts). Sentences in other
 * offices' words than the corpus documents.
 */
import { measuredAt, measuredToo } from "../../../src/domain/import/meaning/measureWords";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

const read = (text: string) => boundByLabel(text, MONTHLY);

const TOTAL_VISITS = "Tổng số lượt tiếp công dân";
const TOTAL_PEOPLE = "Tổng số người được tiếp (đến khiếu nại, tố cáo, kiến nghị, phản ánh)";
const PROVINCE_VISITS = "Lượt tiếp của lãnh đạo UBND tỉnh";
const PROVINCE_PEOPLE = "Số người được lãnh đạo UBND tỉnh tiếp";
const DISTRICT_PEOPLE = "Số người được cấp huyện tiếp";
const DISTRICT_VISITS = "Lượt tiếp của lãnh đạo UBND các huyện, thành phố";

describe("«lượt người» counts people", () => {
  it("is the two words side by side after the number, not «lượt» of one count and «người» of the next", () => {
    const counts = (text: string) => measuredAt(text, 2)?.unit ?? null;
    expect(counts("84 lượt người đến")).toBe("người");
    expect(counts("84 lượt  người")).toBe("người");
    expect(counts("86 lượt/127 người")).toBeNull();
    expect(counts("86 lượt, người")).toBeNull();
    expect(counts("86 lượt người dân")).toBe("người");
    expect(counts("86 lượt ngườii")).toBeNull();
  });

  it("the month's people after the slash of the visits, in a slash pair or after «với»", () => {
    const slash = read(
      "Trong tháng 10/2025, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 60 lượt/84 lượt người đến khiếu nại, tố cáo, kiến nghị, phản ánh (tiếp định kỳ 49 lượt, tiếp đột xuất 11 lượt).\n",
    );
    expect(slash(TOTAL_VISITS)).toBe("60");
    expect(slash(TOTAL_PEOPLE)).toBe("84");
    const withWord = read("Trong tháng 10/2025, các cấp đã tiếp 60 lượt với 84 lượt người đến khiếu nại, tố cáo, kiến nghị, phản ánh.\n");
    expect(withWord(TOTAL_PEOPLE)).toBe("84");
  });

  it("the province leaders' people, written first or second", () => {
    const pair = read("Lãnh đạo UBND tỉnh tiếp 02 lượt/13 lượt người.\n");
    expect(pair(PROVINCE_VISITS)).toBe("02");
    expect(pair(PROVINCE_PEOPLE)).toBe("13");
  });

  it("near-match: «13 lượt người» is no count of visits, and «86 lượt/127 người» stays visits then people", () => {
    const alone = read("Chủ tịch UBND tỉnh tiếp 13 lượt người.\n");
    expect(alone(PROVINCE_VISITS)).toBeNull();
    expect(alone(PROVINCE_PEOPLE)).toBe("13");
    const plain = read("Tổng số lượt tiếp: 86 lượt/127 người; trong đó tiếp định kỳ 71 lượt, đột xuất 15 lượt.\n");
    expect(plain(TOTAL_VISITS)).toBe("86");
    expect(plain(TOTAL_PEOPLE)).toBe("127");
  });

  it("a form wording's «{N} người» takes «{N} lượt người», never another figure's «{n} người»", () => {
    expect(measuredToo("tiếp {n} lượt với {N} người")).toBe("tiếp {n} lượt với {N} (?:lượt )?người");
    expect(measuredToo("tiếp {N} lượt với {n} người")).toBe("tiếp {N} lượt với {n} người");
    expect(measuredToo("{N} người dân")).toBe("{N} (?:lượt )?người dân");
    const districts = read("Lãnh đạo UBND các huyện, thị xã tiếp 38 lượt với 63 lượt người.\n");
    expect(districts(DISTRICT_VISITS)).toBe("38");
    expect(districts(DISTRICT_PEOPLE)).toBe("63");
    const commune = read("Chủ tịch UBND cấp xã tiếp 49 lượt/61 lượt người (định kỳ 40 lượt, đột xuất 09 lượt).\n");
    expect(commune(DISTRICT_PEOPLE)).toBe("61");
  });

  it("«02 lượt đoàn đông người» counts delegations, no visits", () => {
    const got = read(
      "Trong tháng 10/2025, lãnh đạo UBND tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường đã tiếp 87 lượt/112 lượt người (tiếp định kỳ 71 lượt, tiếp đột xuất 16 lượt); có 02 lượt đoàn đông người.\n",
    );
    expect(got("Số đoàn đông người")).toBe("02");
    expect(got(TOTAL_PEOPLE)).toBe("112");
    const alone = read("Chủ tịch UBND tỉnh tiếp 02 lượt đoàn đông người.\n");
    expect(alone(PROVINCE_VISITS)).toBeNull();
  });

  it("«01 lượt đoàn đông người/9 lượt người» gives a level its delegations, and its people stay the visits' pair", () => {
    const got = read(
      "3. Chủ tịch UBND các xã, phường\n\nChủ tịch UBND cấp xã tiếp 38 lượt/52 lượt người (định kỳ 30 lượt, đột xuất 08 lượt); 01 lượt đoàn đông người/9 lượt người tại xã Tân Lập (tranh chấp đất đai).\n",
    );
    expect(got("Đoàn đông người cấp huyện tiếp")).toBe("01");
    expect(got(DISTRICT_PEOPLE)).toBe("52");
    expect(got(DISTRICT_VISITS)).toBe("38");
  });
});
