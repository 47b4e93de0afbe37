/**
 * A request is not the fact (src/domain/import/meaning/requestLead.ts): a number whose own phrase opens with «xin»,
 * «trình xin» or «dự kiến» is no figure the form words as a fact; a request earlier in the sentence, another act's,
 * says nothing of it, and a field the form words as a request takes it.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { ownPhrase, requestedOnly } from "../../../src/domain/import/meaning/requestLead";
import { REPORT } from "../../support/forms";

const before = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  return requestedOnly(text, 0, at);
};
const shown = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.text).join(" ")}` : "-";
};

describe("a number's own phrase", () => {
  it("reads a label line's label through the colon right before the number", () => {
    expect(ownPhrase("Trình xin biệt phái viên chức: 01", 0, 31).trim()).toBe("Trình xin biệt phái viên chức");
  });
  it("starts after the last comma, «;» or conjunction before the number", () => {
    const text = "Văn phòng xin ý kiến Sở Nội vụ, đã biệt phái 02 viên chức";
    expect(ownPhrase(text, 0, text.indexOf("02")).trim()).toBe("đã biệt phái");
  });
});

describe("a request verb opening the number's phrase", () => {
  it.each([
    ["Trình xin biệt phái viên chức: 01.", "01"],
    ["Văn phòng xin biệt phái 01 viên chức.", "01"],
    ["Dự kiến biệt phái viên chức: 02.", "02"],
  ])("«%s»: a request", (text, figure) => expect(before(text, figure)).toBe(true));
  it.each([
    ["Viên chức biệt phái: 02.", "02"],
    ["Văn phòng đã xin ý kiến Sở Nội vụ và biệt phái 02 viên chức.", "02"],
    ["Sau khi xin ý kiến, Văn phòng biệt phái viên chức: 02.", "02"],
    ["Văn phòng đã đề nghị nâng bậc lương trước thời hạn cho 01 công chức.", "01"],
  ])("«%s»: no request of this number", (text, figure) => expect(before(text, figure)).toBe(false));
});

describe("the seconded staff and the staff proposed for secondment", () => {
  it("a proposal's line is not the seconded staff's, though the form's wording for them ends it", () => {
    const text = "III. CÔNG TÁC CÁN BỘ\nB.1. Viên chức biệt phái: 02.\nB.6. Trình xin biệt phái viên chức: 01.\n";
    expect(shown(text, "bcdc:bienChe.bietPhai")).not.toBe("01");
    expect(shown(text, "bcdc:bietPhai.trinhXin")).toBe("01");
  });
  it("the wording binds the seconded staff where no request opens the phrase", () => {
    const text = "III. CÔNG TÁC CÁN BỘ\nSau khi xin ý kiến Sở Nội vụ, Văn phòng biệt phái viên chức: 03.\n";
    expect(shown(text, "bcdc:bienChe.bietPhai")).toBe("03");
  });
});
