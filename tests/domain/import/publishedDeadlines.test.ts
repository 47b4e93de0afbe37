/**
 * One-stop figures as published reports name them (docs/recognition-vocabulary.md gives each source): each sentence
 * is written the way its source writes it, with our office as the subject; each near-match is a sentence of the same
 * shape naming another quantity, which must not be bound to the figure it resembles.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldDef } from "../../../src/domain/types";
import { earlyMentions, earlyNamedNear } from "../../../src/domain/import/meaning/vetoOnTime";
import { boundValue } from "../../support/recognized";
import { REPORT } from "../../support/forms";

/** The field labelled `label` in the section whose title names `where` («Trung tâm», «một cửa»). */
function figure(label: string, where: string): FieldDef {
  const sections = new Set(REPORT.sections.filter((s) => s.title.includes(where)).map((s) => s.id));
  const field = REPORT.fields.find((f) => f.label === label && sections.has(f.section));
  if (!field) throw new Error(`${label} / ${where}`);
  return field;
}

const CENTRE = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\nc) Kết quả tiếp nhận và giải quyết TTHC tại Trung tâm Phục vụ hành chính công tỉnh\n";
const DESK = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\nb) Kết quả tiếp nhận và giải quyết thủ tục hành chính tại Bộ phận một cửa của Văn phòng\n";

function read(text: string, where: string) {
  const r = recognizeFigures(text, REPORT);
  return (label: string) => boundValue(r.get(figure(label, where).id));
}

