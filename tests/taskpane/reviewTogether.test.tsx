/** @jest-environment jsdom */
/**
 * Walk finding (walk51, 9; again walk52, 8): the clerk raised both the staff allotted and the staff in post; her
 * leader saw two unrelated cards, accepted one, rejected the other, and learned only afterwards that in post now
 * exceeded allotted. Each card now names the other before the decision, and what deciding them apart breaks.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached } from "../support/settle";

installWordGlobals();

const ALLOTTED = "bcdc:bienChe.congChucGiao";
const IN_POST = "bcdc:bienChe.congChucThucHien";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const control = (id: number, tag: string, text: string) => ({ id, tag, title: REPORT.byId.get(tag)!.label, text });
const staff = (): SimParagraph[] => [
  { runs: ["Biên chế công chức được giao ", control(1, ALLOTTED, "92"), ", đang thực hiện ", control(2, IN_POST, "87"), " người."] },
  { runs: ["Họp giao ban ", control(3, MEETINGS, "13"), " cuộc."] },
];

async function reviewing(figures: Record<string, string>) {
  const user = userEvent.setup();
  const sim = createWordSimulation(staff(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  store.getState().setAuthor("Trần Thị Mai");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  for (const [field, value] of Object.entries(figures)) store.getState().setFigure(field, value);
  await store.getState().updateDocument();
  await renderPane(store);
  await openView(user, "Duyệt thay đổi");
  await domReached(() => screen.queryAllByRole("group", { name: /^Nhóm «/u }).length === Object.keys(figures).length);
  return (field: string) => screen.getByRole("group", { name: `Nhóm «${REPORT.byId.get(field)!.label}»` }).textContent ?? "";
}

it("names, on each of two cards that only agree together, the other and what deciding them apart breaks", async () => {
  const card = await reviewing({ [ALLOTTED]: "96", [IN_POST]: "95", [MEETINGS]: "14" });
  expect(card(IN_POST)).toContain(
    "Quyết định cùng với «Biên chế công chức được giao»: chấp nhận thay đổi này mà từ chối thay đổi kia thì báo cáo sai — Công chức đang thực hiện (95) không được lớn hơn Biên chế công chức được giao (92).",
  );
  // Said the one way it breaks (walk52b, 3): rejecting the new allotted figure while keeping the new one in post.
  expect(card(ALLOTTED)).toContain("Quyết định cùng với «Công chức đang thực hiện»: từ chối thay đổi này mà chấp nhận thay đổi kia thì báo cáo sai");
  expect(card(ALLOTTED)).not.toContain("chấp nhận thay đổi này mà từ chối");
  expect(card(MEETINGS)).not.toContain("Quyết định cùng với");
});

it("says nothing when each change can be decided on its own", async () => {
  const card = await reviewing({ [ALLOTTED]: "96", [IN_POST]: "90" });
  expect(card(IN_POST)).not.toContain("Quyết định cùng với");
  expect(card(ALLOTTED)).not.toContain("Quyết định cùng với");
});
