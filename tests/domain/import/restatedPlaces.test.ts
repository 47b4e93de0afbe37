/**
 * The same value written again is the same figure's second place (meaning/assign.ts) only where its words do not
 * describe another figure clearly better: a deputy's «định kỳ năm (05) lượt» is no second place of the month's «đột
 * xuất năm (05) lượt». Written here by a clerk of phường Tân An.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { builtInDefinition } from "../../support/forms";
import { byLabel } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const DOT_XUAT = byLabel("Lượt tiếp đột xuất", MONTHLY).id;

const report = (people: string) => `ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN
Số: 95/BC-UBND

BÁO CÁO
Kết quả công tác tiếp công dân tháng 10/2026

Về số lượng: Trong tháng 10/2026, lãnh đạo Ủy ban nhân dân phường đã tiếp tổng cộng mười sáu (16) lượt công dân với hai mươi hai (22) người, trong đó tiếp định kỳ mười một (11) lượt, tiếp đột xuất năm (05) lượt; có một (01) đoàn đông người gồm chín (09) người.

${people}
`;
const lines = (r: Recognition | undefined) => (r?.state === "bound" ? r.occurrences.map((o) => `${o.input}@${o.line}`) : []);

it("takes no deputy's «định kỳ 05 lượt» as the month's «đột xuất 05 lượt» written again", () => {
  const text = report("Về người tiếp: Chủ tịch UBND phường tiếp định kỳ hai buổi (ngày thứ Ba của tuần thứ nhất và tuần thứ ba) được sáu (06) lượt, tiếp đột xuất ba (03) lượt trong đó có đoàn đông người nêu trên; Phó Chủ tịch UBND phường phụ trách đô thị tiếp định kỳ năm (05) lượt, đột xuất hai (02) lượt.");
  expect(lines(recognizeFigures(text, MONTHLY).get(DOT_XUAT))).toEqual(["05@8"]);
});

it("still takes the month's «đột xuất 05 lượt» written again in its own words", () => {
  const text = report("Về tiếp đột xuất: trong tháng, lãnh đạo phường tiếp đột xuất 05 lượt, chủ yếu về bồi thường.");
  expect(lines(recognizeFigures(text, MONTHLY).get(DOT_XUAT))).toEqual(["05@8", "05@10"]);
});
