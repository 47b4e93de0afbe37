/**
 * A list's count written with its unit beside the heading: «(05 tổ chức): A; …», «(03 đơn vị): …», «: 02 đơn vị
 * (A; B)», «: 03 đơn vị: A; B; C» (lists.ts). An An Giang clerk's lines, not the held-out reports'.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (line: string) => {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${line}\n`, REPORT);
  return {
    units: boundValue(r.get(byLabel("Các tổ chức trực thuộc").id)),
    unitCount: boundValue(r.get(byLabel("Số tổ chức trực thuộc").id)),
    services: boundValue(r.get(byLabel("Các đơn vị sự nghiệp").id)),
    serviceCount: boundValue(r.get(byLabel("Số đơn vị sự nghiệp").id)),
  };
};

it("«Tổ chức trực thuộc (04 tổ chức): A; B; C; D»", () => {
  const r = read("b) Tổ chức trực thuộc (04 tổ chức): Phòng Tổng hợp; Phòng Kinh tế; Phòng Nội chính; Trung tâm Phục vụ hành chính công tỉnh.");
  expect(r.units).toBe("Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Nội chính\nTrung tâm Phục vụ hành chính công tỉnh");
  expect(r.unitCount).toBe("04");
});

it("«Đơn vị sự nghiệp: 02 đơn vị (A; B)» and «: 02 đơn vị: A; B»", () => {
  for (const line of [
    "c) Đơn vị sự nghiệp: 02 đơn vị (Trung tâm Tin học - Công báo; Nhà khách Long Xuyên).",
    "c) Đơn vị sự nghiệp: 02 đơn vị: Trung tâm Tin học - Công báo; Nhà khách Long Xuyên.",
  ]) {
    const r = read(line);
    expect(r.services).toBe("Trung tâm Tin học - Công báo\nNhà khách Long Xuyên");
    expect(r.serviceCount).toBe("02");
  }
});

it("near-match: names that disagree with the count written with them are not taken as the list", () => {
  const r = read("c) Đơn vị sự nghiệp: 03 đơn vị (Trung tâm Tin học - Công báo; Nhà khách Long Xuyên).");
  expect(r.services).toBeNull();
});

it("«Đơn vị sự nghiệp trực thuộc, số lượng: 02 (hai): A; B»: the count named «số lượng» after a comma", () => {
  for (const line of [
    "Các đơn vị sự nghiệp trực thuộc, số lượng: 02 (hai): Trung tâm Tin học - Công báo; Nhà khách Long Xuyên.",
    "Đơn vị sự nghiệp, số lượng 02: Trung tâm Tin học - Công báo; Nhà khách Long Xuyên.",
  ]) {
    const r = read(line);
    expect(r.services).toBe("Trung tâm Tin học - Công báo\nNhà khách Long Xuyên");
    expect(r.serviceCount).toBe("02");
  }
});

it("near-match: «, số lượng» whose count disagrees with the names, or a number that is no count, takes no list", () => {
  expect(read("Các đơn vị sự nghiệp trực thuộc, số lượng: 03 (ba): Trung tâm Tin học - Công báo; Nhà khách Long Xuyên.").services).toBeNull();
  expect(read("Các đơn vị sự nghiệp trực thuộc, số lượng: 2,5: Trung tâm Tin học - Công báo; Nhà khách Long Xuyên.").serviceCount).not.toBe("2");
});
