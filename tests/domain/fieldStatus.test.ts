/** The badge under each box: where the document shows the field, and whether it shows the pane's value. */
import { fieldStatus } from "../../src/domain/documentCheck";
import type { FieldValue } from "../../src/domain/types";
import { REPORT } from "../support/forms";

const field = (id: string) => REPORT.byId.get(id)!;
const num = (value: number): FieldValue => ({ kind: "number", value });
const RECEIVED = field("bcdc:hcc.tiepNhan");
const RATE = field("bcdc:hcc.tyLeDaGiaiQuyet");

describe("fieldStatus", () => {
  it("is absent where the document does not show the field", () => {
    expect(fieldStatus(RECEIVED, num(9780), [])).toEqual({ state: "absent" });
  });

  it("matches only the official text", () => {
    expect(fieldStatus(RECEIVED, num(9780), [{ text: "9.780" }, { text: " 9.780 " }])).toEqual({ state: "shown", places: 2, matches: true, restyle: false });
  });

  it("tells the right value in another style from another value", () => {
    expect(fieldStatus(RECEIVED, num(9780), [{ text: "9 780" }, { text: "9780" }])).toEqual({ state: "shown", places: 2, matches: false, restyle: true });
    expect(fieldStatus(RATE, num(95.06), [{ text: "95.06 %" }])).toMatchObject({ matches: false, restyle: true });
    expect(fieldStatus(RECEIVED, num(9780), [{ text: "9 780" }, { text: "9.781" }])).toMatchObject({ matches: false, restyle: false });
    expect(fieldStatus(RECEIVED, null, [{ text: "9 780" }])).toMatchObject({ matches: false, restyle: false });
  });

  // walk41: «không» in «UBND phường không nhận được phản ánh» is the sentence's word for 0, and stays.
  it("matches a value the document says in words, never offering to restyle it", () => {
    const PETITIONS = field("bcdc:ksthc.soPhanAnh");
    expect(fieldStatus(PETITIONS, num(0), [{ text: "không" }])).toEqual({ state: "shown", places: 1, matches: true, restyle: false });
    expect(fieldStatus(PETITIONS, num(1), [{ text: "không" }])).toMatchObject({ matches: false, restyle: false });
  });

  it("calls a place still showing a new report's «…» blank, whether or not the pane has a value for it", () => {
    expect(fieldStatus(RECEIVED, null, [{ text: "…" }, { text: " … " }])).toEqual({ state: "blank", places: 2 });
    expect(fieldStatus(RECEIVED, num(9780), [{ text: "…" }])).toEqual({ state: "blank", places: 1 });
    expect(fieldStatus(RECEIVED, num(9780), [{ text: "…" }, { text: "9.780" }])).toMatchObject({ state: "shown", matches: false });
  });

  // Walk finding (pane56): the reference report's «Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh và Nhà khách Thanh
  // Xuân - Hà Nội», the box holding that very text, was badged «Văn bản đang ghi khác».
  it("takes a list in the report's running style («A, B và C») for the list the pane holds", () => {
    const units = field("bcdc:donViSuNghiep.danhSach");
    const list: FieldValue = { kind: "list", items: ["Trung tâm Thông tin tỉnh", "Nhà khách UBND tỉnh", "Nhà khách Thanh Xuân - Hà Nội"] };
    expect(fieldStatus(units, list, [{ text: "Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh và Nhà khách Thanh Xuân - Hà Nội" }])).toMatchObject({ matches: true });
    expect(fieldStatus(units, list, [{ text: "Trung tâm Thông tin tỉnh và Nhà khách UBND tỉnh" }])).toMatchObject({ matches: false });
  });
});
