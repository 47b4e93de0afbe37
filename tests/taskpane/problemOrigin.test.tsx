/** @jest-environment jsdom */
/**
 * Walk finding (pane46, 2): a clerk typed one wrong figure into the reference report and read it in one list with the
 * report's own arithmetic errors, all «Lỗi:», as if all were hers. The summary now lists her typing apart from what
 * the report's text already says (figures read from the document, never typed or written by her), each list named in
 * her words; a figure she writes with the pane is hers from then on.
 */
import { REPORT } from "../support/forms";
import { act, screen, within } from "@testing-library/react";
import { fromDocumentNote } from "../../src/taskpane/components/fieldProblems";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

const CENTRE = { tiepNhan: "9.780", daGiaiQuyet: "7.766", truocHan: "7.613", dungHan: "15", rutTraLai: "109", treHan: "130", dangGiaiQuyet: "960" };
const DESK = { tiepNhan: "81", daGiaiQuyet: "77", traSom: "06", dungHan: "71", dangGiaiQuyet: "04" };

async function openReferencePane() {
  const word = createFakeGateway([
    ...Object.entries(CENTRE).map(([id, text]) => ({ tag: `bcdc:hcc.${id}`, text })),
    ...Object.entries(DESK).map(([id, text]) => ({ tag: `bcdc:motCuaVp.${id}`, text })),
  ]);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  return store;
}

const listItems = (name: RegExp) => {
  const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
  const list = within(summary).queryByRole("list", { name });
  return list ? within(list).getAllByRole("listitem").map((li) => li.textContent ?? "") : [];
};
const TYPED = /^Do số bạn nhập trong ngăn \(\d+\)$/;
const DOCUMENT = /^Có sẵn trong văn bản \(số đọc từ báo cáo, không do bạn nhập\) \(\d+\)$/;

it("lists the clerk's typing errors apart from the errors already in the report's text", async () => {
  const store = await openReferencePane();
  // As read: the centre's two sums do not hold in the report itself; the desk's figures add up.
  expect(listItems(TYPED)).toEqual([]);
  const own = listItems(DOCUMENT);
  expect(own).toHaveLength(2);
  expect(own.join("\n")).toContain("= 7.737");
  expect(own.join("\n")).toContain("= 8.856");

  // She mistypes the desk's received count, and its resolved count so that its parts no longer add up.
  act(() => {
    store.getState().setFigure("bcdc:motCuaVp.tiepNhan", "8l");
    store.getState().setFigure("bcdc:motCuaVp.daGiaiQuyet", "90");
  });
  const typed = listItems(TYPED);
  expect(typed).toHaveLength(2);
  expect(typed[0]).toMatch(/^Lỗi: «8l» không phải là số\./);
  expect(typed[1]).toMatch(/^Lỗi: Hồ sơ đã giải quyết, trả kết quả .* là 90, nhưng/);
  // The report's own errors stay the report's: nothing she typed is among them.
  expect(listItems(DOCUMENT)).toEqual(own);
  expect(screen.getByText(TYPED).textContent).toBe("Do số bạn nhập trong ngăn (2)");
  expect(screen.getByText(DOCUMENT).textContent).toBe("Có sẵn trong văn bản (số đọc từ báo cáo, không do bạn nhập) (2)");
});

it("counts a figure of the report she retyped differently as hers", async () => {
  const store = await openReferencePane();
  act(() => store.getState().setFigure("bcdc:hcc.treHan", "131"));
  // 7.766 + 131 + 960 ≠ 9.780 now involves her 131: that sum is hers; the other is still the report's.
  expect(listItems(TYPED).join("\n")).toContain("= 8.857");
  expect(listItems(DOCUMENT).join("\n")).toContain("= 7.737");
  expect(listItems(DOCUMENT).join("\n")).not.toContain("8.85");
});

// Walk finding (pane52, 2): under the box, the report's own error read as the clerk's. The message under it now says,
// as the summary files it, when the figures were read from the document; her own typing gets nothing added.
const underBox = (id: string) => {
  const row = document.querySelector<HTMLElement>(`[data-field="${id}"]`)!;
  return within(row).getByRole("textbox", { description: /.+/ }).getAttribute("aria-describedby")!.split(" ")
    .map((ref) => document.getElementById(ref)?.textContent ?? "")
    .join(" ");
};

it("says under a box when its error is the report's own, and nothing more under the clerk's typing", async () => {
  const store = await openReferencePane();
  act(() => store.getState().focusField("bcdc:hcc.tiepNhan"));
  const note = fromDocumentNote("error");
  // The centre's figures as the report gives them: 7.766 + 130 + 960 ≠ 9.780, shown under «Hồ sơ tiếp nhận».
  expect(underBox("bcdc:hcc.tiepNhan")).toContain(`= 8.856 (chênh 924). ${note}`);
  expect(underBox("bcdc:hcc.daGiaiQuyet")).toContain(note);

  act(() => {
    store.getState().setFigure("bcdc:motCuaVp.tiepNhan", "8l");
    store.getState().focusField("bcdc:motCuaVp.tiepNhan");
  });
  expect(underBox("bcdc:motCuaVp.tiepNhan")).toMatch(/«8l» không phải là số\./);
  expect(underBox("bcdc:motCuaVp.tiepNhan")).not.toContain("có sẵn trong văn bản");

  // She retypes one of the centre's parts: that sum is hers now, and says nothing of the document.
  act(() => store.getState().setFigure("bcdc:hcc.treHan", "131"));
  expect(underBox("bcdc:hcc.tiepNhan")).toContain("= 8.857");
  expect(underBox("bcdc:hcc.tiepNhan")).not.toContain("có sẵn trong văn bản");
  expect(underBox("bcdc:hcc.daGiaiQuyet")).toContain(note);
});
