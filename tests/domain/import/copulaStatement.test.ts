/**
 * The long-winded clerk names a figure first, as the subject of its sentence, and gives the number last after «là»,
 * with dates, decision numbers, asides and clauses between (meaning/copulaStatement.ts): the subject says what the
 * number counts. Written in other clerks' words than the held-out batch that showed it.
 */
import { copulaSubject } from "../../../src/domain/import/meaning/copulaStatement";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const subjectOf = (text: string, n: string) => {
  const s = copulaSubject(text, text.lastIndexOf(n));
  return s === null ? null : { head: s.head.join(" "), rest: s.rest.join(" ") };
};

describe("the subject of «… là N»", () => {
  it("runs back over a date and a decision's number to the statement's start", () => {
    const s = subjectOf("Biên chế công chức mà Văn phòng được giao tại Quyết định số 2210/QĐ-UBND ngày 28/12/2025 là 64 biên chế", "64");
    expect(s?.head).toMatch(/^biên chế công chức/);
  });

  it("starts after the statement before it, a figure and its unit, and leaves out «trong khi» and «Về …,»", () => {
    expect(subjectOf("Về nhân sự, số biên chế được giao là 64 biên chế, trong khi số công chức hiện đang làm việc tại các phòng, đơn vị đến ngày 14/3/2026 là 59 người", "59")?.head).toMatch(/^số công chức hiện đang làm việc/);
    expect(subjectOf("Về bổ nhiệm, số Phó Trưởng phòng được bổ nhiệm trong quý là 02 đồng chí", "02")?.head).toMatch(/^số phó trưởng phòng được bổ nhiệm/);
  });

  it("leaves a bracketed aside out and stops at the bracket a number stands in", () => {
    const s = subjectOf("Số hồ sơ đã tiếp nhận (gồm cả hồ sơ trực tuyến, 3.412 hồ sơ) trong quý là 5.230 hồ sơ", "5.230");
    expect(`${s?.head} ${s?.rest}`).not.toMatch(/trực tuyến/);
    expect(subjectOf("đã kiểm tra 03 đơn vị (quý trước là 02 đơn vị)", "02")?.head).toBe("quý trước");
  });

  it("of the phrases a topic opens, takes the last that names a quantity", () => {
    const s = subjectOf("Về nhân sự, số lượng người làm việc tại thời điểm báo cáo, biên chế công chức mà Văn phòng được giao theo Quyết định số 12/QĐ-UBND là 64 biên chế", "64");
    expect(s?.head).toMatch(/^biên chế công chức/);
  });

  it("lends nothing to the figures before a merger, of a former body or of the whole province", () => {
    expect(subjectOf("Trước hợp nhất (tháng 02/2025), tổng biên chế công chức được giao của hai Sở là 164", "164")).toBeNull();
    expect(subjectOf("Biên chế công chức được giao của Văn phòng cũ Hà Giang là 48", "48")).toBeNull();
    expect(subjectOf("năm 2026 tổng biên chế công chức trong các cơ quan hành chính của tỉnh được giao là 2.910", "2.910")).toBeNull();
  });

  it("is none where no «là» stands right before the number", () => {
    expect(subjectOf("Số công chức được bổ nhiệm trong quý: 02 đồng chí", "02")).toBeNull();
  });
});

describe("figures given last, after «là»", () => {
  const section = (body: string) => `I. ĐẶC ĐIỂM, TÌNH HÌNH\n${body}\n`;

  it("binds the staff quota and those serving past a decision's number and a cutoff date", () => {
    const value = boundByLabel(
      section(
        "Số biên chế công chức được UBND tỉnh giao cho Văn phòng năm 2026 theo Quyết định số 2210/QĐ-UBND ngày 28/12/2025, sau khi tiếp nhận thêm nhiệm vụ từ Sở Ngoại vụ (chuyển về 03 biên chế), là 71 biên chế, trong khi số công chức có mặt tại các phòng, đơn vị tính đến ngày 14/3/2026 là 66 người.",
      ),
      REPORT,
    );
    expect(value("Biên chế công chức được giao")).toBe("71");
    expect(value("Công chức đang thực hiện")).toBe("66");
  });

  it("binds an appointment whose subject is longer than the words nearest its number", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nVề bổ nhiệm, số Trưởng phòng được Chánh Văn phòng bổ nhiệm mới sau khi sắp xếp lại Phòng Kinh tế và Phòng Tổng hợp là 01 đồng chí.\n",
      REPORT,
    );
    expect(value("Bổ nhiệm Trưởng phòng")).toBe("01");
    expect(value("Chuyên viên phòng Kinh tế chuyển về phòng mới")).toBeNull();
  });
});
