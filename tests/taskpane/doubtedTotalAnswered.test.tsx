/** @jest-environment jsdom */
/**
 * Walk finding (walk44, monthly 1096): recognition bound «Tổng số lượt tiếp công dân» to the 132 of «Ban TCD tỉnh tiếp
 * thường xuyên (03 cơ sở): 132 lượt», whose parts add to 107. The card asked her to answer, while the summary and the
 * box told her «Bấm «Cập nhật văn bản» để sửa», which rightly changed nothing; «Giữ «132» lần này» was forgotten at the
 * next update and after reopening, with nothing in «Lịch sử»; the reopened pane showed the warning and no card; and
 * after an answer the keyboard was left on the page. Her answer is now a decision kept in the document, tied to 132 and
 * to the 107 the parts gave: not asked again while they stay, asked again when the parts change.
 */
import { lamDongDocument, openLamDongPane } from "../support/doubtedTotalReport";
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readStoredReport, STORED_NAMESPACE } from "../../src/domain/storedReport";
import { installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { noticeText } from "../../src/taskpane/store/noticeText";
import { openView } from "../support/paneViews";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);
Element.prototype.scrollIntoView ??= () => undefined;

const TOTAL = "tcd:tong.luot";
const LABEL = "Tổng số lượt tiếp công dân";
const SENTENCE = "- Ban TCD tỉnh tiếp thường xuyên (03 cơ sở): 132 lượt/156 người.";
const PRESS_UPDATE = "Bấm «Cập nhật văn bản» để sửa";
const ANSWER_CARD = "hãy trả lời ở thẻ «Số liệu»: đúng là tổng, hay số của nội dung khác?";

const lamDong = lamDongDocument;
const totalTexts = (sim: WordSimulation) => sim.controls().filter((c) => c.tag === TOTAL).map((c) => c.text);
const summary = () => screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
const warnings = (store: Awaited<ReturnType<typeof openPane>>) => store.getState().documentProblems.filter((p) => p.fields[0] === TOTAL).map((p) => p.message);
const card = () => (screen.queryByText(/các số thành phần cộng lại là 2 \+ 9 \+ 96 = «107»/u)?.closest("[class*=fui-Card]") ?? null) as HTMLElement | null;
/** The summary's line about the total (the land share beside it, off by rounding, is the update's to correct). */
const totalLine = () => within(summary()).getAllByRole("listitem").find((li) => li.textContent!.includes(`«${LABEL}»`))?.textContent ?? "";

const openPane = openLamDongPane;

function storedHistory(sim: WordSimulation) {
  const xml = sim.doc.xmlParts.find((p) => p.namespaceUri === STORED_NAMESPACE)?.xml;
  const read = xml === undefined ? null : readStoredReport(xml);
  if (read?.kind !== "report") throw new Error(`no stored report: ${read?.kind ?? "none"}`);
  return read.report.history;
}

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
  await import("../../src/taskpane/store/importActions");
  await import("../../src/taskpane/components/ConflictList");
});

afterEach(cleanup);

it("sends her to the card, never to «Cập nhật văn bản», and shows the card again when the pane reopens", async () => {
  const sim = lamDong();
  const store = await openPane(sim);
  await act(() => store.getState().recognizeFigures());
  await domReached(() => card() !== null);
  expect(warnings(store)).toEqual([
    `Văn bản ghi «${LABEL}» là 132, nhưng các số thành phần cộng lại là 107. Chưa sửa số này: ${ANSWER_CARD}`,
  ]);
  expect(totalLine()).toContain(ANSWER_CARD);
  expect(totalLine()).not.toContain(PRESS_UPDATE);

  await act(() => store.getState().updateDocument());
  expect(totalTexts(sim)).toEqual(["132"]);
  expect(totalLine()).toContain(ANSWER_CARD);
  expect(card()).not.toBeNull();

  // Closed and opened again, unanswered: the card is there at once, before any update.
  cleanup();
  const reopened = await openPane(sim);
  await domReached(() => card() !== null);
  expect(within(card()!).getAllByRole("button").map((b) => b.textContent)).toEqual([
    "Không phải số này: bỏ gắn",
    "Giữ «132» như văn bản",
    "Đây đúng là tổng: sửa «132» thành «107»",
  ]);
  expect(totalLine()).toContain(ANSWER_CARD);
  expect(totalLine()).not.toContain(PRESS_UPDATE);
  expect(warnings(reopened)).toHaveLength(1);
  expect(totalTexts(sim)).toEqual(["132"]);
});

