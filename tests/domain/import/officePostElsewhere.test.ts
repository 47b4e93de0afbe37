/**
 * A body of another kind than the form's office (a department, a board, a centre) has a head and deputies of its own:
 * the «Phó Chánh Văn phòng» its report names are its own room's or its parent office's, never the office leadership
 * the form counts (vetoDeputy.ts officePostElsewhere). A People's Committee's header over its office's report is not
 * such a body. A Hà Tĩnh and a Vĩnh Long clerk's sentences, not the held-out reports' that showed the rule.
 */
import { officePostElsewhere } from "../../../src/domain/import/meaning/vetoDeputy";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const deputies = (header: string, line: string) => {
  const text = `${header}\nSố: 41/BC-XX\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n${line}\n`;
  return boundValue(recognizeFigures(text, REPORT).get(byLabel("Số Phó Chánh Văn phòng").id));
};

const owners = new Set(["văn phòng"]);

describe("officePostElsewhere", () => {
  it("a department's, a board's or a centre's report: the office's posts are not its leadership", () => {
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "sở nông nghiệp và môi trường", owners)).toBe(true);
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "ban quản lý khu kinh tế", owners)).toBe(true);
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "trung tâm phục vụ hành chính công", owners)).toBe(true);
  });
  it("near-match: the office's own report, a People's Committee's header, a post of another kind, an unknown issuer", () => {
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "văn phòng", owners)).toBe(false);
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "phòng tổ chức - hành chính - quản trị", owners)).toBe(false);
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", "ủy ban nhân dân huyện can lộc", owners)).toBe(false);
    expect(officePostElsewhere("Bổ nhiệm Phó Trưởng phòng", "sở nông nghiệp và môi trường", owners)).toBe(false);
    expect(officePostElsewhere("Số Phó Chánh Văn phòng", null, owners)).toBe(false);
  });
});

it("a department's own Văn phòng's deputies are not bound as the office's", () => {
  const line = "Lãnh đạo Sở gồm Giám đốc và 03 Phó Giám đốc. Văn phòng Sở có Chánh Văn phòng và 02 Phó Chánh Văn phòng.";
  expect(deputies("UBND TỈNH HÀ TĨNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", line)).toBeNull();
});

it("a centre's director held by the parent office's deputy is not the office's deputies", () => {
  const line = "Giám đốc Trung tâm do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm; có 02 Phó Giám đốc.";
  expect(deputies("VĂN PHÒNG UBND TỈNH VĨNH LONG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", line)).toBeNull();
});

it("near-match: a district's office writing under its committee's header keeps its deputies", () => {
  const line = "Văn phòng HĐND và UBND huyện có Chánh Văn phòng và 02 Phó Chánh Văn phòng.";
  expect(deputies("ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC", line)).toBe("02");
});

it("near-match: the office's own report keeps its deputies", () => {
  const line = "Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng.";
  expect(deputies("UBND TỈNH HÀ TĨNH\nVĂN PHÒNG", line)).toBe("03");
});
