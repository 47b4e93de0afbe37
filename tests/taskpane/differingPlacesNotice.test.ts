/**
 * Walk finding (walk50, 1): a zero the report says in words at two places («không», «không có KN, TC trong nội bộ»)
 * is still asked about before an update writes a number there, but the notice said «1 số liệu (2 chỗ) đã bị sửa tay»,
 * and nobody had edited anything. Places the add-in never agreed one text for are the document's own difference and
 * are said so; a place changed after the add-in wrote or agreed with it is still a hand edit.
 */
import { agreedTexts, planUpdate, type Conflict } from "../../src/domain/updatePlan";
import type { FieldValue } from "../../src/domain/types";
import { handEditSentence, handEditsOf, withHandEditsNow } from "../../src/taskpane/store/handEditNotice";
import { REPORT } from "../support/forms";

const LETTERS = "bcdc:khieuNai.soDon";
const STAFF = "bcdc:bienChe.hopDong";
const controls = (tag: string, texts: string[], first = 1) => texts.map((text, i) => ({ id: first + i, tag, text }));

function conflicts(tag: string, texts: string[], value: FieldValue, agreed: string[] = texts): Conflict[] {
  return planUpdate({ report: REPORT, values: new Map([[tag, value]]), problems: [], baseline: agreedTexts(controls(tag, agreed)), controls: controls(tag, texts) }).conflicts;
}

describe("the document's own differences are not hand edits", () => {
  it("marks places never agreed on as differing, and a place edited after agreement as a hand edit", () => {
    expect(conflicts(LETTERS, ["không", "không có"], { kind: "number", value: 1 }).map((c) => c.differing)).toEqual([true, true]);
    // Agreed «02» at both places, then one retyped «03» by hand.
    expect(conflicts(STAFF, ["02", "03"], { kind: "number", value: 4 }, ["02", "02"]).map((c) => c.differing)).toEqual([undefined]);
  });

  it("says which are hand edits and which the document writes differently", () => {
    const words = conflicts(LETTERS, ["không", "không có"], { kind: "number", value: 1 });
    expect(handEditSentence(words)).toBe("1 số liệu (2 chỗ) được văn bản ghi khác nhau giữa các chỗ: hãy chọn cách xử lý bên dưới.");
    const edited = conflicts(STAFF, ["02", "03"], { kind: "number", value: 4 }, ["02", "02"]);
    expect(handEditSentence(edited)).toBe("1 số liệu đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới.");
    expect(handEditSentence([...edited, ...words])).toBe(
      "1 số liệu đã bị sửa tay trong văn bản, 1 số liệu (2 chỗ) được văn bản ghi khác nhau giữa các chỗ: hãy chọn cách xử lý bên dưới.",
    );
  });

  it("keeps the words when a choice is made", () => {
    const words = conflicts(LETTERS, ["không", "không có"], { kind: "number", value: 1 });
    const edited = conflicts(STAFF, ["02", "03"], { kind: "number", value: 4 }, ["02", "02"]);
    const sentence = handEditSentence([...edited, ...words]);
    const notice = { intent: "warning" as const, text: `Đã cập nhật. ${sentence}`, ...handEditsOf([...edited, ...words], sentence) };
    // She kept the document's words for the letters; the hand edit is still to decide.
    const now = withHandEditsNow({ notice, conflicts: edited, overwrite: [], skip: [LETTERS] }, notice.text);
    expect(now).toBe("Đã cập nhật. Đã chọn cho 1 số liệu ghi khác nhau giữa các chỗ: giữ nguyên văn bản. Còn 1 số liệu bị sửa tay: hãy chọn cách xử lý bên dưới.");
  });
});
