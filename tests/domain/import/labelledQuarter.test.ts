/**
 * An earlier quarter named as a comparison's basis («giảm 02 so với quý II») is no scope of what follows; but one
 * that labels what follows its colon («→ So với quý II: công chức có mặt 87») states that quarter's figures
 * (meaning/periodMarkers.ts). A clerk's slide-style summary, not the held-out report's words.
 */
import { MARKER_FIRST, markerScope } from "../../../src/domain/import/meaning/periodMarkers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const scope = (text: string) => markerScope(MARKER_FIRST.exec(text)!, text);

describe("a quarter labelling what follows its colon", () => {
  it("is the topic of what follows, even after «so với»", () => {
    expect(scope("So với quý II: công chức có mặt 87")).toEqual({ quarter: 2, year: null, topic: true });
    expect(scope("so với quý II/2026 : 87")).toEqual({ quarter: 2, year: 2026, topic: true });
  });

  it("near-match: the basis of a comparison with no colon is no topic", () => {
    expect(scope("giảm 02 so với quý II, do nghỉ hưu")).toEqual({ quarter: 2, year: null, topic: false });
    expect(scope("tăng 02 so với quý II năm 2026")).toEqual({ quarter: 2, year: 2026, topic: false });
  });
});

describe("in a report", () => {
  const DOC = (lines: string[]) => ["UBND TỈNH AN GIANG", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III/2026", "", "I. TÌNH HÌNH CHUNG", "1. Biên chế 2026", ...lines, ""].join("\n");
  const present = (lines: string[]) => boundValue(recognizeFigures(DOC(lines), REPORT).get(byLabel("Công chức đang thực hiện").id));

  it("the earlier quarter's staff under its label is not the quarter's", () => {
    expect(present(["+ Công chức: giao 92 → có mặt 85", "→ So với quý II: công chức có mặt 87 (giảm 02 do nghỉ hưu)"])).not.toBe("87");
  });

  it("near-match: the quarter's own staff beside a comparison with no label is kept", () => {
    expect(present(["Công chức được giao là 92, đang thực hiện 85, giảm 02 so với quý II."])).toBe("85");
  });
});
