/**
 * The shared lexicon of administrative abbreviations (meaning/abbreviations.json) on reports that never define them:
 * a short form read as its words where its reading is sure, left alone where the words around it do not say which,
 * capitals only for a several-reading one, and a report's own glossary before the lexicon. Also the one-stop desk
 * written with a digit, «Bộ phận 1 cửa» / «BP1C» (words.ts, abbreviationUses.ts, organisationAliases.ts). Forms made
 * up here.
 */
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { readUsesApart } from "../../../src/domain/import/meaning/abbreviationUses";
import { namesOrganisation, organisationNames } from "../../../src/domain/import/meaning/vetoPlace";
import { syllables, withDocumentWords } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const readings = (text: string) => Object.fromEntries(documentReadings(text).map(([a, b]) => [a.join(" "), b.join(" ")]));
const read = (text: string, words: string) => withDocumentWords(documentReadings(text), () => syllables(words).join(" "));
const apart = (text: string) => Object.values(Object.fromEntries(readUsesApart(text, new Set()).readings.map(([a, b]) => [a.join(" "), b.join(" ")]))).sort();

describe("several-reading short forms the lexicon reads by the words around them", () => {
  it("«CN» beside political theory is a bachelor's, beside an award a person; a line that says neither stays unread", () => {
    expect(readings("- LLCT: CN 01; CC 24; TC 23.")).toMatchObject({ cn: "cử nhân" });
    expect(readings("- Trình TTg tặng bằng khen: 02 CN.")).toMatchObject({ cn: "cá nhân" });
    expect(apart("- LLCT: CN 01; CC 24.\n- Bằng khen: 02 CN.")).toEqual(expect.arrayContaining(["cá nhân", "cử nhân"]));
    expect(readings("- CN 01.")).not.toHaveProperty("cn");
  });

  it("«BN», «TP» among appointments are «bổ nhiệm», «trưởng phòng»; «TP» after a province's committee is a city", () => {
    expect(readings("- BN: 01 TP (TP Kinh tế).")).toMatchObject({ bn: "bổ nhiệm", tp: "trưởng phòng" });
    expect(readings("- Tiếp nhận 01 công chức từ UBND TP Bạc Liêu.")).toMatchObject({ tp: "thành phố" });
    expect(readings("- TP: 05.")).not.toHaveProperty("tp");
    expect(readings("- BN: 03.")).not.toHaveProperty("bn");
  });

  it("«ĐV» beside units under the office is «đơn vị», beside a union «đoàn viên»; a line that says neither stays unread", () => {
    expect(readings("- 02 ĐV sự nghiệp trực thuộc.")).toMatchObject({ đv: "đơn vị" });
    expect(readings("- Kết nạp 12 ĐV công đoàn.")).toMatchObject({ đv: "đoàn viên" });
    expect(readings("- Quý III: 02 ĐV.")).not.toHaveProperty("đv");
  });

  it("«có mặt» (staff present) says «CC», «SN», «VC» count people", () => {
    expect(readings("- CC: giao 58, có mặt 52.")).toMatchObject({ cc: "công chức" });
    expect(readings("- SN: giao 22, có mặt 19.")).toMatchObject({ sn: "sự nghiệp" });
    expect(readings("- Biệt phái: 02 VC.")).toMatchObject({ vc: "viên chức" });
    expect(readings("- CC: giao 58.")).not.toHaveProperty("cc");
  });

  it("only as written in capitals: «hs» in small letters is no use that says a reading", () => {
    expect(readings("Tiếp nhận 52 HS.")).toMatchObject({ hs: "hồ sơ" });
    expect(readings("Tiếp nhận 52 hs.")).not.toHaveProperty("hs");
  });

  it("a report's own glossary outranks the lexicon", () => {
    const text = "(Trong báo cáo này: CN là công nhân; TP là thành phố)\n- LLCT: CN 01.\n- BN: 01 TP.";
    expect(readings(text)).toMatchObject({ cn: "công nhân", tp: "thành phố" });
    expect(read(text, "BP1C")).toBe("bộ phận một cửa");
    expect(read("(Trong báo cáo này: BP1C là Bộ phận tiếp dân; VP là Văn phòng)", "BP1C")).toBe("bộ phận tiếp dân");
  });
});

describe("the one-stop desk written with a digit", () => {
  it("«Bộ phận 1 cửa» and «BP1C» read as «bộ phận một cửa»", () => {
    expect(syllables("a) Bộ phận 1 cửa VP")).toEqual(["a", "bộ", "phận", "một", "cửa", "vp"]);
    expect(syllables("BP1C của VP")).toEqual(["bộ", "phận", "một", "cửa", "của", "vp"]);
  });

  it("not «1» inside a number or glued to letters", () => {
    expect(syllables("Bộ phận 01 cửa")).toContain("một");
    expect(syllables("lắp 21 cửa; 2,1 cửa; 001 cửa; BP1 cửa")).not.toContain("một");
    expect(syllables("BP 1")).toEqual(["bp"]);
  });

  it("binds the desk's figures where a report writes it so and never defines it", () => {
    const text = ["VĂN PHÒNG UBND TỈNH", "", "Về TTHC: BP1C của VP nhận 64 HS, giải quyết 62 HS (96,88%), đang giải quyết 02 HS (3,13%)."].join("\n");
    const r = recognizeFigures(text, REPORT).get("bcdc:motCuaVp.tiepNhan");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state).toEqual(["64"]);
  });

  it("names the desk, as «một cửa» does; «21 cửa» does not", () => {
    const desk = organisationNames("Bộ phận một cửa của Văn phòng")!;
    expect(namesOrganisation("a) bộ phận 1 cửa vp", desk)).toBe(true);
    expect(namesOrganisation("bp1c của vp: tn 46 hs", desk)).toBe(true);
    expect(namesOrganisation("lắp đặt 21 cửa kính", desk)).toBe(false);
  });
});
