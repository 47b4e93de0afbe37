/**
 * People counted by a label that opens with what it counts and says which of them («Viên chức biệt phái»): a number
 * of that unit with none of those words around it counts all of them (unqualifiedKind.ts), and a narrower figure's
 * act before it («trình … cho biệt phái 01 viên chức») is not the general figure's (narrowerLead.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { clauseLead, narrowerLead } from "../../../src/domain/import/meaning/narrowerLead";
import { qualifiedKind, unqualifiedCount } from "../../../src/domain/import/meaning/unqualifiedKind";
import { featureSet } from "../../../src/domain/import/meaning/words";
import { byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const STAFF = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\na) Quản lý, sử dụng công chức, viên chức\n";
const seconded = (body: string) => {
  const r = recognizeFigures(`${STAFF}${body}\n`, REPORT).get(byLabel("Viên chức biệt phái").id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state ?? null;
};

describe("qualifiedKind: the unit a label opens with and the words that say which", () => {
  it("«Viên chức biệt phái» counts public employees, those seconded", () => {
    expect(qualifiedKind("Viên chức biệt phái")).toEqual({ unit: "viên chức", which: ["biệt", "phái"] });
  });

  it("a label opening with no unit of people, or saying only its period, names no kind", () => {
    expect(qualifiedKind("Lượt tiếp định kỳ")).toBeNull();
    expect(qualifiedKind("Số Phó Chánh Văn phòng")).toBeNull();
    expect(qualifiedKind("Người tháng trước")).toBeNull();
  });
});

describe("unqualifiedCount", () => {
  const kind = qualifiedKind("Viên chức biệt phái");
  const ask = (text: string, number: string) => {
    const end = text.indexOf(number) + number.length;
    return unqualifiedCount(kind, text, end, () => featureSet(text));
  };

  it("«16 viên chức» in a staff roll, with no word of secondment, counts every public employee", () => {
    expect(ask("Văn phòng bố trí 57 công chức, 16 viên chức và 8 hợp đồng lao động.", "16")).toBe(true);
  });

  it("the kind's words written around it, or another unit after the number, leave it to the other rules", () => {
    expect(ask("Văn phòng đã biệt phái 02 viên chức sang Sở Nội vụ.", "02")).toBe(false);
    expect(ask("Văn phòng bố trí 57 công chức, 16 viên chức.", "57")).toBe(false);
  });
});

describe("narrowerLead: a narrower figure's act before the number", () => {
  const text = "Trong quý: điều động đi 01 công chức; VP trình UBND tỉnh cho biệt phái 01 viên chức sang Sở.";
  const at = text.lastIndexOf("01");

  it("«trình … cho biệt phái 01» leads to the proposal, not to the seconded staff", () => {
    expect(narrowerLead([["trình", "xin"]], clauseLead(text, 0, at))).toBe(true);
  });

  it("the clause is cut at «;»: an earlier clause's words say nothing of this number", () => {
    const other = "VP trình UBND tỉnh quyết định nâng lương; biệt phái 01 viên chức sang Sở.";
    expect(narrowerLead([["trình", "xin"]], clauseLead(other, 0, other.lastIndexOf("01")))).toBe(false);
  });
});

describe("recognised: «Viên chức biệt phái»", () => {
  it("is not the roll's «16 viên chức» (the clerk chooses)", () => {
    expect(seconded("Văn phòng bố trí 57 công chức, 16 viên chức và 8 hợp đồng lao động theo đúng vị trí việc làm.")).not.toBe("16");
  });

  it("is the number secondment is written with, in the roll's sentence or alone", () => {
    expect(seconded("Văn phòng bố trí 57 công chức, 16 viên chức và 8 hợp đồng lao động; biệt phái 02 viên chức sang Sở Nội vụ.")).toBe("02");
    expect(seconded("Văn phòng đã biệt phái 02 viên chức sang Sở Nội vụ.")).toBe("02");
  });

  it("is not a proposal to second «trình UBND tỉnh cho biệt phái 01 viên chức»", () => {
    expect(seconded("Văn phòng trình UBND tỉnh cho biệt phái 01 viên chức sang Sở Tư pháp.")).not.toBe("01");
  });
});
