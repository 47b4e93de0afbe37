/**
 * A new clerk on another office's report (walk62, held-out 542): she typed «Biên chế công chức được giao», which the
 * report never states, pressed «Cập nhật văn bản» and read «Văn bản đã đúng số liệu, không cần ghi gì»: the figure was
 * written nowhere, and nothing said so. The notice now names it and the step that puts it in the document.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { describeUpdate } from "../../src/taskpane/store/messages";

installWordGlobals();

const TEXT = [
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý III năm 2026",
  "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12.450 hồ sơ, đã giải quyết 10.902 hồ sơ.",
];
const GIVEN = "bcdc:bienChe.congChucGiao";
const IN_POST = "bcdc:bienChe.congChucThucHien";

it("says a typed figure with no place in the document was not written, and how to place it", async () => {
  const sim = createWordSimulation(TEXT.map((t) => ({ runs: [t] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-09-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  store.getState().setAuthor("Nguyễn Thị Hoa");
  store.getState().setFigure(GIVEN, "49");
  await store.getState().updateDocument();
  const notice = store.getState().notice!;
  expect(notice.text).not.toMatch(/^Văn bản đã đúng số liệu/);
  expect(notice.text).toContain(
    "1 số liệu bạn đã nhập chưa có chỗ nào trong văn bản nên chưa được ghi («Biên chế công chức được giao»): đặt con trỏ vào chỗ cần ghi trong văn bản, bấm vào ô số liệu đó rồi bấm «Chèn vào văn bản».",
  );
  expect(notice.intent).toBe("warning");
  expect(sim.controls().some((c) => c.tag === GIVEN)).toBe(false);
});

it("names three figures at most, and says nothing when every typed figure has its place", () => {
  const decision = { changes: [], conflicts: [], blocked: [], waiting: [], restyles: [], texts: new Map(), written: {} } as unknown as Parameters<typeof describeUpdate>[1];
  const many = describeUpdate(REPORT, decision, 0, [], [], [GIVEN, IN_POST, "bcdc:bienChe.hopDong", "bcdc:trinhDo.thacSi"]).text;
  expect(many).toMatch(/^Chưa ghi số liệu nào vào văn bản\. 4 số liệu bạn đã nhập chưa có chỗ nào trong văn bản nên chưa được ghi \(«[^»]+», «[^»]+», «[^»]+» và 1 số liệu khác\): .*«Chèn vào văn bản»\. Các số liệu khác đã đúng trong văn bản, không cần ghi lại\.$/);
  expect(describeUpdate(REPORT, decision, 0).text).toBe("Văn bản đã đúng số liệu, không cần ghi gì.");
});
