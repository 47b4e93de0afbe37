/**
 * «60 lượt/84 lượt người»: inspectorates count the people received as «lượt người» (a person once per visit), a count
 * of people, not of visits (meaning/perVisitPeople.ts). Sentences in other offices' words than the corpus documents.
 */
import { countsPeoplePerVisit, peoplePerVisitToo } from "../../../src/domain/import/meaning/perVisitPeople";
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
    expect(countsPeoplePerVisit("84 lượt người đến", 2)).toBe(true);
    expect(countsPeoplePerVisit("84 lượt  người", 2)).toBe(true);
    expect(countsPeoplePerVisit("86 lượt/127 người", 2)).toBe(false);
    expect(countsPeoplePerVisit("86 lượt, người", 2)).toBe(false);
    expect(countsPeoplePerVisit("86 lượt người dân", 2)).toBe(true);
    expect(countsPeoplePerVisit("86 lượt ngườii", 2)).toBe(false);
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
    expect(peoplePerVisitToo("tiếp {n} lượt với {N} người")).toBe("tiếp {n} lượt với {N} (?:lượt )?người");
    expect(peoplePerVisitToo("tiếp {N} lượt với {n} người")).toBe("tiếp {N} lượt với {n} người");
    expect(peoplePerVisitToo("{N} người dân")).toBe("{N} (?:lượt )?người dân");
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
});
