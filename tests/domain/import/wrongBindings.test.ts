/**
 * The rules that mended the wrong bindings of the corpus (meaning/vetoAward.ts, vetoHeadNoun.ts, vetoEvent.ts,
 * boundTogether.ts), each on the wrong reading and on a right reading of the same shape that must stay bound.
 */
import { awardAt, awardWords, otherAward } from "../../../src/domain/import/meaning/vetoAward";
import { eventNumerals, eventUnnamed } from "../../../src/domain/import/meaning/vetoEvent";
import { fieldUnit, otherHeadNoun } from "../../../src/domain/import/meaning/vetoHeadNoun";
import { partsAfter } from "../../../src/domain/import/meaning/boundTogether";
import { findNumbers } from "../../../src/domain/import/numbers";
import { patternsOf } from "../../../src/domain/import/patterns";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

function byLabel(label: string) {
  const field = REPORT.fields.find((f) => f.label === label);
  if (!field) throw new Error(label);
  return field;
}

function span(text: string, figure: string, n = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(figure, i + 1);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

function valueOf(r: Recognition | undefined): string | null {
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
}

const patterns = patternsOf(REPORT);
const describe_ = (label: string) => {
  const f = byLabel(label);
  return [f.label, ...(patterns.get(f.id) ?? []).map((p) => p.wording)].join(" ; ");
};

describe("an award under another title or from another giver is not the field's", () => {
  const police = awardWords(describe_("Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen"));
  const premier = awardWords(describe_("Cá nhân đề nghị Thủ tướng tặng Bằng khen"));
  it("reads the title and giver of a field from its label and wordings", () => {
    expect([...police.titles]).toEqual(["giấy khen"]);
    expect([...police.givers]).toEqual(["giám đốc"]);
    expect([...premier.titles]).toEqual(["bằng khen"]);
  });
  it("«đề nghị CT UBND tỉnh tặng BK 01 cá nhân» is no Giấy khen of the police director", () => {
    const t = '+ Phong trào "Toàn dân tham gia PCCC và CNCH" năm 2025: đề nghị CT UBND tỉnh tặng BK 01 cá nhân.';
    expect(awardAt(t, ...span(t, "01"))).toEqual({ title: "bằng khen", giver: "chủ tịch" });
    expect(otherAward(police, t, ...span(t, "01"))).toBe(true);
  });
  it("«tặng Bằng khen cho 27 tập thể và 64 cá nhân»: the title governs both numbers", () => {
    const t = "trình Chủ tịch UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 27 tập thể và 64 cá nhân có thành tích.";
    expect(otherAward(police, t, ...span(t, "64"))).toBe(true);
    expect(otherAward(premier, t, ...span(t, "64"))).toBe(false);
  });
  it("«trình Chủ tịch UBND tỉnh tặng Bằng khen cho 312 tập thể»: the right title, another giver", () => {
    const t = "trình Chủ tịch UBND tỉnh tặng Bằng khen cho 312 tập thể, 1.045 cá nhân.";
    expect(otherAward(premier, t, ...span(t, "1.045"))).toBe(true);
    expect(otherAward(premier, t, ...span(t, "1.045"), false)).toBe(false);
  });
  it("the reference's own sentence, a table row and an award named after the number are still the field's", () => {
    const ref = "Đề nghị Giám đốc Công an tỉnh tặng Giấy khen đối với 01 cá nhân có thành tích xuất sắc.";
    expect(otherAward(police, ref, ...span(ref, "01"))).toBe(false);
    const row = "3\tGiấy khen của Giám đốc Công an tỉnh (phong trào toàn dân bảo vệ an ninh Tổ quốc)\t01\t02";
    expect(awardAt(row, ...span(row, "02"))).toEqual({ title: "giấy khen", giver: "giám đốc" });
    expect(otherAward(police, row, ...span(row, "02"))).toBe(false);
    const after = "Tặng Bằng khen cho 05 cá nhân; 01 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.";
    expect(otherAward(police, after, ...span(after, "01"))).toBe(false);
  });
  it("a field that names no award refuses nothing", () => {
    const hdnd = awardWords("Cá nhân khen thưởng hoạt động HĐND tỉnh");
    const t = "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 03 cá nhân phục vụ hoạt động của HĐND tỉnh";
    expect(otherAward(hdnd, t, ...span(t, "03"))).toBe(false);
  });
});

describe("the noun right after a number is what it counts", () => {
  const tasks = fieldUnit(byLabel("Số nhiệm vụ cụ thể"), patterns.get(byLabel("Số nhiệm vụ cụ thể").id) ?? []);
  it("reads the field's unit from its wording", () => expect(tasks).toBe("nhiệm vụ"));
  it("«07 nhóm nhiệm vụ» counts groups, not tasks", () => {
    const t = "+ Kế hoạch KSTTHC năm 2026: 07 nhóm nhiệm vụ.";
    expect(otherHeadNoun(tasks, t, span(t, "07")[1])).toBe(true);
  });
  it("«07 nhiệm vụ», «32 nhiệm vụ cụ thể» and «01 đồng chí Phó Chánh Văn phòng» count what they say", () => {
    const t = "đề ra 07 nhóm công việc và 32 nhiệm vụ cụ thể; 07 nhiệm vụ đã hoàn thành.";
    expect(otherHeadNoun(tasks, t, span(t, "32")[1])).toBe(false);
    expect(otherHeadNoun(tasks, t, span(t, "07", 1)[1])).toBe(false);
    const deputy = "bổ nhiệm 01 đồng chí Phó Chánh Văn phòng";
    expect(otherHeadNoun("phó chánh", deputy, span(deputy, "01")[1])).toBe(false);
  });
});

describe("a numbered event's figure is written where the event is named", () => {
  const numerals = eventNumerals(byLabel("Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV").label);
  it("«Giấy khen cho 61 cá nhân … phong trào thi đua năm 2024» names no Đại hội XIV", () => {
    expect(numerals).toEqual(["XIV"]);
    expect(eventNumerals("L")).toEqual([]);
    expect(eventUnnamed(numerals, "Chủ tịch UBND huyện tặng Giấy khen cho 23 tập thể và 61 cá nhân có thành tích trong phong trào thi đua năm 2024")).toBe(true);
  });
  it("«Đại hội lần thứ XIV», «Đại hội XIV của Đảng», «Đại hội 14» name it", () => {
    expect(eventUnnamed(numerals, "01 cá nhân trong Đợt thi đua chào mừng Đại hội lần thứ XIV của Đảng")).toBe(false);
    expect(eventUnnamed(numerals, "Khen thưởng đợt thi đua chào mừng Đại hội XIV của Đảng\t-\t03")).toBe(false);
    expect(eventUnnamed(numerals, "chào mừng Đại hội 14 của Đảng: khen 02 cá nhân")).toBe(false);
  });
});

/** The centre's field of that label (the one-stop desk's has the same label). */
function centre(label: string) {
  const section = REPORT.sections.find((s) => /Trung tâm/.test(s.title))!;
  const field = REPORT.fields.find((f) => f.label === label && f.section === section.id);
  if (!field) throw new Error(label);
  return field;
}

const CENTRE = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Trung tâm Phục vụ hành chính công tỉnh\n";

describe("what the bound figures say about each other", () => {
  it("finds the parts announced by «trong đó» that add up, and none without it", () => {
    const t = "đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ sơ, chiếm tỷ lệ 86,5%; đúng hạn 1.958 hồ sơ; quá hạn 154.";
    const tokens = findNumbers(t);
    expect(partsAfter(t, tokens, 0).map((p) => p.text)).toEqual(["13.529", "1.958", "154"]);
    const plain = "tiếp nhận 100 hồ sơ, đã giải quyết 50 hồ sơ, đúng hạn 50 hồ sơ.";
    expect(partsAfter(plain, findNumbers(plain), 0)).toEqual([]);
  });
  it("a part of the resolved files is no pending figure, nor its share the resolved rate", () => {
    const t = `${CENTRE}Trung tâm đã tiếp nhận tổng cộng 19.361 hồ sơ. Trong số hồ sơ trên, đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ sơ, chiếm tỷ lệ 86,5%; giải quyết đúng hạn có 1.958 hồ sơ, chiếm tỷ lệ 12,5%; số hồ sơ quá hạn còn 154, chiếm tỷ lệ 1%.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(valueOf(r.get(centre("Hồ sơ đang giải quyết").id))).toBeNull();
    const resolvedRate = REPORT.fields.find((f) => f.formula?.op === "percentOf" && f.formula.part === centre("Hồ sơ đã giải quyết").id)!;
    expect(valueOf(r.get(resolvedRate.id))).toBeNull();
    expect(valueOf(r.get(centre("Hồ sơ đã giải quyết").id))).toBe("15.641");
    expect(valueOf(r.get(centre("Hồ sơ trả đúng hạn").id))).toBe("1.958");
  });
  it("the pending files written beside the resolved ones, not inside them, stay bound", () => {
    const t = `${CENTRE}Trung tâm đã tiếp nhận 19.361 hồ sơ; đã giải quyết 15.641 hồ sơ, trong đó trước hạn 13.529 hồ sơ, đúng hạn 1.958 hồ sơ, rút và trả lại 154 hồ sơ; đang giải quyết 3.720 hồ sơ, chiếm 19,21%.\n`;
    const r = recognizeFigures(t, REPORT);
    expect(valueOf(r.get(centre("Hồ sơ đang giải quyết").id))).toBe("3.720");
    expect(valueOf(r.get(centre("Hồ sơ đã giải quyết").id))).toBe("15.641");
  });
  it("a «Tổng cộng» row under rows of different awards is none of them; a total row over units is the figure", () => {
    const awards = [
      "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
      "3. Thi đua, khen thưởng",
      "TT\tHình thức khen thưởng\tTập thể\tCá nhân",
      "1\tBằng khen của Thủ tướng Chính phủ\t-\t04",
      "2\tBằng khen của Chủ tịch UBND tỉnh (phong trào Toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ)\t-\t01",
      "3\tGiấy khen của Giám đốc Công an tỉnh (phong trào toàn dân bảo vệ an ninh Tổ quốc)\t01\t02",
      "4\tKhen thưởng đợt thi đua chào mừng Đại hội XIV của Đảng\t-\t03",
      "\tTổng cộng\t01\t10",
      "",
    ].join("\n");
    const r = recognizeFigures(awards, REPORT);
    expect(valueOf(r.get(byLabel("Cá nhân khen thưởng hoạt động HĐND tỉnh").id))).toBeNull();
    expect(valueOf(r.get(byLabel("Tập thể khen thưởng hoạt động HĐND tỉnh").id))).toBeNull();
    expect(valueOf(r.get(byLabel("Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen").id))).toBe("02");
  });
});
