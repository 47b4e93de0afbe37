/**
 * «phòng» is a room and a counting word («06 phòng»), and also the verb «prevent» («Phòng, chống tham nhũng», «phòng
 * cháy, chữa cháy»): read as a room there, a run-in label's unit clashed with the people its item counts
 * (meaning/words.ts unitAt). Sentences made up here.
 */
import { syllables, unitAt } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const unit = (text: string) => unitAt(syllables(text));

describe("unitAt", () => {
  it("reads no room in «phòng» that prevents", () => {
    expect(unit("Phòng, chống tham nhũng: số người bị xử lý")).toBeNull();
    expect(unit("phòng cháy, chữa cháy")).toBeNull();
    expect(unit("phòng ngừa vi phạm")).toBeNull();
  });

  it("near-match: a room, or rooms counted, are still a room", () => {
    expect(unit("phòng chuyên môn")).toBe("phòng");
    expect(unit("Phòng Tổng hợp")).toBe("phòng");
    expect(unit("phó trưởng phòng")).toBe("phó trưởng phòng");
  });
});

describe("a run-in label of prevention before the item's own label", () => {
  const report = (value: string) =>
    recognizeFigures(["IV. DÂN CHỦ TRONG HOẠT ĐỘNG CƠ QUAN", "- Giao ban: 11 cuộc trong quý.", `- Phòng, chống tham nhũng: số người bị xử lý: ${value}.`].join("\n"), REPORT);
  const punished = byLabel("Người bị xử lý vì hành vi tham nhũng").id;

  it("binds the people punished, none or a count", () => {
    expect(boundValue(report("không có").get(punished))).toBe("không có");
    expect(boundValue(report("02").get(punished))).toBe("02");
  });

  it("near-match: a count of rooms under the same label is no count of people", () => {
    const r = recognizeFigures(["IV. DÂN CHỦ TRONG HOẠT ĐỘNG CƠ QUAN", "- Phòng, chống tham nhũng: kiểm tra 03 phòng chuyên môn."].join("\n"), REPORT);
    expect(boundValue(r.get(punished))).toBeNull();
  });
});
