/**
 * Two of the form's wordings end at one number and one goes further back (meaning/vetoLonger.ts): «điều động, luân
 * chuyển 02 công chức đi …» is the move out, not the rooms' «Luân chuyển {N} công chức»; the shorter wording written
 * on its own is still read. Only within one section: at the desk and at the centre the place tells figures apart.
 */
import { longerLeads, longerWordingBefore } from "../../../src/domain/import/meaning/vetoLonger";
import { patternsOf } from "../../../src/domain/import/patterns";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const report = (line: string) =>
  "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý II năm 2026\n\n" +
  `III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Điều động, bổ nhiệm, luân chuyển\n${line}\n`;
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
const ROOMS = "Luân chuyển công chức giữa các phòng";
const OUT = "Điều động, luân chuyển đi";

it("the move out, written with both verbs, is the move out and not a move between rooms", () => {
  const text = report("Trong quý, Văn phòng thực hiện điều động, luân chuyển 02 công chức đi nhận công tác tại Sở Tài chính và Sở Y tế; luân chuyển 03 công chức giữa các phòng.");
  expect(value(text, OUT)).toBe("02");
  expect(value(text, ROOMS)).toBe("03");
});

it("the shorter wording on its own, or after a clause that ends, is still read", () => {
  expect(value(report("Trong quý, Văn phòng luân chuyển 03 công chức giữa các phòng chuyên môn."), ROOMS)).toBe("03");
  const leads = longerLeads(REPORT, patternsOf(REPORT)).get(byLabel(ROOMS).id);
  const after = "Không có trường hợp điều động. Luân chuyển 03 công chức giữa các phòng.";
  expect(longerWordingBefore(after, after.indexOf("03"), leads)).toBe(false);
});

it("figures of two sections sharing words are no longer wordings of each other", () => {
  const leads = longerLeads(REPORT, patternsOf(REPORT));
  const centre = REPORT.fields.filter((f) => f.label === "Hồ sơ đang giải quyết").map((f) => leads.get(f.id));
  expect(centre).toEqual([undefined, undefined]);
});
