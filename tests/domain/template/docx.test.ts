/** @jest-environment jsdom */
import { withComputed } from "../../../src/domain/compute";
import { REPORT } from "../../support/forms";
import { writeReportDocx } from "../../../src/domain/template/docx";
import { REFERENCE_OFFICE } from "../../../src/domain/template/settings";
import { validateFigures } from "../../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../fixtures/referenceReport";
import { all, child, controls, openPart, textOf, wAttr } from "./docxParts";

const filledValues = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD).values;

describe("the .docx of the reference report", () => {
  let docx: Uint8Array;
  let doc: Document;
  beforeAll(async () => {
    docx = await writeReportDocx(REPORT, REFERENCE_OFFICE, filledValues, { period: REFERENCE_PERIOD });
    doc = await openPart(docx, "word/document.xml");
  });

  it("has a tagged plain-text control, titled with the field's label, for every field of the report", () => {
    const found = controls(doc);
    expect(REPORT.fields.filter((field) => !found.some((c) => c.tag === field.id)).map((field) => field.id)).toEqual([]);
    expect(found.filter((c) => c.alias !== REPORT.byId.get(c.tag)?.label || !c.plainText)).toEqual([]);
    expect(found.every((c) => c.tag.startsWith("bcdc:"))).toBe(true);
    expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
  });

  it("writes each figure formatted the official way inside its control", () => {
    const text = (tag: string) => controls(doc).filter((c) => c.tag === tag).map((c) => c.text);
    expect(text("bcdc:hcc.tiepNhan")).toEqual(["9.780"]);
    expect(text("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toEqual(["95,06%"]);
    expect(text("bcdc:hcc.tyLeDangGiaiQuyet")).toEqual(["9,82%"]);
    expect(text("bcdc:bienChe.congChucGiao")).toEqual(["55", "55"]);
    expect(text("bcdc:khenThuong.bangKhenTTg")).toEqual(["05"]);
    expect(text("bcdc:ky.tuNgay")).toEqual(["15/12/2025"]);
  });

  it("is A4 portrait with margins of 20 mm top and bottom, 30 mm left, 15 mm right", () => {
    const sectPr = all(doc, "sectPr")[0]!;
    const size = child(sectPr, "pgSz")!;
    expect([wAttr(size, "w"), wAttr(size, "h"), wAttr(size, "orient")]).toEqual(["11906", "16838", null]);
    const mar = child(sectPr, "pgMar")!;
    expect(["top", "bottom", "left", "right"].map((side) => Number(wAttr(mar, side)))).toEqual([1134, 1134, 1701, 850]);
  });

  it("numbers pages centred in the header, except the first page", async () => {
    const sectPr = all(doc, "sectPr")[0]!;
    expect(child(sectPr, "titlePg")).toBeDefined();
    const refs = all(sectPr, "headerReference").map((r) => wAttr(r, "type"));
    expect(refs.sort()).toEqual(["default", "first"]);
    const pageHeader = await openPart(docx, "word/header1.xml");
    expect(wAttr(all(pageHeader, "jc")[0], "val")).toBe("center");
    expect(wAttr(all(pageHeader, "fldSimple")[0], "instr")?.trim()).toBe("PAGE");
    const firstHeader = await openPart(docx, "word/header2.xml");
    expect(all(firstHeader, "fldSimple")).toHaveLength(0);
    expect(textOf(firstHeader.documentElement)).toBe("");
  });

  it("sets Times New Roman 14 pt, in Vietnamese, as the document default", async () => {
    const styles = await openPart(docx, "word/styles.xml");
    const defaults = all(styles, "rPrDefault")[0]!;
    const fonts = child(defaults, "rFonts")!;
    expect(["ascii", "hAnsi", "cs", "eastAsia"].map((slot) => wAttr(fonts, slot))).toEqual(Array(4).fill("Times New Roman"));
    expect(wAttr(child(defaults, "sz"), "val")).toBe("28");
    expect(wAttr(child(defaults, "lang"), "val")).toBe("vi-VN");
  });

  it("styles each role as Nghị định 30/2020 asks", async () => {
    const styles = await openPart(docx, "word/styles.xml");
    const byId = (id: string) => all(styles, "style").find((s) => wAttr(s, "styleId") === id)!;
    const style = (id: string) => {
      const node = byId(id);
      return {
        size: Number(wAttr(child(node, "sz"), "val")) / 2,
        bold: child(node, "b") !== undefined,
        italic: child(node, "i") !== undefined,
        align: wAttr(child(node, "jc"), "val"),
      };
    };
    expect(style("BcdcBody")).toEqual({ size: 14, bold: false, italic: false, align: "both" });
    expect(style("BcdcNationalName")).toEqual({ size: 12, bold: true, italic: false, align: "center" });
    expect(style("BcdcMotto")).toEqual({ size: 13, bold: true, italic: false, align: "center" });
    expect(style("BcdcOfficeName")).toEqual({ size: 13, bold: true, italic: false, align: "center" });
    expect(style("BcdcGoverningBody")).toEqual({ size: 13, bold: false, italic: false, align: "center" });
    expect(style("BcdcSymbol")).toEqual({ size: 13, bold: false, italic: false, align: "center" });
    expect(style("BcdcPlaceDate")).toEqual({ size: 14, bold: false, italic: true, align: "center" });
    expect(style("BcdcDocType")).toEqual({ size: 14, bold: true, italic: false, align: "center" });
    expect(style("BcdcSummary")).toEqual({ size: 14, bold: true, italic: false, align: "center" });
    expect(style("BcdcHeading1")).toMatchObject({ size: 14, bold: true });
    expect(style("BcdcRecipientsTitle")).toEqual({ size: 12, bold: true, italic: true, align: "left" });
    expect(style("BcdcRecipient")).toMatchObject({ size: 11, bold: false });
    expect(style("BcdcSignerTitle")).toMatchObject({ size: 14, bold: true });
    expect(style("BcdcSignerName")).toMatchObject({ size: 14, bold: true });
    const body = byId("BcdcBody");
    expect(wAttr(child(body, "ind"), "firstLine")).toBe("720");
    expect(wAttr(child(body, "spacing"), "after")).toBe("120");
  });

  it("lays the header out as a borderless two-column table: issuing body left, Quốc hiệu right", () => {
    const header = all(doc, "tbl")[0]!;
    expect(all(header, "gridCol")).toHaveLength(2);
    const borders = child(header, "tblBorders")!;
    expect(Array.from(borders.children).every((b) => wAttr(b, "val") === "nil")).toBe(true);
    const [left, right] = all(all(header, "tr")[0]!, "tc").map((tc) => all(tc, "p").map(textOf).filter(Boolean));
    expect(left).toEqual(["UBND TỈNH SƠN LA", "VĂN PHÒNG"]);
    expect(right).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    const [symbol, placeDate] = all(all(header, "tr")[1]!, "tc").map(textOf);
    expect(symbol).toMatch(/^Số:\s+\/BC-VPUB$/);
    expect(placeDate).toBe("Sơn La, ngày … tháng 3 năm 2026");
  });

  it("closes with Nơi nhận on the left and the signature on the right", () => {
    const tables = all(doc, "tbl");
    const [left, right] = all(tables[tables.length - 1]!, "tc").map((tc) => all(tc, "p").map(textOf));
    expect(left).toEqual(["Nơi nhận:", "- Sở Nội vụ (b/c);", "- LĐVPUBND tỉnh;", "- Trang Thông tin điện tử VP;", "- Lưu: VT, TCHCQT.H.01b."]);
    expect(right).toEqual(["CHÁNH VĂN PHÒNG", "Trần Bình Minh"]);
  });
});

describe("the empty template", () => {
  it("shows a placeholder in every typed figure but names the quarter", async () => {
    const empty = withComputed(REPORT, new Map(), REFERENCE_PERIOD);
    const doc = await openPart(await writeReportDocx(REPORT, REFERENCE_OFFICE, empty, { period: REFERENCE_PERIOD }), "word/document.xml");
    const found = controls(doc);
    expect(found.filter((c) => c.tag === "bcdc:hcc.tiepNhan").map((c) => c.text)).toEqual(["…"]);
    expect(found.filter((c) => c.tag === "bcdc:ky.quy").every((c) => c.text === "I")).toBe(true);
  });
});

describe("the period in the .docx", () => {
  it.each([
    [1, 2026, ["I", "2026", "II", "2026", "15/12/2025", "14/3/2026"], "Sơn La, ngày … tháng 3 năm 2026"],
    [2, 2026, ["II", "2026", "III", "2026", "15/3/2026", "14/6/2026"], "Sơn La, ngày … tháng 6 năm 2026"],
    [3, 2026, ["III", "2026", "IV", "2026", "15/6/2026", "14/9/2026"], "Sơn La, ngày … tháng 9 năm 2026"],
    [4, 2026, ["IV", "2026", "I", "2027", "15/9/2026", "14/12/2026"], "Sơn La, ngày … tháng 12 năm 2026"],
  ] as const)("Q%i %i fills every period control and the place-date line", async (quarter, year, expected, placeDate) => {
    const period = { quarter, year };
    const docx = await writeReportDocx(REPORT, REFERENCE_OFFICE, withComputed(REPORT, new Map(), period), { period });
    const doc = await openPart(docx, "word/document.xml");
    const found = controls(doc);
    const ids = ["quy", "nam", "quySau", "namQuySau", "tuNgay", "denNgay"].map((part) => `bcdc:ky.${part}`);
    const texts = ids.map((id) => [...new Set(found.filter((c) => c.tag === id).map((c) => c.text))]);
    expect(texts).toEqual(expected.map((text) => [text]));
    expect(all(doc, "p").map(textOf)).toContain(placeDate);
  });
});
