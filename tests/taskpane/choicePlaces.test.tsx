/** @jest-environment jsdom */
/**
 * Walk finding (pane58, 2): where the document writes a figure in two places that disagree, the box offered
 * «2026 (chỗ 1) / 2025 (chỗ 2)» without saying where in the report those places are. Each value now says it in the
 * report's own words around it, read from Word (gateway.placesAround: 2 syncs, when the box is shown).
 */
import { act, screen, within } from "@testing-library/react";
import { wordsAround } from "../../src/domain/placeWords";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";

installWordGlobals();

const YEAR = "bcdc:bienChe.nam";
const FIRST = "Văn phòng UBND tỉnh là cơ quan thuộc UBND tỉnh. Tổng biên chế của Văn phòng đang quản lý năm 2026: Công chức được giao là 55";
const SECOND = "Năm 2025, Văn phòng được giao: 55 biên chế";

it("names a place by the words before it and a word or two after, cut with «…»", () => {
  expect(wordsAround(FIRST, "2026")).toBe("…Văn phòng đang quản lý năm 2026: Công chức…");
  expect(wordsAround(SECOND, "2025")).toBe("Năm 2025, Văn phòng…");
  expect(wordsAround("Năm 2025", "2025")).toBe("Năm 2025");
  // The figure's own sentence, when it starts within those words.
  expect(wordsAround("Việc đánh giá được thực hiện thống nhất… Năm 2025, Văn phòng được giao", "2025")).toBe("Năm 2025, Văn phòng…");
  expect(wordsAround(SECOND, "2024")).toBeNull();
});

it("reads each place's paragraph from Word in two syncs, in document order", async () => {
  const sim = createWordSimulation([
    { runs: ["Tổng biên chế đang quản lý năm ", { id: 1, tag: YEAR, title: "Năm", text: "2026" }, ": Công chức…"] },
    { runs: ["Khác."] },
    { runs: ["Năm ", { id: 2, tag: YEAR, title: "Năm", text: "2025" }, ", Văn phòng được giao"] },
  ]);
  const gateway = createOfficeGateway(sim.run, sim.supports);
  const { result, syncs } = await sim.measure(() => gateway.placesAround(YEAR));
  expect(syncs).toBe(2);
  expect(result).toEqual([
    { text: "2026", paragraph: "Tổng biên chế đang quản lý năm 2026: Công chức…" },
    { text: "2025", paragraph: "Năm 2025, Văn phòng được giao" },
  ]);
});

it("shows under the box where the report writes each value, and keeps the two clicks", async () => {
  const word = createFakeGateway([
    { tag: YEAR, text: "2026" },
    { tag: "bcdc:bienChe.congChucGiao", text: "55" },
    { tag: YEAR, text: "2025" },
  ]);
  word.placeParagraphs.set(1, FIRST);
  word.placeParagraphs.set(3, SECOND);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT, prefs: { get: (k) => (k === "author" ? "Chuyên viên" : null), set: () => undefined } });
  await renderPane(store);
  const row = document.querySelector<HTMLElement>(`[data-field="${YEAR}"]`)!;
  const choices = within(row).getByRole("group", { name: "Số văn bản ghi cho «Năm của số liệu biên chế»" });
  await within(choices).findByText("chỗ 1: «…Văn phòng đang quản lý năm 2026: Công chức…»");
  expect(within(choices).getByText("chỗ 2: «Năm 2025, Văn phòng…»")).toBeTruthy();
  const first = within(choices).getByRole("button", { name: "2026 (chỗ 1)" });
  expect(first.textContent).toBe("2026");
  // Read aloud with its place: the words are the button's description.
  expect(document.getElementById(first.getAttribute("aria-describedby")!)!.textContent).toContain("đang quản lý năm 2026");
  act(() => first.click());
  await screen.findByText("Bấm «Cập nhật văn bản» để ghi 2026 vào cả 2 chỗ.");
  expect(word.controls.filter((c) => c.tag === YEAR).map((c) => c.text)).toEqual(["2026", "2025"]);
});
