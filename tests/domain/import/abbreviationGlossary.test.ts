/**
 * Reports dense with abbreviations (meaning/abbreviationGlossary.ts, abbreviationUses.ts, shortNames.ts):
 * a glossary's short forms read as what it says they stand for, a short form one report means two ways read use by
 * use, an organisation named only by its short form found as itself. A clerk of Kiên Giang writes here; the same
 * report written out in full must read the same figures.
 */
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { readUsesApart } from "../../../src/domain/import/meaning/abbreviationUses";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const readings = (text: string) => Object.fromEntries(documentReadings(text).map(([a, b]) => [a.join(" "), b.join(" ")]));

describe("a glossary of short forms", () => {
  it("listed after «Chữ viết tắt:», a dash between each and its phrase", () => {
    const text = "Chữ viết tắt: TT PVHCC - Trung tâm Phục vụ hành chính công tỉnh; BPMC - Bộ phận một cửa; TCD - tiếp công dân.";
    expect(readings(text)).toMatchObject({ "tt pvhcc": "trung tâm phục vụ hành chính công", tcd: "tiếp công dân" });
  });

  it("in brackets, «X là …» side by side; a phrase that only says whose it is stays out", () => {
    const text = "(Ghi chú: VPUB là Văn phòng UBND tỉnh Kiên Giang; BP1C là Bộ phận Một cửa của VPUB; CCHC là cải cách hành chính)";
    expect(readings(text)).toMatchObject({ vpub: "văn phòng ủy ban", "bp c": "bộ phận một cửa của văn phòng ủy ban", cchc: "cải cách hành chính" });
  });

  it("one per line under a heading that opens it", () => {
    expect(readings("CÁC CHỮ VIẾT TẮT\nKSTTHC: kiểm soát thủ tục hành chính\nNLĐ: người lao động\n\nI. Kết quả")).toMatchObject({ kstthc: "kiểm soát thủ tục hành chính" });
  });

  it("after «Các từ viết tắt:», each short form with its phrase in brackets after it", () => {
    const text = "Báo cáo như dưới đây. Các từ viết tắt: VP (Văn phòng UBND tỉnh), CBCC (cán bộ, công chức), BP1C (Bộ phận một cửa), PAKN (phản ánh, kiến nghị).\nVề TTHC: BP1C của VP nhận 64 HS.";
    expect(readings(text)).toMatchObject({ vp: "văn phòng", cbcc: "cán bộ công chức", "bp c": "bộ phận một cửa", pakn: "phản ánh kiến nghị" });
  });

  it("near-match: short forms with brackets after them are no glossary without its opening words, nor past a break in the run", () => {
    expect(Object.keys(readings("Phối hợp với VP (Văn phòng UBND tỉnh), BP1C (Bộ phận một cửa) tiếp nhận hồ sơ."))).not.toContain("bp c");
    expect(Object.keys(readings("Các từ viết tắt: VP (Văn phòng UBND tỉnh), và tiếp nhận BP1C (Bộ phận một cửa)."))).not.toContain("bp c");
    expect(Object.keys(readings("Các từ viết tắt: TT (Trung tâm 1), HS (hồ sơ 2).")).filter((k) => k === "tt" || k === "hs")).toEqual([]);
  });

  it("not from a line of figures, nor from one sentence that says «là»", () => {
    expect(readings("- LLCT: CC 11; TC 23.")["llct cc"]).toBeUndefined();
    expect(Object.keys(readings("- LLCT: CC 11; TC 23."))).not.toContain("llct");
    expect(Object.keys(readings("BHXH là trụ cột của an sinh xã hội."))).not.toContain("bhxh");
  });
});

describe("a short form one report means two ways", () => {
  const text = "- Có mặt 57 CC, giao 61 biên chế.\n- LLCT: CC 11; TC 23.\n- Nhận 07 đơn (04 KN, 03 TC).\n- CC 05.";
  const apart = readUsesApart(text, new Set());

  it("is read use by use where its own words say which, one character for one", () => {
    expect(apart.text).toHaveLength(text.length);
    const read = Object.fromEntries(apart.readings.map(([a, b]) => [a.join(" "), b.join(" ")]));
    expect(Object.values(read).sort()).toEqual(["cao cấp", "công chức", "trung cấp", "tố cáo"]);
  });

  it("and left as written where they say nothing", () => {
    expect(apart.text.split("\n")[3]).toBe("- CC 05.");
    expect(readUsesApart("LLCT: CC 11; TC 23.", new Set())).toEqual({ text: "LLCT: CC 11; TC 23.", readings: [] });
  });
});

