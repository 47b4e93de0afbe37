/** @jest-environment jsdom */
/**
 * Walk finding (walk44, 2; second-form 1186): under «Chưa rõ — hãy chọn số đúng» the communes' visits were offered
 * only 558, the seven-month total, and a new clerk clicked it; the month's 82 was not listed, and nothing told her she
 * could bind it herself. The list now says its numbers were found near the figure's words and are to be checked in the
 * document, how to bind another number, and which candidate's sentence speaks of another period.
 */
import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { builtInDefinition } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };

const LINES = readFileSync("tests/fixtures/corpus/second-form/1186-gia-lai-tcd-2026-07-thang-truoc-cung-ky-luy-ke-7-thang-moi-cau.txt", "utf8").split("\n");
const COMMUNES = "Lượt tiếp của lãnh đạo UBND các huyện, thành phố";
const COMMUNES_ID = "tcd:huyen.luot";

it("says the candidates are numbers found near the figure's words, marks the seven-month one, and binds 82 selected by hand", async () => {
  await preloadPane();
  const user = userEvent.setup();
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const report = builtInDefinition("tiep-cong-dan-thang");
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-16T08:00:00Z"), report });
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('section[aria-label="Văn bản cũ"]') !== null);
  await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);

  expect(store.getState().notice?.text).not.toMatch(/chọn số đúng/);
  expect(store.getState().notice?.text).toMatch(/\d+ chưa rõ: xem các số tìm thấy ở danh sách bên dưới và đối chiếu với văn bản trước khi gắn\./);
  const list = screen.getByRole("list", { name: "Số liệu chưa rõ" });
  const card = list.closest<HTMLElement>(".fui-Card")!;
  expect(card.textContent).not.toMatch(/chọn số đúng/);
  expect(within(card).getByText(/^Chưa rõ \(\d+\) — đối chiếu với văn bản trước khi gắn$/)).toBeTruthy();
  expect(within(card).getByText(/^Dưới mỗi số liệu là các số tìm thấy gần lời của nó, chưa chắc có số đúng: bấm một số để đến chỗ đó trong văn bản và xem\./).textContent).toContain(
    "Số đúng ở chỗ khác: bôi đen nó trong văn bản rồi bấm «Gắn vào» của số liệu ấy.",
  );

  const item = within(list).getByText(COMMUNES).closest("li")!;
  const candidates = within(within(item).getByRole("group", { name: `Các số có thể là «${COMMUNES}»` })).getAllByRole("button");
  expect(candidates.map((b) => b.textContent)).toEqual([
    "…UBND các xã, phường tiếp 558 lượt với 687 người. · đoạn 27Có thể là số của «lũy kế 7 tháng», không phải kỳ báo cáo.",
  ]);
  expect(candidates[0]!.getAttribute("title")).toBe("Đến chỗ này trong văn bản");
  expect(within(item).getByRole("button", { name: "Văn bản không nêu số này" })).toBeTruthy();

  // The path the card tells: the month's 82, selected by hand, bound to the figure.
  const paragraph = LINES.findIndex((l) => l.includes("lên 82 lượt"));
  const at = sim.doc.paragraphText(paragraph).indexOf("lên 82 lượt") + "lên ".length;
  sim.select(paragraph, at, at + 2);
  await user.click(within(item).getByRole("button", { name: `Gắn vào «${COMMUNES}»` }));
  await settle(store, (s) => s.chosenFigures[COMMUNES_ID] !== undefined && s.busy === null);
  expect(sim.controls().filter((c) => c.title === COMMUNES).map((c) => c.text)).toEqual(["82"]);
});
