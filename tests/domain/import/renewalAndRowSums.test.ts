/**
 * Two readings a careful specialist makes: a post renewed for its holder («bổ nhiệm lại», «tái bổ nhiệm») is no
 * appointment (vetoRenewal.ts), and a table row that adds other rows by their numbers («Tổng số … (2 + 4 + 5)») is
 * their total, not one of them (rowsSum.ts). Both sides of each: where the rule applies and where it must not.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { labelAddsRows } from "../../../src/domain/import/meaning/rowsSum";
import { renewalForAppointment } from "../../../src/domain/import/meaning/vetoRenewal";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n";
const read = (text: string, label: string) => boundValue(recognizeFigures(`${HEAD}${text}\n`, REPORT).get(byLabel(label).id));
const HEADS = "Bổ nhiệm Trưởng phòng";

describe("a renewal is no appointment", () => {
  it("knows the words of a renewal, only for a figure of appointments", () => {
    expect(renewalForAppointment(HEADS, "Trong quý, Ban bổ nhiệm lại ")).toBe(true);
    expect(renewalForAppointment(HEADS, "quyết định tái bổ nhiệm ")).toBe(true);
    expect(renewalForAppointment(HEADS, "kéo dài thời gian giữ chức vụ đối với ")).toBe(true);
    expect(renewalForAppointment(HEADS, "Trong quý, Ban bổ nhiệm ")).toBe(false);
    expect(renewalForAppointment("Bổ nhiệm lại Trưởng phòng", "bổ nhiệm lại ")).toBe(false);
    expect(renewalForAppointment("Cuộc họp giao ban trong quý", "bổ nhiệm lại ")).toBe(false);
  });

  it("does not take the renewed heads for the appointed ones", () => {
    const text =
      "Trong quý, Ban điều động đến và bổ nhiệm 01 Phó Chánh Văn phòng Ban (từ Phòng Kế hoạch - Tổng hợp); bổ nhiệm 01 Chánh Thanh tra Ban; bổ nhiệm lại hai Trưởng phòng hết thời hạn giữ chức vụ.";
    // The values read back are normalised: «hai» is 2.
    expect(read(text, HEADS)).not.toBe("2");
  });

  it("still takes an appointment written beside a renewal", () => {
    const text = "III. THỰC HIỆN DÂN CHỦ\n- Bổ nhiệm 01 Trưởng phòng; bổ nhiệm lại 02 Phó Trưởng phòng hết thời hạn giữ chức vụ.";
    expect(read(text, HEADS)).toBe("01");
  });
});

describe("a row that adds other rows", () => {
  it("is told by the row numbers it adds", () => {
    expect(labelAddsRows("Tổng số người làm việc có mặt (2 + 4 + 5)")).toBe(true);
    expect(labelAddsRows("Cộng (= 1 + 2)")).toBe(true);
    expect(labelAddsRows("Tổng (1.1+1.2)")).toBe(true);
    expect(labelAddsRows("Viên chức hiện có")).toBe(false);
    expect(labelAddsRows("Hợp đồng (Nghị định 111)")).toBe(false);
    expect(labelAddsRows("Trình độ (2)")).toBe(false);
  });

  const table = (total: string) =>
    [
      "I. ĐẶC ĐIỂM, TÌNH HÌNH",
      "STT | Nội dung | Số lượng |",
      "1 | Biên chế công chức được giao năm 2026 | 62 |",
      "2 | Công chức hiện có | 57 |",
      "3 | Số lượng người làm việc được giao (viên chức) | 18 |",
      `${total}`,
      "5 | Hợp đồng lao động | 07 |",
    ].join("\n");

  it("never gives its total to the public-service staff in post", () => {
    const text = table("| Tổng số người làm việc có mặt (2 + 5) | 64 |");
    expect(read(table(""), "Biên chế sự nghiệp đang thực hiện")).toBeNull();
    expect(read(text, "Biên chế sự nghiệp đang thực hiện")).not.toBe("64");
  });

  it("leaves the row of that staff its own", () => {
    const text = table("4 | Số lượng người làm việc có mặt | 16 |");
    expect(read(text, "Biên chế sự nghiệp đang thực hiện")).toBe("16");
  });
});
