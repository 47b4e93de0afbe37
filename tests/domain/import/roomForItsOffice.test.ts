/**
 * A room of the office, named below the office in the header («VĂN PHÒNG UBND TỈNH SƠN LA / PHÒNG TỔ CHỨC - HÀNH
 * CHÍNH - QUẢN TRỊ»), writes the office's summary: the office's kind, whose province-wide centre's figures the form
 * takes (vetoProvinceBody.ts anotherKindsReport). A room of any other body is a department of its own.
 */
import { anotherKindsReport } from "../../../src/domain/import/meaning/vetoProvinceBody";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const OFFICE = new Set(["văn phòng"]);
const another = (header: string) => {
  return anotherKindsReport(documentHeader(`${header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n`), OFFICE);
};

describe("anotherKindsReport: a room under the header's body", () => {
  it("a room of the office writes for the office", () => {
    expect(another("VĂN PHÒNG UBND TỈNH SƠN LA\nPHÒNG TỔ CHỨC - HÀNH CHÍNH - QUẢN TRỊ")).toBe(false);
  });

  it("a room of a district's people's committee, or a department, is another kind", () => {
    expect(another("UBND HUYỆN THUẬN CHÂU\nPHÒNG NỘI VỤ")).toBe(true);
    expect(another("UBND TỈNH SƠN LA\nSỞ NỘI VỤ")).toBe(true);
  });

  it("the office's centre writes for the office; a department's centre is another kind", () => {
    expect(another("VĂN PHÒNG UBND TỈNH KHÁNH HÒA\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe(false);
    expect(another("SỞ Y TẾ TỈNH KHÁNH HÒA\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT")).toBe(true);
  });
});

describe("recognised: the centre's own report of its dossiers", () => {
  const body =
    "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nTrung tâm Phục vụ hành chính công tỉnh (sau đây gọi là Trung tâm) báo cáo như sau:\n\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA TRUNG TÂM\n\n2. Kết quả tiếp nhận, giải quyết thủ tục hành chính\n\nSố liệu từ ngày 15/9/2025 đến ngày 14/12/2025: Trung tâm tiếp nhận 28.436 hồ sơ; đã giải quyết 27.538 hồ sơ, đạt 96,84%.\n";
  const received = (header: string) => boundValue(recognizeFigures(`${header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${body}`, REPORT).get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id));

  it("are the form's under the office's centre", () => {
    expect(received("VĂN PHÒNG UBND TỈNH KHÁNH HÒA\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe("28.436");
  });

  it("are not a department's centre's", () => {
    expect(received("SỞ Y TẾ TỈNH KHÁNH HÒA\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT")).toBeNull();
  });
});

describe("recognised: the centre's figures in a room's summary of the office's report", () => {
  const body =
    "BÁO CÁO TÓM TẮT\nKết quả thực hiện công tác dân chủ quý I năm 2026 của Văn phòng UBND tỉnh\n\n5. Về cải cách hành chính\n\nTrung tâm Phục vụ hành chính công tỉnh (số liệu từ ngày 15/12/2025 đến ngày 03/3/2026): tiếp nhận 9.780 hồ sơ; đã giải quyết 7.766 hồ sơ, đạt 79,41%; trễ, quá hạn 130 hồ sơ, chiếm 1,67%; đang giải quyết 960 hồ sơ, chiếm 9,7%.\n";
  const received = (header: string) => boundValue(recognizeFigures(`${header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${body}`, REPORT).get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id));

  it("are the form's under the office's room", () => {
    expect(received("VĂN PHÒNG UBND TỈNH SƠN LA\nPHÒNG TỔ CHỨC - HÀNH CHÍNH - QUẢN TRỊ")).toBe("9.780");
  });

  it("are not a department's («SỞ NỘI VỤ»): it quotes the centre", () => {
    expect(received("UBND TỈNH SƠN LA\nSỞ NỘI VỤ")).toBeNull();
  });
});
