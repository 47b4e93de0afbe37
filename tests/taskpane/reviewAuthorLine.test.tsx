/** @jest-environment jsdom */
/**
 * Walk finding: on a computer the clerk and a leader share, the leader's accept went into the history under the
 * clerk's name, and the «Duyệt» tab never said whose name it would record. It now says so, and the leader can change it
 * there before deciding.
 */
import { REPORT } from "../support/forms";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { domReached, settle } from "../support/settle";
import { renderPane } from "../support/renderPane";
import { openView } from "../support/paneViews";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";

it("names the leader who decides, and records the name the leader gave", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên" });
  let clock = Date.parse("2026-03-20T08:00:00Z");
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor("Nguyễn Văn Chuyên");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure(GIAO, "56");
  await store.getState().updateDocument();
  await renderPane(store);

  await openView(user, "Duyệt thay đổi");
  await domReached(() => screen.queryByText("Người duyệt: Nguyễn Văn Chuyên") !== null);
  await user.click(screen.getByRole("button", { name: "Đổi tên người duyệt" }));
  const name = screen.getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" });
  await user.type(name, "Trần Thị Lãnh Đạo");
  await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
  expect(screen.getByText("Người duyệt: Trần Thị Lãnh Đạo")).toBeTruthy();

  await user.click(await screen.findByRole("button", { name: "Chấp nhận «Biên chế công chức được giao»" }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).length === 0);
  const stored = storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  expect(stored.history.map((h) => `${h.field} ${h.decision ?? "written"} ${h.by}`)).toEqual([
    `${GIAO} written Nguyễn Văn Chuyên`,
    `${GIAO} accepted Trần Thị Lãnh Đạo`,
  ]);

  // Walk finding (walk41): the leader's name replaced the clerk's, and her next update was logged under his.
  await openView(user, "Số liệu");
  await domReached(() => screen.queryByText("Người cập nhật: Nguyễn Văn Chuyên") !== null);
  store.getState().setFigure(GIAO, "57");
  await store.getState().updateDocument();
  const after = storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  expect(after.history).toContainEqual(expect.objectContaining({ field: GIAO, to: "57", by: "Nguyễn Văn Chuyên" }));
  expect(store.getState().history.map((h) => `${h.to} ${h.decision ?? "written"} ${h.by}`)).toEqual([
    "56 written Nguyễn Văn Chuyên",
    "56 accepted Trần Thị Lãnh Đạo",
    "57 written Nguyễn Văn Chuyên",
  ]);
});
