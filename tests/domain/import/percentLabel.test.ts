/**
 * A percentage whose «%» sits in its label («tỷ lệ (%): 96,77», «Tỷ lệ %: 100») is read as a percentage, and only the
 * number right after the label: a count before it, a second number after it, or a number over 100 stays what it is.
 * A Quảng Trị clerk's wording of the one-stop desk (the corpus form that showed it is another office's phiếu).
 */
import { labelledPercent } from "../../../src/domain/import/meaning/percentLabel";
import { percentCell } from "../../../src/domain/import/meaning/layout";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const kinds = (text: string) => findNumbers(text).map((t) => `${t.text}:${labelledPercent(text, t)?.kind ?? t.kind}`);

describe("a percentage with its «%» in the label", () => {
  it("«Tỷ lệ %: 100», «tỷ lệ (%) ……… 3,23»: the bare number right after is a percentage", () => {
    expect(kinds("Hồ sơ giải quyết xong 120 hồ sơ, Tỷ lệ %: 100")).toEqual(["120:count", "100:percent"]);
    expect(kinds("- Còn đang xử lý 04 hồ sơ, tỷ lệ (%) ……… 3,23")).toEqual(["04:count", "3,23:percent"]);
  });

  it("near-miss: a count, a second number, a number with its own unit or over 100 are no percentage", () => {
    expect(kinds("Tỷ lệ (%): 96,77; 3,23")).toEqual(["96,77:percent", "3,23:other"]);
    expect(kinds("Tỷ lệ (%): 96,77 và 3,23")).toEqual(["96,77:other", "3,23:other"]);
    expect(kinds("Tỷ lệ (%): 124 hồ sơ")).toEqual(["124:count"]);
    expect(kinds("Tỷ lệ (%): 1.240")).toEqual(["1.240:count"]);
    expect(kinds("đạt 95%: 12 hồ sơ quá hạn")).toEqual(["95%:percent", "12:count"]);
  });

  it("binds the desk's rates written after «tỷ lệ (%):»", () => {
    const text = [
      "III. KẾT QUẢ THỰC HIỆN",
      "2. Cải cách hành chính",
      "b) Bộ phận tiếp nhận và trả kết quả của Văn phòng",
      "Tổng số hồ sơ tiếp nhận trong quý: 124 hồ sơ.",
      "Hồ sơ đã giải quyết xong: 120 hồ sơ, tỷ lệ (%): 96,77.",
      "Hồ sơ đang giải quyết: 04 hồ sơ, tỷ lệ (%): 3,23.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Tỷ lệ đã giải quyết").id))).toBe("96,77");
  });

  it("reads a row whose unit cell («ĐVT») is «%» as percentages, the plan's whole «100» left a count", () => {
    const text = [
      "III. KẾT QUẢ THỰC HIỆN",
      "2. Cải cách hành chính",
      "TT\tChỉ tiêu\tĐVT\tChỉ tiêu giao\tKết quả",
      "A\tBộ phận một cửa của Văn phòng\t\t\t",
      "1\tTổng số hồ sơ tiếp nhận\thồ sơ\t\t124",
      "2\tSố hồ sơ đã giải quyết\thồ sơ\t\t120",
      "\tTỷ lệ giải quyết\t%\t100\t96,77",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Tỷ lệ đã giải quyết").id))).toBe("96,77");
  });

  it("near-miss: a «%» cell after the number, or in another row, says nothing of it", () => {
    const cellKind = (text: string, at: string) => percentCell(text, findNumbers(text).find((t) => t.text === at)!)[0]?.kind ?? "other";
    expect(cellKind("STT\tChỉ tiêu\tĐVT\tKết quả\n1\tTỷ lệ giải quyết\t%\t96,5", "96,5")).toBe("percent");
    expect(cellKind("STT\tChỉ tiêu\tKết quả\tĐVT\n1\tTỷ lệ giải quyết\t96,5\t%", "96,5")).toBe("other");
    expect(cellKind("STT\tChỉ tiêu\tĐVT\tKết quả\n1\tTỷ lệ giải quyết\t%\t96,5\n2\tĐiểm tự chấm\tđiểm\t8,5", "8,5")).toBe("other");
  });
});
