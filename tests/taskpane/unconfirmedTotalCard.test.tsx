/** @jest-environment jsdom */
/**
 * Walk finding (walk43, 3 and 9): the card about a total that does not add up said «ở chỗ này» without the place, its
 * first answer «Đúng là số này: ghi «107»» read as «107 is right», and a clerk overwrote the board's own 132 in another
 * sentence; an answer then changed nothing on screen but the card's going. The card quotes the words recognition found
 * the number in, offers the answer that keeps her text first, says what overwriting overwrites, and each answer is said.
 */
import { lamDongLines } from "../support/doubtedTotalReport";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { builtInDefinition } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { noticeText } from "../../src/taskpane/store/noticeText";

installWordGlobals();


async function recognised() {
  const sim = createWordSimulation(lamDongLines().map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-05-20T08:00:00Z"), report: builtInDefinition("tiep-cong-dan-thang") });
  store.getState().setAuthor("Nguyễn Thị Lan");
  await renderPane(store);
  await act(() => store.getState().recognizeFigures());
  const card = (await screen.findByText(/Ô này được gắn vào số «132»/u)).closest("[class*=fui-Card]") as HTMLElement;
  return { store, card };
}

it("quotes where the number was found and puts the answer that keeps the text first", async () => {
  const { card } = await recognised();
  expect(card.textContent).toContain("Ô này được gắn vào số «132» trong «- Ban TCD tỉnh tiếp thường xuyên (03 cơ sở): 132 lượt/156 người.»");
  expect(card.textContent).toContain("các số thành phần cộng lại là 2 + 9 + 96 = «107»:");
  const answers = within(card).getAllByRole("button").map((b) => b.textContent);
  expect(answers).toEqual(["Không phải số này: bỏ gắn", "Giữ «132» như văn bản", "Đây đúng là tổng: sửa «132» thành «107»"]);
});

it("says what the next update will do after each answer", async () => {
  const user = userEvent.setup();
  const { store, card } = await recognised();
  await user.click(within(card).getByRole("button", { name: "Đây đúng là tổng: sửa «132» thành «107»" }));
  expect(noticeText(store.getState())).toBe("Đã chọn: «Tổng số lượt tiếp công dân» là tổng, «Cập nhật văn bản» sẽ sửa «132» thành «107».");
  expect(screen.queryByText(/Ô này được gắn vào số «132»/u)).toBeNull();
});
