/**
 * Abbreviations as clerks write them (src/domain/import/meaning/abbreviations.ts, abbreviations.json, words.ts): read as
 * what they stand for where one reading is meant, left alone where the document does not say which, and never taken
 * from an ordinary word. Forms made up here.
 */
import ABBREVIATIONS from "../../../src/domain/import/meaning/abbreviations.json";
import { documentReadings, notASyllable } from "../../../src/domain/import/meaning/abbreviations";
import { syllables, withDocumentWords } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { tinyReport } from "../../support/forms";

const readings = (text: string) => Object.fromEntries(documentReadings(text).map(([a, b]) => [a.join(" "), b.join(" ")]));
const read = (text: string, words: string) => withDocumentWords(documentReadings(text), () => syllables(words).join(" "));

describe("the shared table of abbreviations", () => {
  it("holds only short forms no Vietnamese word is spelt as", () => {
    for (const e of ABBREVIATIONS.entries) expect([e.short, notASyllable(e.short.toLowerCase())]).toEqual([e.short, true]);
    for (const word of ["ta", "hoa", "nghiêng", "trường", "cử", "đh"]) expect([word, notASyllable(word)]).toEqual([word, word === "đh"]);
  });

  it("reads a one-reading abbreviation wherever it stands, and a longer one that contains it as itself", () => {
    expect(syllables("Đã GQ 118; ThS 22; HĐLĐ 09")).toEqual(["đã", "giải", "quyết", "thạc", "sĩ", "hợp", "đồng", "lao", "động"]);
    expect(syllables("GQ")).toEqual(["giải", "quyết"]);
    // «PCCC» is fire prevention, not «CC» twice; «cc» inside a word is nothing.
    expect(syllables("PCCC")).toEqual(["phòng", "cháy", "chữa", "cháy"]);
  });

  it("leaves a several-reading abbreviation alone outside a document that says which", () => {
    expect(syllables("ĐH 47")).toEqual(["đh"]);
    expect(read("Lễ khai giảng.", "ĐH 47")).toBe("đh");
  });
});

describe("an abbreviation with several readings, by the words around its uses", () => {
  it("«ĐH» beside «ThS», «trình độ» is đại học; beside «chào mừng», «Đảng» it is đại hội", () => {
    expect(readings("+ Trình độ CM: ThS 22; ĐH 47.")).toMatchObject({ "đh": "đại học", cm: "chuyên môn" });
    expect(readings("+ Đợt thi đua chào mừng ĐH Đảng bộ tỉnh: khen 02 cá nhân.")).toMatchObject({ "đh": "đại hội" });
  });

  it("is read no way when its uses in one document disagree, or none says anything", () => {
    const both = "+ Trình độ: ThS 22; ĐH 47.\n+ Chào mừng ĐH Đảng bộ tỉnh: khen 02 cá nhân.";
    expect(readings(both)["đh"]).toBeUndefined();
    expect(readings("ĐH 47; ĐH 12.")["đh"]).toBeUndefined();
  });

  it("«CC» is công chức in the staffing and cao cấp beside «lý luận chính trị»", () => {
    expect(readings("+ Biên chế năm 2026: CC giao 64, có mặt 59; SN giao 18.")).toMatchObject({ cc: "công chức", sn: "sự nghiệp" });
    expect(readings("+ Lý luận chính trị: CC 10; TC 05.")).toMatchObject({ cc: "cao cấp", tc: "trung cấp" });
  });

  it("a use with the words of two readings around it is no vote either way", () => {
    // «Sở LĐ-TB&XH» holds a word of lãnh đạo («sở») and of lao động («TB», «XH»).
    expect(readings("Phối hợp Sở LĐ-TB&XH.")["lđ"]).toBeUndefined();
    expect(readings("Phối hợp Sở LĐ-TB&XH.\n+ Giao ban LĐ UBND tỉnh.")).toMatchObject({ "lđ": "lãnh đạo" });
  });
});

