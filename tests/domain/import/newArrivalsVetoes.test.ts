/**
 * Ways of writing that misled recognition on stop 27's arrivals (held-out 380, 381, 384, 391, 400–402), each written
 * here in other words than those documents', with the near text where the figure must still be read:
 * - an award given for another achievement than the movement the label names (vetoMovement.ts);
 * - a part headed «(để tham khảo)» (vetoQuoted.ts underReferencePart);
 * - the whole sector's figures beside the office's, «Toàn ngành có …» (wholeSector.ts);
 * - a department's dossiers under a heading naming its own desk at the centre (vetoLeading.ts, deskAtCentre.ts);
 * - a reception done by way of a transfer, «tiếp nhận … theo quyết định điều động» (moveBasis.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { movementNames, movementUnnamed } from "../../../src/domain/import/meaning/vetoMovement";
import { underReferencePart } from "../../../src/domain/import/meaning/vetoQuoted";
import { wholeSectorBefore } from "../../../src/domain/import/meaning/wholeSector";
import { byAnotherMove, openingMove } from "../../../src/domain/import/meaning/moveBasis";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const read = (text: string) => {
  const found = recognizeFigures(text, REPORT);
  return {
    value: (label: string) => boundValue(found.get(byLabel(label).id)),
    state: (label: string) => found.get(byLabel(label).id)?.state,
  };
};

const FIRE = "Cá nhân khen thưởng phong trào phòng cháy, chữa cháy";

describe("an award for another achievement is not the movement's", () => {
  const AWARDS = "II. KẾT QUẢ\n3. Thi đua, khen thưởng\n";
  it("reads the movement's names from the label", () => {
    expect(movementNames(FIRE)).toEqual(["phòng cháy", "chữa cháy", "pccc"]);
    expect(movementNames("Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toEqual([]);
    expect(movementUnnamed(movementNames(FIRE), "Giám đốc tặng Bằng khen cho 04 cá nhân có thành tích trong công tác chuyển đổi số")).toBe(true);
    expect(movementUnnamed(movementNames(FIRE), "BK CT UBND tỉnh phong trào PCCC 01 CN")).toBe(false);
  });

  it("a Bằng khen for digital transformation or for the sector's work is not the fire-safety award", () => {
    const digital = read(`${AWARDS}a) Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ.\nb) Khen thưởng đợt thi đua chào mừng Đại hội XIV của Đảng: 03 cá nhân.\nc) Chủ tịch UBND tỉnh tặng Bằng khen cho 06 cá nhân thuộc cơ quan có thành tích trong công tác chuyển đổi số.\n`);
    expect(digital.state(FIRE)).toBe("ambiguous");
    const sector = read(`${AWARDS}Bộ trưởng Bộ Y tế tặng Bằng khen cho 04 cá nhân có thành tích trong công tác y tế năm 2025; Giám đốc Sở tặng Giấy khen cho 08 tập thể, 21 cá nhân.\n`);
    expect(sector.state(FIRE)).toBe("ambiguous");
  });

  it("the movement named in the sentence is still read", () => {
    const got = read(`${AWARDS}a) Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ.\nb) Chủ tịch UBND tỉnh tặng Bằng khen cho 06 cá nhân thuộc cơ quan có thành tích trong phong trào toàn dân tham gia phòng cháy, chữa cháy.\n`);
    expect(got.value(FIRE)).toBe("06");
  });
});

describe("a part headed «(để tham khảo)» gives no figure of the form", () => {
  const CHECK = "Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ";
  const HEAD = "I. KẾT QUẢ\n1. Công tác quán triệt\nĐã quán triệt các văn bản.\n";
  it("finds the part's heading above the number, and no other", () => {
    const text = "II. KẾT QUẢ\n1. Kiểm tra\nKiểm tra 02 phòng.\nIII. SỐ LIỆU CHUNG (tham khảo)\n1. Thanh tra\n- Dự kiến kiểm tra 05 đơn vị.\nIV. PHƯƠNG HƯỚNG\nKiểm tra 03 phòng.";
    expect(underReferencePart(text, text.indexOf("05"))).toBe(true);
    expect(underReferencePart(text, text.indexOf("02"))).toBe(false);
    expect(underReferencePart(text, text.indexOf("03"))).toBe(false);
  });

  it("the planned check written under a reference-only part is not read; under the report's own part it is", () => {
    const under = read(`${HEAD}III. KẾT QUẢ CÔNG TÁC NGHIỆP VỤ (để tham khảo)\n- Quý tới, cơ quan dự kiến kiểm tra việc thực hiện dân chủ tại 03 đơn vị trực thuộc.\n`);
    expect(under.value(CHECK)).toBeNull();
    const own = read(`${HEAD}2. Công tác kiểm tra\n- Quý tới, cơ quan dự kiến kiểm tra việc thực hiện dân chủ tại 03 đơn vị trực thuộc.\n`);
    expect(own.value(CHECK)).toBe("03");
  });
});

describe("the whole sector's figures are not the office's", () => {
  it("reads «toàn ngành» before the number, in its bracket or its sentence", () => {
    const text = "Trình độ: thạc sĩ 12, đại học 40. (Toàn ngành có 320 thạc sĩ.) Toàn ngành tiếp nhận 900 hồ sơ.";
    expect(wholeSectorBefore(text, text.indexOf("(Toàn"), text.indexOf("320"))).toBe(true);
    expect(wholeSectorBefore(text, 0, text.indexOf("12"))).toBe(false);
  });

  it("a master's count of the whole sector is not the office's; the office's is still read", () => {
    const MASTERS = "Thạc sĩ";
    const got = read("I. TÌNH HÌNH CHUNG\nTrình độ chuyên môn của công chức cơ quan: thạc sĩ 15, đại học 60 (toàn ngành có 540 thạc sĩ, 2.100 đại học).\n");
    expect(got.value(MASTERS)).toBe("15");
    const whole = read("I. TÌNH HÌNH CHUNG\nTrình độ chuyên môn của công chức cơ quan: đại học 60. Toàn ngành có 540 thạc sĩ.\n");
    expect(whole.value(MASTERS)).toBeNull();
  });
});

describe("a reception done by way of a transfer is left to the clerk", () => {
  it("reads the move given as the act's basis, not a move beside it", () => {
    expect(openingMove("Tiếp nhận công chức")).toBe("tiếp nhận");
    const basis = "Tiếp nhận 02 công chức từ UBND huyện theo quyết định điều động của Chủ tịch UBND tỉnh.";
    expect(byAnotherMove("tiếp nhận", "Tiếp nhận công chức", ["điều động"], basis, basis.indexOf("02") + 2)).toBe(true);
    const beside = "Tiếp nhận 02 công chức từ UBND huyện; điều động 01 công chức đi Sở Tài chính.";
    expect(byAnotherMove("tiếp nhận", "Tiếp nhận công chức", ["điều động"], beside, beside.indexOf("02") + 2)).toBe(false);
    const out = "Tiếp nhận 02 công chức do UBND tỉnh điều động đi rồi quay về.";
    expect(byAnotherMove("tiếp nhận", "Tiếp nhận công chức", ["điều động"], out, out.indexOf("02") + 2)).toBe(false);
  });

  it("«tiếp nhận … do Sở Nội vụ điều động về» is not bound as a plain reception; a plain one is", () => {
    const HEAD = "III. CÔNG TÁC CÁN BỘ\n";
    const basis = read(`${HEAD}Trong quý, Văn phòng tiếp nhận 03 công chức do Sở Nội vụ điều động về công tác tại Phòng Tổng hợp.\n`);
    expect(basis.state("Tiếp nhận công chức")).not.toBe("bound");
    const plain = read(`${HEAD}Trong quý, Văn phòng tiếp nhận 03 công chức từ Sở Nội vụ về công tác tại Phòng Tổng hợp.\n`);
    expect(plain.value("Tiếp nhận công chức")).toBe("03");
  });
});

describe("a department's dossiers under a heading naming its own desk at the centre are the desk's", () => {
  const HEADER = "UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\n";
  const RECEIVED = "Hồ sơ tiếp nhận (một cửa Văn phòng)";
  it("«Sở tiếp nhận …» under «tại quầy của Sở ở Trung tâm …» is the desk's figure", () => {
    const got = read(`${HEADER}III. CẢI CÁCH HÀNH CHÍNH\n1. Giải quyết thủ tục hành chính tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh\nSở tiếp nhận 1.250 hồ sơ. Đã giải quyết 1.200 hồ sơ; đang giải quyết 50 hồ sơ.\n`);
    expect(got.value(RECEIVED)).toBe("1.250");
  });

  it("under a heading naming no desk, the department's own total is still not the desk's", () => {
    const got = read(`${HEADER}III. CẢI CÁCH HÀNH CHÍNH\n1. Giải quyết thủ tục hành chính\nSở tiếp nhận 1.250 hồ sơ qua Trung tâm Phục vụ hành chính công tỉnh. Đã giải quyết 1.200 hồ sơ; đang giải quyết 50 hồ sơ.\n`);
    expect(got.value(RECEIVED)).toBeNull();
  });
});