const ABBREVIATED = `UBND TỈNH KIÊN GIANG
VĂN PHÒNG

BÁO CÁO
Tình hình thực hiện QCDC, CCHC quý III năm 2025

Chữ viết tắt: TT PVHCC - Trung tâm Phục vụ hành chính công tỉnh; BPMC - Bộ phận một cửa của Văn phòng; CBCC - cán bộ, công chức; TCD - tiếp công dân.

I. Đội ngũ
- Biên chế năm 2025: Văn phòng được giao: 61 biên chế, có mặt 57 CC. Hợp đồng: 09.
- LLCT: CC 11; TC 23.

II. Một cửa, dịch vụ công
1. BPMC: tiếp nhận 88 HS, đã GQ 85 HS, đang GQ 03 HS.
2. TT PVHCC: tiếp nhận 12.406 HS; đã GQ 11.980 HS; trễ hạn 37 HS; đang GQ 389 HS.
`;
const WRITTEN_OUT = ABBREVIATED.replace(/^Chữ viết tắt.*\n/mu, "")
  .replace("QCDC, CCHC", "quy chế dân chủ, cải cách hành chính")
  .replace("57 CC", "57 công chức")
  .replace("LLCT: CC 11; TC 23", "Lý luận chính trị: cao cấp 11; trung cấp 23")
  .replace("BPMC", "Bộ phận một cửa của Văn phòng")
  .replace("TT PVHCC", "Trung tâm Phục vụ hành chính công tỉnh")
  .replace(/ HS/gu, " hồ sơ")
  .replace(/GQ/gu, "giải quyết");

const bound = (text: string) => {
  const out: Record<string, string> = {};
  for (const [id, r] of recognizeFigures(text, REPORT) as Map<string, Recognition>) if (r.state === "bound") out[id] = r.occurrences.map((o) => o.text).join(" ");
  return out;
};

describe("a report dense with abbreviations", () => {
  it("reads the figures its written-out twin reads, the desk's and the centre's by their short names", () => {
    const short = bound(ABBREVIATED);
    expect(short).toEqual(bound(WRITTEN_OUT));
    expect(short).toMatchObject({
      "bcdc:bienChe.congChucThucHien": "57",
      "bcdc:llct.caoCap": "11",
      "bcdc:llct.trungCap": "23",
      "bcdc:motCuaVp.tiepNhan": "88",
      "bcdc:motCuaVp.dangGiaiQuyet": "03",
      "bcdc:hcc.tiepNhan": "12.406",
      "bcdc:hcc.dangGiaiQuyet": "389",
    });
  });

  it("quotes the document as written where a use was read apart", () => {
    const r = recognizeFigures(ABBREVIATED, REPORT).get("bcdc:llct.caoCap");
    expect(r?.state === "bound" ? r.occurrences.map((o) => [o.text, o.line]) : r).toEqual([["11", 11]]);
  });
});

describe("a desk named only by a short form its glossary brackets", () => {
  const glossed = (glossary: string) =>
    [
      "VĂN PHÒNG UBND TỈNH",
      `Kính gửi Sở Nội vụ, Văn phòng gửi báo cáo nhanh. ${glossary}`,
      "",
      "Về TTHC: BP1C của VP nhận 64 HS, giải quyết 62 HS (96,88%), trong đó sớm hạn 18 HS (29,03%), đúng hạn 44 HS (70,97%), đang giải quyết 02 HS (3,13%).",
    ].join("\n");

  it("reads the desk's figures once «BP1C (Bộ phận một cửa)» is listed after «Các từ viết tắt:»", () => {
    const r = bound(glossed("Các từ viết tắt: VP (Văn phòng UBND tỉnh), HS (hồ sơ), BP1C (Bộ phận một cửa)."));
    expect(r).toMatchObject({ "bcdc:motCuaVp.tiepNhan": "64", "bcdc:motCuaVp.dangGiaiQuyet": "02" });
  });

  it("near-match: without the glossary nothing says whose desk a short form no lexicon holds is, and its figures stay unbound", () => {
    // «BP1C» itself is in the shared lexicon (abbreviationLexicon.test.ts): a made-up «BPX» stands for a short form it lacks.
    expect(bound(glossed("").replace("BP1C", "BPX"))["bcdc:motCuaVp.tiepNhan"]).toBeUndefined();
  });
});
