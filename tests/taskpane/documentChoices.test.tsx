/** @jest-environment jsdom */
/**
 * Walk finding (pane56, 1): the reference report writes the staff figures' year as 2026 in section I and 2025 in
 * II.1.a, so «Năm của số liệu biên chế» stayed empty and the summary said «Còn 1 số liệu chưa nhập» for good, though
 * the clerk had nothing to type that the document does not hold. The box now offers the document's two values; one
 * click chooses (the document untouched), «Cập nhật văn bản» writes the choice in both places, not asking about the
 * other value as a hand edit; a place typed over after the choice is asked about as before.
 */
import { act, screen, within } from "@testing-library/react";
import { REPORT } from "../support/forms";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { choicesOf, chosenOf, figuresToChoose, settledByChoice } from "../../src/taskpane/store/documentChoices";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";
import { settle } from "../support/settle";

const YEAR = "bcdc:bienChe.nam";
const field = REPORT.byId.get(YEAR)!;
const seen = (...texts: string[]) => texts.map((text, i) => ({ text, where: `chỗ ${i + 1}` }));

describe("the document's values of a figure it writes in disagreement", () => {
  it("are offered once each, with their places; none when the places agree or only one is written", () => {
    expect(choicesOf(field, seen("2026", "2025"))).toEqual([
      { text: "2026", places: [1] },
      { text: "2025", places: [2] },
    ]);
    expect(choicesOf(field, seen("2026", "2026"))).toEqual([]);
    // A new report's «…» is no value of the document's.
    expect(choicesOf(field, seen("2026", "…"))).toEqual([]);
    const count = REPORT.byId.get("bcdc:bienChe.hopDong")!;
    // «08» and «8» are one value written in two styles, not two values.
    expect(choicesOf(count, seen("08", "8", "09"))).toEqual([
      { text: "08", places: [1, 2] },
      { text: "09", places: [3] },
    ]);
    expect(chosenOf(count, choicesOf(count, seen("08", "09")), "8")?.text).toBe("08");
    expect(chosenOf(field, choicesOf(field, seen("2026", "2025")), "2027")).toBeUndefined();
  });

  it("make the figure one to choose while its box is empty, and settled by the choice while no place was typed over", () => {
    const known = new Map([[YEAR, seen("2026", "2025")]]);
    expect(figuresToChoose(REPORT, {}, known)).toEqual([YEAR]);
    expect(figuresToChoose(REPORT, { [YEAR]: "2026" }, known)).toEqual([]);
    expect(settledByChoice(REPORT, { [YEAR]: "2026" }, known, known)).toEqual([YEAR]);
    expect(settledByChoice(REPORT, { [YEAR]: "2027" }, known, known)).toEqual([]);
    expect(settledByChoice(REPORT, { [YEAR]: "2026" }, known, new Map([[YEAR, seen("2026", "2024")]]))).toEqual([]);
  });
});

async function openPane() {
  const word = createFakeGateway([
    { tag: YEAR, text: "2026" },
    { tag: "bcdc:bienChe.congChucGiao", text: "55" },
    { tag: YEAR, text: "2025" },
  ]);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT, prefs: { get: (k) => (k === "author" ? "Chuyên viên" : null), set: () => undefined } });
  await renderPane(store);
  return { word, store };
}

const summaryText = () => within(screen.getByRole("region", { name: "Tóm tắt các vấn đề" })).getAllByText(/cảnh báo/)[0]!.closest(".fui-MessageBarBody")!.textContent ?? "";
const yearRow = () => document.querySelector<HTMLElement>(`[data-field="${YEAR}"]`)!;

it("counts the figure as one to choose, not «chưa nhập», and settles it in two clicks", async () => {
  const { word, store } = await openPane();
  expect(store.getState().raw[YEAR] ?? "").toBe("");
  const owedBefore = summaryText();
  expect(owedBefore).toContain("1 số liệu văn bản ghi khác nhau giữa các chỗ: chọn số đúng ngay dưới ô của nó.");
  const choices = within(yearRow()).getByRole("group", { name: "Số văn bản ghi cho «Năm của số liệu biên chế»" });
  expect(within(choices).getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual(["2026 (chỗ 1)", "2025 (chỗ 2)"]);
  expect(within(yearRow()).getByText("Văn bản ghi 2 số khác nhau (2 chỗ)")).toBeTruthy();
  // The rest of the form is still owed: the count of figures to type went down by this one only.
  const owed = Number(/Còn (\d+) số liệu chưa nhập/.exec(owedBefore)![1]);
  expect(owed).toBe(REPORT.fields.filter((f) => !f.formula && f.optionalGroup === undefined).length - 2);

  act(() => within(choices).getByRole("button", { name: "2026 (chỗ 1)" }).click());
  await settle(store, (s) => s.raw[YEAR] === "2026" && s.busy === null);
  // Chosen in the pane only: the document is as it was.
  expect(word.controls.filter((c) => c.tag === YEAR).map((c) => c.text)).toEqual(["2026", "2025"]);
  expect(within(choices).getByRole("button", { name: "2026 (chỗ 1)" }).getAttribute("aria-pressed")).toBe("true");
  expect(within(yearRow()).getByText("Bấm «Cập nhật văn bản» để ghi 2026 vào cả 2 chỗ.")).toBeTruthy();
  expect(within(yearRow()).getByText("Văn bản đang ghi khác ở 1 trong 2 chỗ")).toBeTruthy();
  expect(summaryText()).not.toContain("ghi khác nhau giữa các chỗ");

  await act(() => store.getState().updateDocument());
  expect(word.controls.filter((c) => c.tag === YEAR).map((c) => c.text)).toEqual(["2026", "2026"]);
  expect(store.getState().conflicts).toEqual([]);
  expect(within(yearRow()).queryByRole("group")).toBeNull();
  expect(within(yearRow()).getByText("Trong văn bản: 2 chỗ")).toBeTruthy();
});

it("asks about a place typed over after the choice, as about any hand edit", async () => {
  const { word, store } = await openPane();
  act(() => store.getState().setFigure(YEAR, "2026"));
  word.controls.find((c) => c.tag === YEAR && c.text === "2025")!.text = "2024";
  await act(() => store.getState().updateDocument());
  expect(store.getState().conflicts.map((c) => [c.field, c.documentText])).toEqual([[YEAR, "2024"]]);
  expect(word.controls.filter((c) => c.tag === YEAR).map((c) => c.text)).toEqual(["2026", "2024"]);
});
