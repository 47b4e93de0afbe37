/**
 * Walk finding (walk42, 2): after an update held figures back, the notice said «Sửa lỗi rồi cập nhật lại để ghi các
 * số này: … Hồ sơ đã giải quyết, trả kết quả: 77 → 90; Tỷ lệ đã giải quyết: 95,06% → 111,11%». 90 was the clerk's
 * mistake (more resolved than received), not a figure waiting to be written, and 111,11% only its consequence; and it
 * opened «Các số liệu khác đã đúng trong văn bản» while the summary listed the report's own errors. The figure in error
 * is named as the one to fix, the shares computed from it wait behind «Xem thêm», and no figure with an error is said
 * to be right.
 */
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT, SAMPLE } from "../support/forms";
import { createFakeGateway } from "../support/fakeGateway";

const DESK = "III.2.b. Bộ phận một cửa của Văn phòng";

async function heldBack() {
  const controls = Object.entries(SAMPLE.figures)
    .filter(([id]) => id.startsWith("motCuaVp.") || id.startsWith("hcc."))
    .map(([id, text]) => ({ tag: `bcdc:${id}`, text }));
  const shares = [["motCuaVp.tyLeDaGiaiQuyet", "95,06%"], ["motCuaVp.tyLeTraSom", "7,79%"], ["motCuaVp.tyLeDungHan", "92,21%"]];
  const word = createFakeGateway([...controls, ...shares.map(([id, text]) => ({ tag: `bcdc:${id!}`, text: text! }))]);
  const store = createAppStore({ word, now: () => new Date("2026-03-10T08:00:00Z"), report: REPORT });
  await store.getState().start();
  store.getState().setAuthor("Nguyễn Thị Lan");
  store.getState().setFigure("bcdc:motCuaVp.daGiaiQuyet", "90");
  store.getState().setFigure("bcdc:motCuaVp.traSom", "95.06%");
  await store.getState().updateDocument();
  return store.getState().notice!;
}

it("names the figure in error as the one to fix, not as a change to write, and its shares apart", async () => {
  const notice = await heldBack();
  const desk = notice.groups?.find((g) => g.heading === DESK)?.items ?? [];
  expect(desk).toEqual(["Hồ sơ đã giải quyết, trả kết quả: giữ 77 (số nhập 90 có lỗi, cần sửa)", "Hồ sơ trả sớm hạn: giữ 06 (số nhập chưa đúng)"]);
  expect(JSON.stringify(notice.groups)).not.toMatch(/111,11%|78,89%/);
  const more = notice.more?.groups.find((g) => g.heading === DESK)?.items ?? [];
  expect(more).toEqual(expect.arrayContaining([expect.stringMatching(/^Tỷ lệ đã giải quyết/), expect.stringMatching(/^Tỷ lệ trả đúng hạn/)]));
});

it("never says the other figures are right while errors remain", async () => {
  const notice = await heldBack();
  expect(notice.text).toMatch(/^Chưa ghi số liệu nào vào văn bản\. /);
  expect(notice.text).not.toContain("Các số liệu khác đã đúng");
  expect(notice.text).toContain("Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại.");
  // Counted as listed: the two figures to fix and the centre's share its own figures give.
  expect(notice.text).toMatch(/(\d+) số liệu được giữ nguyên như văn bản đang ghi vì \d+ lỗi\./);
  const listed = (notice.groups ?? []).flatMap((g) => g.items).length;
  expect(notice.text).toContain(`${listed} số liệu được giữ nguyên`);
});
