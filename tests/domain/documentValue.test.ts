/** What the document writes for a typed figure, as the pane reads it after a leader's decision. */
import { documentValue, valueKey } from "../../src/domain/documentValue";
import { REPORT } from "../support/forms";

const field = (id: string) => REPORT.byId.get(`bcdc:${id}`)!;
const YEAR = field("bienChe.nam");
const CONTRACTS = field("bienChe.hopDong");
const UNITS = field("donViSuNghiep.danhSach");
const SINCE = field("hcc.tuNgay");

describe("documentValue", () => {
  it("is one value, as its first place writes it, when every place agrees", () => {
    expect(documentValue(YEAR, ["2025"])).toEqual({ kind: "one", text: "2025" });
    expect(documentValue(YEAR, ["2025", "2025"])).toEqual({ kind: "one", text: "2025" });
  });

  it("reads one value written in two styles as one", () => {
    expect(documentValue(CONTRACTS, ["08", "8"])).toEqual({ kind: "one", text: "08" });
    expect(documentValue(UNITS, ["A, B và C", "A; B; C"])).toEqual({ kind: "one", text: "A, B và C" });
    expect(documentValue(SINCE, ["15/12/2025", "15/12/2025"])).toEqual({ kind: "one", text: "15/12/2025" });
  });

  it("is several when the places write different values: the staff year back to 2026 and 2025", () => {
    expect(documentValue(YEAR, ["2026", "2025"])).toEqual({ kind: "several" });
    expect(documentValue(UNITS, ["A, B và C", "A; B"])).toEqual({ kind: "several" });
  });

  it("is none with no place, or only a new report's «…»; a «…» beside a value is no second value", () => {
    expect(documentValue(YEAR, [])).toEqual({ kind: "none" });
    expect(documentValue(YEAR, ["…", " "])).toEqual({ kind: "none" });
    expect(documentValue(YEAR, ["…", "2025"])).toEqual({ kind: "one", text: "2025" });
  });

  it("keys a text the field cannot read by the text itself", () => {
    expect(valueKey(CONTRACTS, " 8 ")).toBe("08");
    expect(valueKey(CONTRACTS, " tám người? ")).toBe("tám người?");
  });
});