it("keeps «Giữ» in the document and in «Lịch sử», asks nothing while 132 and 107 stand, and asks again when the parts change", async () => {
  const user = userEvent.setup();
  const sim = lamDong();
  const store = await openPane(sim);
  await act(() => store.getState().recognizeFigures());
  await domReached(() => card() !== null);
  await user.click(within(card()!).getByRole("button", { name: "Giữ «132» như văn bản" }));
  await settle(store, (s) => s.busy === null && s.conflicts.length === 0);
  expect(noticeText(store.getState())).toBe(
    `Đã ghi nhận: giữ «132» cho «${LABEL}». «Cập nhật văn bản» không sửa số này và ngăn không hỏi lại, trừ khi các số thành phần (đang cộng lại là 107) thay đổi.`,
  );
  // The card went: the keyboard is on the next thing to do, not left on the page.
  expect(document.activeElement).not.toBe(document.body);
  expect(document.activeElement?.textContent).toBe("Cập nhật văn bản");
  expect(warnings(store)).toEqual([]);
  // Saved at once with her name and the two numbers, before any update.
  expect(storedHistory(sim)).toEqual([
    expect.objectContaining({ field: TOTAL, from: "132", to: "107", by: "Nguyễn Thị Lan", decision: "kept", period: { kind: "month", year: 2026, month: 5, quarter: 2 } }),
  ]);

  await act(() => store.getState().updateDocument());
  expect(totalTexts(sim)).toEqual(["132"]);
  expect(sim.doc.bodyText()).toContain(SENTENCE);
  expect(store.getState().conflicts).toEqual([]);
  expect(noticeText(store.getState())).toContain(`«${LABEL}» giữ 132 như bạn đã chọn (theo các số thành phần là 107).`);
  expect(noticeText(store.getState())).not.toContain("hãy xác nhận");

  // The next day: no card, no warning, and the answer in «Lịch sử».
  cleanup();
  const reopened = await openPane(sim, "2026-05-21T08:00:00Z");
  expect(reopened.getState().conflicts).toEqual([]);
  expect(warnings(reopened)).toEqual([]);
  expect(card()).toBeNull();
  await act(() => reopened.getState().updateDocument());
  expect(reopened.getState().conflicts).toEqual([]);
  expect(totalTexts(sim)).toEqual(["132"]);
  await openView(user, "Lịch sử thay đổi");
  const rows = await screen.findAllByRole("row");
  expect(rows.map((r) => r.textContent).join("\n")).toContain("Giữ 132 (theo các số thành phần là 107)");

  // One more visit at the communes (96 → 97, with the figures that count it again): the parts give 108, which she
  // never answered: asked again, and the document's 132 still stands.
  for (const id of ["tcd:huyen.luot", "tcd:huyen.dinhKy", "tcd:tong.dinhKy", "tcd:noiDung.khacLuot"]) {
    reopened.getState().setFigure(id, String(Number(reopened.getState().raw[id]) + 1));
  }
  expect(reopened.getState().review.problems.filter((p) => p.severity === "error")).toEqual([]);
  await act(() => reopened.getState().updateDocument());
  expect(reopened.getState().conflicts).toEqual([expect.objectContaining({ field: TOTAL, documentText: "132", target: "108", unconfirmed: true })]);
  expect(totalTexts(sim)).toEqual(["132"]);
});

it("«Đây đúng là tổng» says what the update will do, keeps the keyboard in the pane, and writes 107 only then", async () => {
  const user = userEvent.setup();
  const sim = lamDong();
  const store = await openPane(sim);
  await act(() => store.getState().recognizeFigures());
  await domReached(() => card() !== null);
  await user.click(within(card()!).getByRole("button", { name: "Đây đúng là tổng: sửa «132» thành «107»" }));
  await settle(store, (s) => s.busy === null && s.conflicts.length === 0);
  expect(noticeText(store.getState())).toBe(`Đã chọn: «${LABEL}» là tổng, «Cập nhật văn bản» sẽ sửa «132» thành «107».`);
  expect(document.activeElement?.textContent).toBe("Cập nhật văn bản");
  // She said it is the total: now the update is what mends it, and the warning says so.
  expect(warnings(store)).toEqual([`Văn bản ghi «${LABEL}» là 132, nhưng theo số liệu phải là 107. ${PRESS_UPDATE}.`]);
  expect(totalTexts(sim)).toEqual(["132"]);
  await act(() => store.getState().updateDocument());
  expect(totalTexts(sim)).toEqual(["107"]);
  expect(warnings(store)).toEqual([]);
});
