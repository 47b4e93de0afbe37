/**
 * «… hiện có 45 công chức, đồng thời được giao 22 … và hiện có 19 viên chức, cùng với đó …»: a clerk writes three
 * statements as one sentence; a comma before «đồng thời», «cùng với đó», «bên cạnh đó», «ngoài ra» ends a figure's
 * clause as a semicolon would (meaning/clauseSpans.ts), so the words of one statement do not describe the figures
 * of the next.
 */
import { hardBoundaries } from "../../../src/domain/import/meaning/clauseSpans";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { byLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD = "VĂN PHÒNG UBND TỈNH QUẢNG NGÃI\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";

function read(text: string, label: string): { state: string; values: string[] } {
  const r = recognizeFigures(text, QUARTERLY).get(byLabel(label, QUARTERLY).id);
  if (r?.state === "bound") return { state: r.state, values: r.occurrences.map((o) => o.input) };
  if (r?.state === "ambiguous") return { state: r.state, values: r.candidates.map((c) => c.input) };
  return { state: r?.state ?? "none", values: [] };
}

describe("statements joined by «, đồng thời» / «, cùng với đó»", () => {
  it("each statement's staff figure is read from its own words", () => {
    const text = `${HEAD}Năm 2026, Văn phòng được UBND tỉnh giao 48 biên chế công chức và hiện có 45 công chức, đồng thời được giao 22 số lượng người làm việc trong các đơn vị sự nghiệp và hiện có 19 viên chức, cùng với đó Văn phòng ký 07 hợp đồng lao động làm công việc hỗ trợ, phục vụ, và hai nhà khách trực thuộc (Nhà khách Sông Trà và Nhà khách Dung Quất) với 33 viên chức đã tự chủ hoàn toàn về tài chính.\n`;
    expect(read(text, "Công chức đang thực hiện")).toEqual({ state: "bound", values: ["45"] });
    expect(read(text, "Biên chế sự nghiệp đang thực hiện")).toEqual({ state: "bound", values: ["19"] });
  });

  it("a comma before those words ends a clause; a comma before other words, or those words without a comma, do not", () => {
    const at = (text: string, word: string) => text.indexOf(word);
    const joined = "hiện có 45 công chức, đồng thời được giao 22, cùng với đó ký 07, bên cạnh đó 02, ngoài ra 03";
    const cuts = hardBoundaries(joined);
    expect(cuts).toEqual([at(joined, ", đồng"), at(joined, ", cùng"), at(joined, ", bên"), at(joined, ", ngoài")]);
    expect(hardBoundaries("01 Phó Chánh Văn phòng, đồng chí Trưởng phòng Tổng hợp và đồng thời 02 chuyên viên")).toEqual([]);
    expect(hardBoundaries("giao ban, đồng thờikhông")).toEqual([]);
  });
});
