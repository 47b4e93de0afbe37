/**
 * A clerk's walk on another office's report (held-out 51): after the update, «Số viết khác quy cách» offered to
 * rewrite «Không có» opening a sentence as «không có», and «không có» as «không», under the name of Nghị định
 * 30/2020. Zero written in the document's own words is kept: nothing offered, nothing written, the box not flagged.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { restylesToOffer, wordingOnly } from "../../src/taskpane/store/wordingKept";

installWordGlobals();

const TEXT = [
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý II năm 2026",
  "Việc nâng lương được thực hiện đúng quy định. Không có cán bộ, công chức, viên chức và người lao động bị xử lý vì hành vi tham nhũng.",
  "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12 450 hồ sơ, đã giải quyết 10 902 hồ sơ.",
];
const CORRUPTION = "bcdc:thamNhung.soBiXuLy";
const RECEIVED = "bcdc:hcc.tiepNhan";

describe("wordingOnly", () => {
  it.each([
    ["Không có", "không có", true],
    ["không có", "không", true],
    ["không", "Không có", true],
    ["0", "Không có", false],
    ["không", "0", false],
    ["12 450", "12.450", false],
    ["8", "08", false],
  ])("«%s» → «%s»: words only %s", (documentText, target, expected) => {
    expect(wordingOnly({ documentText, target })).toBe(expected);
  });

  it("keeps the restyles of numbers, in their order", () => {
    const offered = [
      { documentText: "12 450", target: "12.450" },
      { documentText: "Không có", target: "không có" },
      { documentText: "8", target: "08" },
    ];
    expect(restylesToOffer(offered)).toEqual([offered[0], offered[2]]);
  });
});

it("offers the number in another style, never the document's words for zero, and writes neither unasked", async () => {
  const sim = createWordSimulation(TEXT.map((t) => ({ runs: [t] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-06-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  expect(sim.controls().find((c) => c.tag === CORRUPTION)?.text).toBe("Không có");
  await store.getState().updateDocument();
  const offered = store.getState().restyles.map((r) => `${r.documentText} → ${r.target}`);
  expect(offered).toContain("12 450 → 12.450");
  expect(offered.filter((o) => /không/i.test(o))).toEqual([]);
  expect(store.getState().notice!.text).toMatch(/^Văn bản đã đúng số liệu|số liệu(?: \(\d+ chỗ\))? đúng giá trị nhưng viết khác quy cách/);
  // Asked to rewrite what was offered: the number is, the sentence's first word stays as written.
  await store.getState().restyleFigures();
  expect(sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("12.450");
  expect(sim.controls().find((c) => c.tag === CORRUPTION)?.text).toBe("Không có");
});
