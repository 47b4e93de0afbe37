/**
 * An outline of questions filled in (meaning/questionAbove.ts): the numbered questions kept as written, each answer
 * under its question. The question names what the answer's number counts («13 cuộc.», «01 xã - …»), and a number
 * inside the question itself (a term, a round, a plan) is no answer. The other sides: a question split from its
 * answer by a blank line, a heading that introduces items («…, cụ thể:»), and a heading that asks nothing outside an
 * outline are read as before; a heading that states its figure keeps it.
 */
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const QUOTA = "Biên chế sự nghiệp được giao";
const PRESENT = "Biên chế sự nghiệp đang thực hiện";
const COMMUNES = "Số xã được phân công giúp đỡ";
const AWARDS = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";

const outline = (third: string[]) =>
  boundByLabel(
    ["PHẦN B. KẾT QUẢ THỰC HIỆN", "", "1. Số cuộc họp giao ban của cơ quan trong quý?", "13 cuộc.", "", "2. Số xã được phân công giúp đỡ, tên xã:", "01 xã - xã Nhôn Mai.", "", ...third, ""].join("\n"),
    REPORT,
  );

describe("an answer under its question", () => {
  it("is described by the question: a bare answer and one with words of its own", () => {
    const bound = outline(["3. Số lượng người làm việc (viên chức) được giao, hiện có:", "Được giao 41 người, hiện có 37 người."]);
    expect(bound(COMMUNES)).toBe("01");
    expect(bound(QUOTA)).toBe("41");
    expect(bound(PRESENT)).toBe("37");
  });

  it("a question that asks a count is one outside an outline too", () => {
    const bound = boundByLabel(["PHẦN B. KẾT QUẢ THỰC HIỆN", "", "3. Số lượng người làm việc (viên chức) được giao, hiện có:", "Được giao 41 người, hiện có 37 người.", ""].join("\n"), REPORT);
    expect(bound(QUOTA)).toBe("41");
  });

  it("near-miss: a blank line between them, or a heading that introduces items, is no question over an answer", () => {
    expect(outline(["3. Số lượng người làm việc (viên chức) được giao, hiện có:", "", "Được giao 41 người, hiện có 37 người."])(QUOTA)).toBeNull();
    expect(outline(["3. Số lượng người làm việc (viên chức) được giao, hiện có, cụ thể:", "Được giao 41 người, hiện có 37 người."])(QUOTA)).toBeNull();
  });

  it("near-miss: outside an outline, a heading that asks nothing is a heading", () => {
    const bound = boundByLabel(["PHẦN B. KẾT QUẢ THỰC HIỆN", "", "3. Người làm việc (viên chức) được giao, hiện có:", "Được giao 41 người, hiện có 37 người.", ""].join("\n"), REPORT);
    expect(bound(QUOTA)).toBeNull();
  });
});

describe("a number inside a question", () => {
  const asked = (question: string, answer: string) => boundByLabel(["PHẦN B. KẾT QUẢ THỰC HIỆN", "", question, answer, ""].join("\n"), REPORT)(AWARDS);

  it("is no answer: the answer under it is", () => {
    expect(asked("4. Số cá nhân được đề nghị Thủ tướng Chính phủ tặng Bằng khen (đợt 2 năm 2026; 15 hồ sơ):", "Không có.")).toBe("Không có");
  });

  it("near-miss: a heading that states its figure keeps it", () => {
    expect(asked("4. Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân:", "- 01 công chức; 01 nhà giáo.")).toBe("02");
  });
});

/** A Word table that answers the outline (meaning/tableGrid.ts TableCell.question): «Nội dung theo Đề cương | Kết quả». */
describe("an outline answered in a table", () => {
  const table = (questions: string) =>
    boundByLabel(
      [
        "BÁO CÁO",
        `STT\t${questions}\tKết quả thực hiện quý I/2025\tGhi chú`,
        "1\tBiên chế công chức năm 2025 (giao/có mặt)\tĐược giao 48; có mặt 44\t",
        "2\tTrình độ lý luận chính trị\tCao cấp 15; trung cấp 22; cử nhân 01\t",
        "3\tĐơn thư khiếu nại, tố cáo\tTiếp nhận 213 đơn\tQuý IV/2024: 241 đơn",
        "",
      ].join("\n"),
      REPORT,
    );

  it("reads each row's question as the lead-in of its answer", () => {
    const bound = table("Nội dung theo Đề cương");
    expect(bound("Biên chế công chức được giao")).toBe("48");
    expect(bound("Trung cấp lý luận chính trị - hành chính")).toBe("22");
    expect(bound("Năm của số liệu biên chế")).toBe("2025");
  });

  it("near-miss: the notes column is no answer to the question", () => {
    expect(table("Nội dung theo Đề cương")("Đơn thư, khiếu nại, tố cáo nhận được")).not.toBe("241");
  });

  it("near-miss: a table of «Nội dung» is no outline: its rows are read as before", () => {
    const bound = table("Nội dung");
    expect(bound("Biên chế công chức được giao")).toBeNull();
    // The row «Trình độ lý luận chính trị | … trung cấp 22» names the level itself: read by its own words since the form
    // names «Trung cấp lý luận chính trị» without «- hành chính» too (stop 33), not as an answer to its question.
    expect(bound("Trung cấp lý luận chính trị - hành chính")).toBe("22");
  });
});

/** «Câu 7. Số cá nhân …?» over «Không có.»: a zero that is the whole answer is the item's value (zeroWords.ts). */
describe("a zero that answers its question", () => {
  const answered = (answer: string[]) =>
    boundByLabel(["B. TRIỂN KHAI THỰC HIỆN DÂN CHỦ", "", "Câu 6. Số cuộc họp giao ban?", "13 cuộc.", "", "Câu 7. Số cá nhân được đề nghị Thủ tướng Chính phủ tặng Bằng khen?", ...answer, ""].join("\n"), REPORT)(AWARDS);

  it("is the figure's value, an aside after it or «Trả lời:» before it", () => {
    expect(answered(["Không có."])).toBe("Không có");
    expect(answered(["Không có (đã đề nghị trong quý I: 02 cá nhân)."])).toBe("Không có");
    expect(answered(["Trả lời: Không có."])).toBe("Không có");
  });

  it("near-miss: a zero apart from its question, or one that goes on to say something else, is none", () => {
    expect(answered(["", "Không có."])).toBeNull();
    expect(answered(["Không có ý kiến về nội dung này."])).toBeNull();
  });
});
