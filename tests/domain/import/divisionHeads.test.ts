/**
 * An office's own divisions named by their kind («06 phòng chuyên môn», «04 phòng», «08 phòng và tương đương») are
 * the form's list of what it has «trực thuộc» (meaning/divisionHeads.ts), on a small form of our own. Each rule with
 * the side where it must not bind: a count that disagrees with its names, places visited, a room, a form without such
 * a list.
 */
import { listsFound as found, UNIT_FIELDS as units } from "../../support/unitLists";
import type { FormField } from "../../../src/domain/form/types";

describe("an office's divisions named by their kind", () => {
  it("reads «có 04 phòng: A; B; C; D» and «06 phòng chuyên môn, gồm: …» as the «trực thuộc» list with its count", () => {
    expect(found("Văn phòng có 04 phòng: Phòng Một; Phòng Hai; Phòng Ba; Phòng Bốn. Văn phòng không có đơn vị sự nghiệp.")).toEqual({
      "toChuc.danhSach": "Phòng Một\nPhòng Hai\nPhòng Ba\nPhòng Bốn",
      "toChuc.so": "04",
    });
    expect(found("Văn phòng có 03 phòng chuyên môn, gồm: Phòng Một; Phòng Hai; Phòng Ba và 02 đơn vị sự nghiệp trực thuộc là Trung tâm A và Nhà khách B.")).toEqual({
      "toChuc.danhSach": "Phòng Một\nPhòng Hai\nPhòng Ba",
      "toChuc.so": "03",
      "suNghiep.danhSach": "Trung tâm A\nNhà khách B",
      "suNghiep.so": "02",
    });
  });

  it("reads «gồm 03 phòng, đơn vị (A; B; C)», «gồm 02 phòng và tương đương: …» and a count alone before «và»", () => {
    expect(found("Cơ cấu tổ chức gồm 03 phòng, đơn vị (Phòng Một; Phòng Hai; Trung tâm Ba), bên cạnh đó có đơn vị khác.")).toEqual({
      "toChuc.danhSach": "Phòng Một\nPhòng Hai\nTrung tâm Ba",
      "toChuc.so": "03",
    });
    expect(found("Cơ cấu tổ chức của Sở gồm 02 phòng và tương đương: Văn phòng; Thanh tra.")).toEqual({ "toChuc.danhSach": "Văn phòng\nThanh tra", "toChuc.so": "02" });
    expect(found("UBND huyện có 12 cơ quan chuyên môn và 04 đơn vị sự nghiệp công lập.")).toEqual({ "toChuc.so": "12", "suNghiep.so": "04" });
  });

  it("reads «Đơn vị sự nghiệp trực thuộc có 03 đơn vị gồm: …» as the public-service list, not the divisions", () => {
    expect(found("Đơn vị sự nghiệp trực thuộc có 03 đơn vị gồm: Trung tâm A; Nhà khách B; Nhà khách C.")).toEqual({
      "suNghiep.danhSach": "Trung tâm A\nNhà khách B\nNhà khách C",
      "suNghiep.so": "03",
    });
  });

  it("takes nothing where the count disagrees with the names, or the phòng are places visited or rooms", () => {
    expect(found("Văn phòng có 05 phòng chuyên môn: Phòng Một; Phòng Hai; Phòng Ba.")).toEqual({});
    expect(found("Văn phòng kiểm tra tại 02 phòng: Phòng Một và Phòng Hai.")).toEqual({});
    expect(found("Trụ sở có 03 phòng.")).toEqual({});
    expect(found("Văn phòng có 02 phòng họp: Phòng Một, Phòng Hai.")).toEqual({});
  });

  it("reads nothing so on a form whose only «trực thuộc» list names a kind of unit, or that has two", () => {
    const publicOnly = units.slice(2).map((f) => ({ ...f, label: f.label.replace("Các đơn vị sự nghiệp", "Các đơn vị sự nghiệp trực thuộc") }));
    expect(found("Văn phòng có 02 phòng: Phòng Một; Phòng Hai.", publicOnly)).toEqual({});
    const two: FormField[] = [...units.slice(0, 2), { id: "ban.danhSach", label: "Các đơn vị trực thuộc", kind: "list", section: "I" }];
    expect(found("Văn phòng có 02 phòng: Phòng Một; Phòng Hai.", two)).toEqual({});
  });
});
