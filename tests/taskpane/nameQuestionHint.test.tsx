/** @jest-environment jsdom */
/**
 * Walk finding (pane34, 4): the name question said «Chỉ hỏi một lần trên máy này» also when the clerk chose «Đổi tên»
 * to change the name on purpose — there the pane is not asking, and the sentence was wrong. It is said at the first
 * ask only (the first update without a name), in both the clerk's and the leader's wording.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { domReached } from "../support/settle";
import { renderPane } from "../support/renderPane";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const ONCE = /Chỉ hỏi một lần/;

async function pane(author: string) {
  const sim = createWordSimulation(smallDocument());
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  if (author) store.getState().setAuthor(author);
  await store.getState().start();
  await renderPane(store);
  return store;
}

const hintOf = (label: string) => {
  const box = screen.getByRole("textbox", { name: label });
  const described = (box.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return described.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
};

it("says «Chỉ hỏi một lần» when it asks the name for the first time", async () => {
  const user = userEvent.setup();
  await pane("");
  await user.click(screen.getByRole("button", { name: "Cập nhật văn bản" }));
  expect(hintOf("Người cập nhật (ghi vào lịch sử)")).toMatch(ONCE);
});

it("does not say it when the clerk renames on purpose with «Đổi tên», nor when a leader does", async () => {
  const user = userEvent.setup();
  await pane("Nguyễn Văn Chuyên");
  await user.click(screen.getByRole("button", { name: "Đổi tên" }));
  const hint = hintOf("Người cập nhật (ghi vào lịch sử)");
  expect(hint).toMatch(/Lãnh đạo đọc tên này trong lịch sử thay đổi/);
  expect(hint).not.toMatch(ONCE);

  await user.click(screen.getByRole("button", { name: "Huỷ" }));
  await openView(user, "Duyệt thay đổi");
  await domReached(() => screen.queryByRole("button", { name: "Đổi tên người duyệt" }) !== null);
  await user.click(screen.getByRole("button", { name: "Đổi tên người duyệt" }));
  const leader = hintOf("Người duyệt (ghi vào lịch sử)");
  expect(leader).toMatch(/Lịch sử ghi tên này/);
  expect(leader).not.toMatch(ONCE);
});
