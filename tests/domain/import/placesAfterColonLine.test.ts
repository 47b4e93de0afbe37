/**
 * The monthly form's places where citizens came, written on the line after «Phát sinh tiếp công dân tại:» (a PDF's
 * lead ending its line): the form's wording reads them as when they follow on the same line, up to the «;» or the
 * stop that ends them. A clerk's sentences, not the corpus's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const monthly = builtInDefinition("tiep-cong-dan-thang");
const field = monthly.fields.find((f) => f.label === "Các huyện phát sinh tiếp công dân")!.id;

it("the places on the line after the lead's colon are the field's", () => {
  const text = [
    "4. Tiếp định kỳ và đột xuất của lãnh đạo UBND các xã, phường",
    "Lãnh đạo UBND các xã, phường đã tiếp 49 lượt với 72 người. Phát sinh tiếp công dân tại:",
    "phường Bạc Liêu, phường An Xuyên, xã Năm Căn và 18 xã, phường khác;",
    "41/64 xã, phường không phát sinh.",
  ].join("\n");
  expect(boundValue(recognizeFigures(text, monthly).get(field))).toBe("phường Bạc Liêu, phường An Xuyên, xã Năm Căn và 18 xã, phường khác");
});

it("near-match: a line that names no place after the colon is no list of places", () => {
  const text = [
    "4. Tiếp định kỳ và đột xuất của lãnh đạo UBND các xã, phường",
    "Lãnh đạo UBND các xã, phường đã tiếp 49 lượt với 72 người. Phát sinh tiếp công dân tại:",
    "nhiều địa bàn trong tỉnh;",
  ].join("\n");
  expect(boundValue(recognizeFigures(text, monthly).get(field))).toBeNull();
});
