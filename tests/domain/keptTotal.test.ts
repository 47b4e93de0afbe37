/**
 * The clerk's «Giữ» for a total that does not add up (fix44C, walk44: monthly 1096's 132 where the parts give 107):
 * a decision in the history that stands, for the update and for the document check, while the document shows the
 * number she kept and the parts give the sum she answered about; and a doubted total's warning sends her to its card.
 */
import { checkDocument } from "../../src/domain/documentCheck";
import { historyChange } from "../../src/domain/historyRows";
import { standingRejections } from "../../src/domain/rejectedChanges";
import type { HistoryEntry } from "../../src/domain/storedReport";
import type { FieldValue } from "../../src/domain/types";
import { planUpdate } from "../../src/domain/updatePlan";
import { builtInDefinition } from "../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const TOTAL = "tcd:tong.luot";
const LABEL = "Tổng số lượt tiếp công dân";
const kept: HistoryEntry = { field: TOTAL, from: "132", to: "107", at: "2026-05-20T08:00:00.000Z", by: "Lan", decision: "kept" };
const values = (total: number) => new Map<string, FieldValue | null>([[TOTAL, { kind: "number", value: total }]]);
const seen = (text: string) => new Map([[TOTAL, [{ text }]]]);
const controls = [{ id: 1, tag: TOTAL, text: "132" }];
const plan = (total: number, history: HistoryEntry[]) =>
  planUpdate({ report: MONTHLY, values: values(total), problems: [], controls, baseline: {}, rejected: standingRejections(MONTHLY, history) });

describe("a kept total", () => {
  it("stands as the clerk's, not a leader's rejection", () => {
    expect([...standingRejections(MONTHLY, [kept])]).toEqual([[TOTAL, { field: TOTAL, from: "132", to: "107", kept: true }]]);
  });

  it("is neither written nor asked about while the parts give 107; asked again when they give 108", () => {
    expect(plan(107, [kept])).toMatchObject({ texts: new Map(), conflicts: [], rejectedKept: [{ field: TOTAL, from: "132", to: "107", kept: true }] });
    expect(plan(108, [kept]).conflicts).toEqual([{ field: TOTAL, controlId: 1, documentText: "132", target: "108", unconfirmed: true }]);
    // A write since (she said it is the total after all) ends it.
    expect(plan(107, [kept, { ...kept, decision: undefined, from: "132", to: "107", at: "2026-05-21T08:00:00.000Z" }]).conflicts).toHaveLength(1);
  });

  it("raises no warning for the numbers she answered about, and the card's question for others", () => {
    const standing = standingRejections(MONTHLY, [kept]);
    expect(checkDocument(MONTHLY, values(107), seen("132"), standing, () => true)).toEqual([]);
    expect(checkDocument(MONTHLY, values(108), seen("132"), standing, () => true).map((p) => p.message)).toEqual([
      `Văn bản ghi «${LABEL}» là 132, nhưng các số thành phần cộng lại là 108. Chưa sửa số này: hãy trả lời ở thẻ «Số liệu»: đúng là tổng, hay số của nội dung khác?`,
    ]);
  });

  it("reads in «Lịch sử» as what she kept and what the parts gave", () => {
    expect(historyChange(kept)).toBe("Giữ 132 (theo các số thành phần là 107)");
  });
});

describe("a doubted total's warning", () => {
  it("sends her to the card when the update will ask, and to «Cập nhật văn bản» once the total is the add-in's", () => {
    expect(checkDocument(MONTHLY, values(107), seen("132"), new Map(), () => true)[0]!.message).toContain("hãy trả lời ở thẻ «Số liệu»");
    expect(checkDocument(MONTHLY, values(107), seen("132"), new Map(), () => false)[0]!.message).toBe(
      `Văn bản ghi «${LABEL}» là 132, nhưng theo số liệu phải là 107. Bấm «Cập nhật văn bản» để sửa.`,
    );
  });

  // CI of stop 44 (walkProvinceClerk, held-out 51): a doubted share lost the two counts it divides, «(47 / 60)».
  it("shows the two counts a doubted share divides", () => {
    const land = new Map<string, FieldValue | null>([
      ["tcd:noiDung.datDaiLuot", { kind: "number", value: 47 }],
      [TOTAL, { kind: "number", value: 60 }],
      ["tcd:noiDung.datDaiTyLe", { kind: "number", value: (47 / 60) * 100 }],
    ]);
    const share = new Map([["tcd:noiDung.datDaiTyLe", [{ text: "80,00%" }]]]);
    expect(checkDocument(MONTHLY, land, share, new Map(), () => true).map((p) => p.message)).toEqual([
      "Văn bản ghi «Tỷ lệ lượt tiếp về đất đai» là 80,00%, nhưng theo các số thành phần là 78,33% (47 / 60). " +
        "Chưa sửa số này: hãy trả lời ở thẻ «Số liệu»: đúng là số này, hay số của nội dung khác?",
    ]);
  });
});
