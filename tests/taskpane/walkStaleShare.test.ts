/**
 * Walk finding (walk42, shots 08a/08b): on the reference report a new clerk left «Hồ sơ tiếp nhận (Trung tâm PVHCC)»
 * empty in the pane, typed «Hồ sơ đã giải quyết» 7.737 and pressed «Cập nhật văn bản». The document then read «7.737 …
 * chiếm 79,41%» (the share of the old 7.766 of 9.780; 7.737 / 9.780 is 79,11%), and neither the notice nor the summary
 * said so; the report's own «9,7%» (960 / 9.780 is 9,82%) lost its warning as soon as the box was emptied. The share
 * is not computed from a number the clerk emptied: it is left as it is, and both say why.
 */
import { REPORT, SAMPLE } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const RECEIVED = "bcdc:hcc.tiepNhan";
const RESOLVED = "bcdc:hcc.daGiaiQuyet";
const RESOLVED_SHARE = "bcdc:hcc.tyLeDaGiaiQuyet";
const PENDING_SHARE = "bcdc:hcc.tyLeDangGiaiQuyet";
const RECEIVED_NAME = "Hồ sơ tiếp nhận (Trung tâm PVHCC)";

async function referenceReport() {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  store.getState().setAuthor("Nguyễn Thị Lan");
  const texts = (tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);
  const warning = (tag: string) => store.getState().documentProblems.find((p) => p.key === `doc.computed:${tag}`)?.message;
  return { store, texts, warning };
}

it("keeps the report's own wrong share said when the box it needs is emptied", async () => {
  const { store, warning } = await referenceReport();
  store.getState().setFigure(RECEIVED, "");
  expect(warning(PENDING_SHARE)).toBe(
    "Văn bản ghi «Tỷ lệ đang giải quyết (Trung tâm Phục vụ hành chính công tỉnh)» là 9,7%, nhưng theo số liệu văn bản đang ghi phải là 9,82% (960 / 9.780). " +
      `Số này không tính lại được vì ô «${RECEIVED_NAME}» trống: nhập số vào ô đó rồi bấm «Cập nhật văn bản».`,
  );
  // Nothing is stale before the update: the document's 79,41% is 7.766 / 9.780.
  expect(warning(RESOLVED_SHARE)).toBeUndefined();
});

it("leaves the share it cannot compute as the document has it, and says so in the notice and the summary", async () => {
  const { store, texts, warning } = await referenceReport();
  store.getState().setFigure(RECEIVED, "");
  store.getState().setFigure(RESOLVED, "7737");
  await store.getState().updateDocument();

  expect(texts(RESOLVED)).toEqual(["7.737"]);
  // Never a figure the clerk did not give: not computed from the 9.780 she emptied in the pane.
  expect(texts(RESOLVED_SHARE)).toEqual(["79,41%"]);
  const notice = store.getState().notice!;
  expect(notice.intent).toBe("warning");
  expect(notice.text).toContain(
    `«Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)» không tính lại được vì ô «${RECEIVED_NAME}» trống; văn bản vẫn ghi 79,41%.`,
  );
  // The share of 960 was not touched by this update: the summary says it, not the notice.
  expect(notice.text).not.toContain("Tỷ lệ đang giải quyết");
  expect(warning(RESOLVED_SHARE)).toBe(
    "Văn bản ghi «Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)» là 79,41%, nhưng theo số liệu văn bản đang ghi phải là 79,11% (7.737 / 9.780). " +
      `Số này không tính lại được vì ô «${RECEIVED_NAME}» trống: nhập số vào ô đó rồi bấm «Cập nhật văn bản».`,
  );
  expect(warning(PENDING_SHARE)).toMatch(/là 9,7%, nhưng theo số liệu văn bản đang ghi phải là 9,82%/);

  // The box filled (with what the parts add up to): its shares computed and written, and nothing left to say.
  store.getState().setFigure(RECEIVED, "8.827");
  await store.getState().updateDocument();
  expect(texts(RESOLVED_SHARE)).toEqual(["87,65%"]);
  expect(store.getState().notice!.text).not.toMatch(/không tính lại được/);
  expect(warning(RESOLVED_SHARE)).toBeUndefined();
});

it("sends the clerk to the error, not to an empty box, when the box needed holds a wrong figure", async () => {
  const { store, warning } = await referenceReport();
  store.getState().setFigure(RECEIVED, "8l");
  expect(warning(PENDING_SHARE)).toMatch(
    new RegExp(`phải là 9,82% \\(960 / 9\\.780\\)\\. Sửa lỗi ở ô «${RECEIVED_NAME.replace(/[()]/g, "\\$&")}» trước: khi còn lỗi đó, «Cập nhật văn bản» không ghi số này\\.$`),
  );
});
