/**
 * «… điều động 02 công chức đến công tác tại UBND các phường An Hòa và Tân Lợi, cùng với đó tiếp nhận 01 công chức
 * …»: the communes a move went to are named in the first statement; the statement joined by «, cùng với đó» is the
 * office's own and names no level (clauseSpans.ts fromLastJoint, read by vetoText.isOtherLevel and
 * levelAround.namedUnitBefore).
 */
import { fromLastJoint } from "../../../src/domain/import/meaning/clauseSpans";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { byLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD = "VĂN PHÒNG UBND TỈNH QUẢNG NGÃI\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n";
const MOVED = "Trong quý, Văn phòng điều động 02 công chức đến công tác tại UBND các phường An Hòa và Tân Lợi";
const REST = " tiếp nhận 01 công chức từ Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh và bổ nhiệm 01 Trưởng phòng Nội chính.\n";
const LABELS = ["Điều động, luân chuyển đi", "Tiếp nhận công chức", "Bổ nhiệm Trưởng phòng"];

function states(text: string): string[] {
  const r = recognizeFigures(text, QUARTERLY);
  return LABELS.map((label) => {
    const x = r.get(byLabel(label, QUARTERLY).id);
    return x?.state === "bound" ? `bound ${x.occurrences.map((o) => o.input).join("|")}` : (x?.state ?? "none");
  });
}

describe("a statement joined by «, cùng với đó» after one that names communes", () => {
  it("its figures are the office's", () => {
    expect(states(`${HEAD}${MOVED}, cùng với đó${REST}`)).toEqual(["bound 02", "bound 01", "bound 01"]);
  });

  it("joined by a bare comma it still reads as the communes' sentence: the clerk chooses", () => {
    expect(states(`${HEAD}${MOVED},${REST}`)).toEqual(["bound 02", "ambiguous", "ambiguous"]);
  });

  it("fromLastJoint blanks what stands before the last joined statement, keeping offsets", () => {
    const prefix = "đến UBND các phường A, đồng thời giao 02, cùng với đó tiếp nhận ";
    const read = fromLastJoint(prefix);
    expect(read.length).toBe(prefix.length);
    expect(read.trim()).toBe("tiếp nhận");
    expect(fromLastJoint("đến UBND các phường A, tiếp nhận ")).toBe("đến UBND các phường A, tiếp nhận ");
  });
});