describe("abbreviations a document defines", () => {
  it("by a short form in brackets after the phrase, its initials", () => {
    expect(readings("tiếp nhận 5,65 ngàn hồ sơ (HS) các loại")).toMatchObject({ hs: "hồ sơ" });
    expect(readings("Sở Lao động - Thương binh và Xã hội (LĐTBXH)")).toMatchObject({ "lđtbxh": "lao động thương binh và xã hội" });
    expect(readings("công bố thủ tục hành chính (TTHC) mới")).toMatchObject({ tthc: "thủ tục hành chính" });
  });

  it("by «sau đây gọi tắt là», and by a proper name's head in brackets", () => {
    const said = "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm) tiếp nhận";
    expect(readings(said)).toMatchObject({ "trung tâm": "trung tâm phục vụ hành chính công tỉnh" });
    expect(readings("Trung tâm Phục vụ hành chính công (trung tâm) tỉnh")).toMatchObject({ "trung tâm": "trung tâm phục vụ hành chính công" });
    expect(read(said, "Trung tâm đã giải quyết")).toBe("trung tâm phục vụ hành chính công tỉnh đã giải quyết");
    // Written in full again, the name is not lengthened twice.
    expect(read(said, "Trung tâm Phục vụ hành chính công tỉnh")).toBe("trung tâm phục vụ hành chính công tỉnh");
  });

  it("not by a bracket that defines nothing, nor by initials that are a word", () => {
    expect(readings("đã giải quyết 8,98 ngàn hồ sơ (đạt 88,2%)")).toEqual({});
    expect(readings("lớp bồi dưỡng Tiếng Anh (TA) cho công chức")).toEqual({});
    expect(readings("đào tạo kỹ năng số (trung tâm tổ chức)")).toEqual({});
    expect(readings("(TTV) - Sau gần 4 tháng")).toEqual({});
  });

  it("not when the document defines the same short form two ways", () => {
    expect(readings("hồ sơ (HS) ... học sinh (HS)")["hs"]).toBeUndefined();
  });

  it("before the shared table: a document's own «CC» is what it says", () => {
    expect(readings("chứng chỉ (CC) tin học; cấp 40 CC")).toMatchObject({ cc: "chứng chỉ" });
  });
});

const STAFF = tinyReport([
  { id: "td.thacSi", label: "Thạc sĩ", kind: "count", section: "I" },
  { id: "td.daiHoc", label: "Đại học", kind: "count", section: "I" },
  { id: "hcc.tiepNhan", label: "Hồ sơ tiếp nhận", kind: "count", section: "I", unit: "hồ sơ" },
  { id: "hcc.daGiaiQuyet", label: "Hồ sơ đã giải quyết", kind: "count", section: "I", unit: "hồ sơ" },
  { id: "hcc.tyLe", label: "Tỷ lệ đã giải quyết", kind: "percent", section: "I", formula: { op: "percentOf", part: "hcc.daGiaiQuyet", whole: "hcc.tiepNhan" } },
]);
const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const figures = (text: string, ...ids: string[]) => {
  const r = recognizeFigures(text, STAFF);
  return ids.map((id) => shown(r.get(`bcdc:${id}`)));
};

describe("recognition with abbreviations", () => {
  it("binds figures written with their abbreviations", () => {
    expect(figures("I. Tình hình chung\n+ Trình độ CM: ThS 22; ĐH 47.", "td.thacSi", "td.daiHoc")).toEqual(["22", "47"]);
    expect(figures("I. Kết quả\nHS tiếp nhận: 126; Đã GQ: 118.", "hcc.tiepNhan", "hcc.daGiaiQuyet")).toEqual(["126", "118"]);
  });

  it("does not take «ĐH» for đại học where the document means a congress", () => {
    const text = "I. Tình hình chung\n+ Đợt thi đua chào mừng ĐH Đảng bộ tỉnh lần thứ XVI: khen 05 cá nhân.";
    expect(figures(text, "td.daiHoc")).toEqual(["-"]);
  });

  it("does not take a part of a «trong đó» breakdown for the total, even with «HS» read as hồ sơ", () => {
    const text =
      "I. Kết quả\nTrung tâm tiếp nhận 5,65 ngàn hồ sơ (HS) các loại.\nTrong đó có 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận qua dịch vụ bưu chính công ích 132 HS.";
    expect(figures(text, "hcc.tiepNhan")[0]).not.toBe("132");
  });

  it("reads the total after a bracketed breakdown closes", () => {
    const text = "I. Kết quả\nTrung tâm đã GQ 4.561 HS (trong đó: trước hạn 3.000 HS, đúng hạn 1.561 HS), tiếp nhận 5.650 HS.";
    expect(figures(text, "hcc.tiepNhan", "hcc.daGiaiQuyet")).toEqual(["5.650", "4.561"]);
  });

  it("still reads a «trong đó» that names a period as that period's whole figures", () => {
    const text = "I. Kết quả\nLũy kế 9 tháng tiếp nhận 24.718 HS; trong đó quý III tiếp nhận 8.236 HS, đã GQ 7.905 HS.";
    expect(figures(text, "hcc.daGiaiQuyet")).toEqual(["7.905"]);
  });
});
