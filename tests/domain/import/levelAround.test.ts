/**
 * Levels beyond the sentence (meaning/levelAround.ts) and numbers cut by the page (meaning/brokenNumber.ts), on the
 * published texts' own wording (tests/fixtures/corpus/published): each rule where it holds and where it must not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isBrokenNumber } from "../../../src/domain/import/meaning/brokenNumber";
import { levelCarried, namedUnitBefore } from "../../../src/domain/import/meaning/levelAround";
import { fieldLevel } from "../../../src/domain/import/meaning/vetoText";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { CORPUS } from "../../support/corpusMeasure";
import { REPORT } from "../../support/forms";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const centre = fieldLevel("Hồ sơ trả trước hạn ; Trung tâm Phục vụ hành chính công tỉnh");
const plain = fieldLevel("Đơn thư nhận được");
const noOrganisation = () => false;
const namesCentre = (lower: string) => lower.includes("trung tâm");

describe("a paragraph that opens with another level", () => {
  const text =
    "Trung tâm đã giải quyết 15.641 hồ sơ, trong đó trước hạn 13.529 hồ sơ.\n" +
    "Ở cấp huyện, tổng số hồ sơ là 21.686 hồ sơ. Trong số này đã giải quyết được 17.651 hồ sơ, trong đó có 13.767 hồ sơ trước hạn.";
  it("carries that level to the later sentences of the paragraph", () => {
    expect(levelCarried(text, ...at(text, "13.767"), 0, centre, noOrganisation)).toBe(true);
    expect(levelCarried(text, ...at(text, "17.651"), 0, centre, noOrganisation)).toBe(true);
  });
  it("leaves the province's own paragraph, and a sentence that names the organisation, alone", () => {
    expect(levelCarried(text, ...at(text, "13.529"), 0, centre, noOrganisation)).toBe(false);
    const back = `${text} Riêng Trung tâm trả trước hạn 99 hồ sơ.`;
    expect(levelCarried(back, ...at(back, "99"), 0, centre, namesCentre)).toBe(false);
  });
  it("does not carry a level named in passing", () => {
    const passing = "Văn phòng phối hợp với các sở, ngành, UBND các huyện rà soát thủ tục. Theo đó, đề ra 09 nhóm công việc.";
    expect(levelCarried(passing, ...at(passing, "09"), 0, plain, noOrganisation)).toBe(false);
  });
  it("leaves a sentence that names its own level to the sentence rule", () => {
    const own = "Ở cấp huyện, tổng số là 21.686 hồ sơ. Cấp tỉnh đã giải quyết 500 hồ sơ.";
    expect(levelCarried(own, ...at(own, "500"), 0, centre, noOrganisation)).toBe(false);
  });
});

describe("a named unit below the province", () => {
  const text = "Huyện Lập Thạch lần đầu tiên vươn lên đứng vị trí thứ nhất với tỷ lệ chậm, quá hạn 0,33%.";
  it("makes the figure that unit's", () => {
    expect(namedUnitBefore(text, ...at(text, "0,33%"), 0, centre)).toBe(true);
    const q1 = "Trong năm 2018, UBND Q.1 tiếp nhận 585.336 hồ sơ.";
    expect(namedUnitBefore(q1, ...at(q1, "585.336"), 0, plain)).toBe(true);
  });
  it("is not a common noun, nor the reporting body itself, nor a level the field asks for", () => {
    const room = "Văn phòng có Phòng Văn hóa - Xã hội và quản lý 03 đơn vị sự nghiệp.";
    expect(namedUnitBefore(room, ...at(room, "03"), 0, plain)).toBe(false);
    const district = "UBND huyện Thuận Châu tiếp nhận 27 đơn thư.";
    expect(namedUnitBefore(district, ...at(district, "27"), 1, plain)).toBe(false);
    const commune = "Văn phòng giúp đỡ xã Chiềng Mung 01 lần.";
    expect(namedUnitBefore(commune, ...at(commune, "01"), 0, fieldLevel("Số xã được phân công giúp đỡ"))).toBe(false);
  });
});

describe("a number cut by the page", () => {
  it("«9 9 ,2%»: neither piece is a figure", () => {
    const text = "với tỷ lệ đúng hạn đạt 9 9 ,2% .";
    expect(isBrokenNumber(text, text.indexOf("9"), text.indexOf("9") + 1)).toBe(true);
  });
  it("a date, a thousands grouping or a zero word beside a number is not a cut", () => {
    const date = "hội nghị ngày 18/12/2025 không có";
    expect(isBrokenNumber(date, ...at(date, "không có"))).toBe(false);
    const grouped = "tiếp nhận 9 780 hồ sơ, đã giải quyết 7 766";
    expect(isBrokenNumber(grouped, ...at(grouped, "9 780"))).toBe(false);
    const dated = "đến ngày 14/3/2026 có 12 hồ sơ";
    expect(isBrokenNumber(dated, ...at(dated, "12"))).toBe(false);
  });
});

describe("on whole published texts", () => {
  it("binds no district figure and no piece of a cut number", () => {
    const thanhHoa = "Trung tâm Hành chính công tỉnh Thanh Hóa đã tiếp nhận hơn 10.170 hồ sơ, xử lý hơn 8000 hồ sơ, với tỷ lệ đúng hạn đạt 9 9 ,2% .";
    const r = recognizeFigures(thanhHoa, REPORT);
    expect([...r].filter(([, x]) => x.state === "bound").map(([id]) => id)).toEqual([]);
  });
});

describe("another level's numbers do not compete (vetoes.refusedBy in the assignment)", () => {
  const lamDong = readFileSync(join(CORPUS, "published", "lamdong-tthc-thang10-2019.txt"), "utf8");
  const district = ["21.686", "18.477", "17.651", "13.767", "3.254", "634"];
  it("binds the centre's figure that the district's paragraph made unclear, and no district number", () => {
    const r = recognizeFigures(lamDong, REPORT);
    const treHan = r.get("bcdc:hcc.treHan");
    expect(treHan?.state === "bound" ? treHan.occurrences.map((o) => o.text) : treHan?.state).toEqual(["154"]);
    for (const [, x] of r) if (x.state === "bound") for (const o of x.occurrences) expect(district).not.toContain(o.text);
  });
});
