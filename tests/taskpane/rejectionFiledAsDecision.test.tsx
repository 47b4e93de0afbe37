/** @jest-environment jsdom */
/**
 * Walk finding (walk50, 6): a leader accepted one of two changes that only agreed together and rejected the other.
 * The clerk's «Số liệu» tab then filed the broken rule under «Do số bạn nhập trong ngăn», though she had typed nothing
 * since. It is filed, and said under its box, as what the leader's rejection brought; once she types again, hers.
 */
import { act, screen, within } from "@testing-library/react";
import { fromDecisionNote } from "../../src/taskpane/components/fieldProblems";
import { originsOf } from "../../src/taskpane/store/problemOrigins";
import { renderPane } from "../support/renderPane";
import { GIAO, staffRaisedForReview, THUC_HIEN } from "../support/staffRaisedForReview";

async function rejectedOneOfTwo() {
  const store = await staffRaisedForReview();
  await store.getState().resolveReview([GIAO], false);
  return store;
}

const brokenRule = (store: Awaited<ReturnType<typeof rejectedOneOfTwo>>) =>
  store.getState().review.problems.filter((p) => p.severity === "error" && p.fields.includes(GIAO) && p.fields.includes(THUC_HIEN));

it("files the rule a rejection broke as the leader's decision, and as the clerk's once she types again", async () => {
  const store = await rejectedOneOfTwo();
  const broken = brokenRule(store);
  expect(broken).toHaveLength(1);
  expect(originsOf(store.getState(), broken)).toEqual(["decision"]);
  store.getState().setFigure(THUC_HIEN, "57");
  expect(originsOf(store.getState(), brokenRule(store))).toEqual(["typed"]);
});

it("lists it under the leader's heading in the summary, and says so under its box", async () => {
  const store = await rejectedOneOfTwo();
  await renderPane(store);
  const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
  const list = within(summary).getByRole("list", { name: /^Sau khi lãnh đạo từ chối thay đổi \(không do bạn nhập\) \(1\)$/u });
  expect(within(list).getAllByRole("listitem")[0]!.textContent).toContain("(58)");
  expect(within(summary).queryByRole("list", { name: /^Do số bạn nhập trong ngăn/u })).toBeNull();
  act(() => store.getState().focusField(broken(store)));
  const row = document.querySelector<HTMLElement>(`[data-field="${broken(store)}"]`)!;
  const said = within(row).getByRole("textbox", { description: /.+/ }).getAttribute("aria-describedby")!.split(" ")
    .map((ref) => document.getElementById(ref)?.textContent ?? "")
    .join(" ");
  expect(said).toContain(fromDecisionNote("error"));
});

/** The box the broken rule is said under (its first figure). */
const broken = (store: Awaited<ReturnType<typeof rejectedOneOfTwo>>) => brokenRule(store)[0]!.fields[0]!;

it("sends her to the figure the rejection kept, not the one the leader accepted (walk52, 8)", async () => {
  const store = await rejectedOneOfTwo();
  await renderPane(store);
  const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
  const label = store.getState().report.byId.get(GIAO)!.label;
  expect(within(summary).getByText(/^Sửa trước:/u).textContent).toBe(`Sửa trước: ô «${label}»`);
  const list = within(summary).getByRole("list", { name: /^Sau khi lãnh đạo từ chối thay đổi/u });
  expect(within(list).getAllByRole("button").map((b) => b.textContent)).toEqual([`Đến ô «${label}»`]);
});