describe("deadlines as published one-stop reports write them", () => {
  it("«trả trước thời hạn», «đúng hạn … hồ sơ TTHC», «trả quá hạn so với quy định» (baosonla.org.vn)", () => {
    const got = read(`${CENTRE}Trung tâm đã tiếp nhận 28.817 hồ sơ TTHC; đã giải quyết và trả kết quả 26.147 hồ sơ TTHC; trong đó, trả trước thời hạn 22.357 hồ sơ TTHC; đúng hạn 3.523 hồ sơ TTHC; đang giải quyết 1.207 hồ sơ; trả quá hạn so với quy định 267 hồ sơ.\n`, "Trung tâm");
    expect(got("Hồ sơ trả trước hạn")).toBe("22.357");
    expect(got("Hồ sơ trả đúng hạn")).toBe("3.523");
    expect(got("Hồ sơ trễ và quá hạn")).toBe("267");
    expect(got("Hồ sơ đang giải quyết")).toBe("1.207");
  });
  it("«giải quyết trước hạn có …», «giải quyết đúng hạn có …» name the resolved files, never the pending ones (baolamdong.vn 2019)", () => {
    const got = read(`${CENTRE}Trung tâm đã tiếp nhận 19.361 hồ sơ. Đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ sơ, chiếm tỷ lệ 86,5%; giải quyết đúng hạn có 1.958 hồ sơ, chiếm tỷ lệ 12,5%; số hồ sơ quá hạn còn 154, chiếm tỷ lệ 1%.\n`, "Trung tâm");
    expect(got("Hồ sơ trả trước hạn")).toBe("13.529");
    expect(got("Hồ sơ trả đúng hạn")).toBe("1.958");
    expect(got("Hồ sơ trễ và quá hạn")).toBe("154");
    expect(got("Hồ sơ đang giải quyết")).toBeNull();
  });
  it("near-match: «giải quyết đúng và trước hạn» is neither the on-time files nor the pending ones (baolamdong.vn 2020)", () => {
    const got = read(`${CENTRE}Trung tâm đã tiếp nhận 659.245 hồ sơ, đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm tỷ lệ 1,19%.\n`, "Trung tâm");
    expect(got("Hồ sơ trả đúng hạn")).toBeNull();
    expect(got("Hồ sơ trả trước hạn")).toBeNull();
    expect(got("Hồ sơ đang giải quyết")).toBeNull();
    expect(got("Hồ sơ trễ và quá hạn")).toBe("7.677");
  });
  it("near-match: files carried over («kỳ trước chuyển sang», «tồn kỳ trước») are not early ones (baodongkhoi.vn, vinhphuc.gov.vn)", () => {
    const a = read(`${CENTRE}Trung tâm tiếp nhận 5.650 hồ sơ, trong đó có 1.072 hồ sơ kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3.190 hồ sơ.\n`, "Trung tâm");
    expect(a("Hồ sơ trả trước hạn")).toBeNull();
    const b = read(`${CENTRE}Trong quý, Trung tâm đã tiếp nhận mới 14.043 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.191. Có 461 hồ sơ các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ.\n`, "Trung tâm");
    expect(b("Hồ sơ trả trước hạn")).toBeNull();
    expect(b("Hồ sơ rút và trả lại")).toBe("461");
  });
  it("«giải quyết trễ hạn», «đang giải quyết … (còn trong thời hạn)» (baodongkhoi.vn 6/2021)", () => {
    const got = read(`${CENTRE}Trung tâm tiếp nhận 5.650 hồ sơ. Trung tâm đã giải quyết 4.561 hồ sơ. Trong đó, có 4.549 hồ sơ giải quyết đúng và trước hạn, có 12 hồ sơ giải quyết trễ hạn. Trung tâm đang giải quyết 1.089 hồ sơ (còn trong thời hạn giải quyết).\n`, "Trung tâm");
    expect(got("Hồ sơ đã giải quyết")).toBe("4.561");
    expect(got("Hồ sơ trễ và quá hạn")).toBe("12");
    expect(got("Hồ sơ đang giải quyết")).toBe("1.089");
    expect(got("Hồ sơ trả đúng hạn")).toBeNull();
  });
  it("«đã xử lý», «đang xử lý», «chưa xử lý» are resolved and pending (motcua.gialai.gov.vn, dichvucong.thuathienhue.gov.vn)", () => {
    const got = read(`${CENTRE}Trung tâm đã tiếp nhận 2.340 hồ sơ, tồn kỳ trước 150 hồ sơ; đã xử lý 2.100 hồ sơ, trong đó trước hạn 1.800 hồ sơ, đúng hạn 290 hồ sơ, trễ hạn 10 hồ sơ; chưa xử lý 240 hồ sơ.\n`, "Trung tâm");
    expect(got("Hồ sơ đã giải quyết")).toBe("2.100");
    expect(got("Hồ sơ đang giải quyết")).toBe("240");
    expect(got("Hồ sơ trả trước hạn")).toBe("1.800");
    expect(got("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("2.340");
  });
  it("the office's desk: «giải quyết sớm hạn», «đang xử lý»", () => {
    const got = read(`${DESK}Bộ phận một cửa của Văn phòng tiếp nhận 90 hồ sơ; đã giải quyết 84 hồ sơ, trong đó giải quyết sớm hạn 10 hồ sơ, giải quyết đúng hạn 74 hồ sơ; đang xử lý 06 hồ sơ.\n`, "một cửa");
    expect(got("Hồ sơ trả sớm hạn")).toBe("10");
    expect(got("Hồ sơ trả đúng hạn")).toBe("74");
    expect(got("Hồ sơ đang giải quyết")).toBe("06");
  });
});

describe("«đúng hạn» that counts the early files too", () => {
  it("is left for the clerk where no early files are named around it (baoquangnam.vn: 1.447 of 1.456 «đúng hạn», 99,4%)", () => {
    const got = read(`${CENTRE}Trung tâm đã tiếp nhận 1.625 hồ sơ, đã giải quyết 1.456 hồ sơ, trong đó giải quyết đúng hạn 1.447 hồ sơ (tỷ lệ 99,4%).\n`, "Trung tâm");
    expect(got("Hồ sơ trả đúng hạn")).toBeNull();
    expect(got("Hồ sơ đã giải quyết")).toBe("1.456");
  });
  it("is the on-time files where the early ones are named, however written («sớm hơn thời hạn quy định»)", () => {
    const got = read(`${DESK}Bộ phận một cửa đã giải quyết 77 hồ sơ, trong đó số hồ sơ trả kết quả sớm hơn thời hạn quy định là 06 hồ sơ, số hồ sơ trả kết quả đúng hạn là 71 hồ sơ.\n`, "một cửa");
    expect(got("Hồ sơ trả đúng hạn")).toBe("71");
  });
  it("looks for the early files in the list or table around the number, not in the whole document", () => {
    const far = `Trả trước hạn.\n${"Nội dung khác của báo cáo. ".repeat(80)}\nĐúng hạn 20 hồ sơ.`;
    const number = far.lastIndexOf("20");
    expect(earlyNamedNear(earlyMentions(far), number, number + 2)).toBe(false);
    const near = "- Trước thời hạn: 30 hồ sơ\n- Đúng hạn: 20 hồ sơ";
    expect(earlyNamedNear(earlyMentions(near), near.indexOf("20"), near.indexOf("20") + 2)).toBe(true);
  });
});

describe("letters of every level written in the form's words", () => {
  const LETTERS = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Kết quả thực hiện công tác tiếp dân, xử lý đơn thư, khiếu nại, tố cáo\n";
  const letters = REPORT.fields.find((f) => f.label === "Đơn thư, khiếu nại, tố cáo nhận được")!;
  it("near-match: «cơ quan hành chính nhà nước các cấp, ngành … tiếp nhận 1.669 đơn» is every level's count (thanhtra.com.vn, Đà Nẵng)", () => {
    const r = recognizeFigures(`${LETTERS}Cơ quan quản lý hành chính Nhà nước các cấp, ngành và các cơ quan thanh tra trên địa bàn TP đã tiếp 1.788 lượt người (có 4 đoàn đông người); tiếp nhận 1.669 đơn khiếu nại, tố cáo, kiến nghị phản ánh.\n`, REPORT);
    expect(boundValue(r.get(letters.id))).toBeNull();
  });
  it("the office's own letters, written the same way, are its figure", () => {
    const r = recognizeFigures(`${LETTERS}Trong quý, Văn phòng tiếp nhận 04 đơn thư khiếu nại, tố cáo.\n`, REPORT);
    expect(boundValue(r.get(letters.id))).toBe("04");
  });
});
