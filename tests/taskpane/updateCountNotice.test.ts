/**
 * Walk finding (pane52, 4): three figures of section I, each in two places of the reference report, written at once
 * read «Đã cập nhật 6 số liệu»; the pane calls a figure's box «ô», and the clerk had filled three. Figures standing
 * in more than one place are counted as figures, the places after; one place each reads as before.
 */
import { describeUpdate } from "../../src/taskpane/store/messages";
import { REPORT } from "../support/forms";
import { decisionWith } from "../support/updateDecisions";

const GIVEN = { field: "bcdc:bienChe.congChucGiao", from: "55", to: "56" };
const IN_POST = { field: "bcdc:bienChe.congChucThucHien", from: "46", to: "47" };
const CONTRACTS = { field: "bcdc:bienChe.hopDong", from: "08", to: "09" };

it("counts the figures written, and the places after, when figures stand in more than one place", () => {
  expect(describeUpdate(REPORT, decisionWith([GIVEN, IN_POST, CONTRACTS]), 6).text).toMatch(/^Đã cập nhật 3 số liệu \(6 chỗ trong văn bản\)\. Số đã ghi: /);
});

// Walk finding (pane58, 3): one figure in one place read «Đã cập nhật 1 ô số liệu», the box's word beside the other
// paths' «số liệu». Every path counts figures; the places only when there are more of them.
it("counts figures with the same word when every figure written stands in one place", () => {
  expect(describeUpdate(REPORT, decisionWith([GIVEN, IN_POST]), 2).text).toMatch(/^Đã cập nhật 2 số liệu\. Số đã ghi: /);
  expect(describeUpdate(REPORT, decisionWith([GIVEN]), 1).text).toBe("Đã cập nhật 1 số liệu. Số đã ghi: «Biên chế công chức được giao» 55 → 56.");
  expect(describeUpdate(REPORT, decisionWith([]), 1).text).toBe("Đã ghi lại 1 chỗ trong văn bản.");
});

it("never calls a figure or a place of the document «ô» (the pane's word for a box)", () => {
  const conflict = (field: string, controlId: number) => ({ field, controlId, documentText: "9", target: "8" });
  const held = { ...decisionWith([GIVEN]), conflicts: [conflict(IN_POST.field, 1), conflict(IN_POST.field, 2)], restyles: [conflict(CONTRACTS.field, 3)] };
  const text = describeUpdate(REPORT, held, 1).text;
  expect(text).toContain("1 số liệu (2 chỗ) đã bị sửa tay trong văn bản");
  expect(text).toContain("1 số liệu đúng giá trị nhưng viết khác quy cách");
  expect(describeUpdate(REPORT, { ...held, changes: [] }, 0).text).toMatch(/^Chưa ghi số liệu nào vào văn bản\./);
  expect(text).not.toMatch(/\d+ ô /);
});

it("counts restyled figures with the same word as the count before them", () => {
  const restyled = { field: "bcdc:bienChe.hopDong", from: "8", to: "08" };
  expect(describeUpdate(REPORT, decisionWith([restyled]), 2).text).toMatch(/^Đã cập nhật 1 số liệu \(2 chỗ trong văn bản\)\. Trong đó 1 số liệu chỉ viết lại theo quy cách, giá trị không đổi \(8 → 08\)\.$/);
});
