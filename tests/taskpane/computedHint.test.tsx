/** @jest-environment jsdom */
/**
 * Walk finding (pane56, 2): on the reference report, «Tỷ lệ đã giải quyết» (79,41 %, computed from the centre's
 * figures, one of them in the report's own sum error) read «Chưa ghi vào văn bản…» beside a «Trong văn bản: 1 chỗ»
 * badge. The document does show it: the hint now says so, and why the pane will not write it again; «Chưa ghi» is
 * said only where it is true (another number in the document, or none yet).
 */
import { act, within } from "@testing-library/react";
import { REPORT } from "../support/forms";
import { computedFromErrorHint } from "../../src/taskpane/components/computedHint";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

const CENTRE = { tiepNhan: "9.780", daGiaiQuyet: "7.766", tyLeDaGiaiQuyet: "79,41%", truocHan: "7.613", dungHan: "15", rutTraLai: "109", treHan: "130", dangGiaiQuyet: "960" };
const SHARE = "bcdc:hcc.tyLeDaGiaiQuyet";
const BOX = "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)";

describe("computedFromErrorHint", () => {
  it("says the document shows the share when it does, and «chưa ghi» only when it does not", () => {
    expect(computedFromErrorHint({ state: "shown", places: 1, matches: true, restyle: false }, [{ text: "79,41%" }], BOX)).toBe(
      `Văn bản đang ghi số này; nó tính từ số liệu đang có lỗi ở ô «${BOX}», nên chưa ghi lại cho đến khi sửa lỗi đó.`,
    );
    expect(computedFromErrorHint({ state: "shown", places: 1, matches: false, restyle: false }, [{ text: "79,41%" }], BOX)).toBe(
      `Chưa ghi vào văn bản: tính từ số liệu đang có lỗi ở ô «${BOX}»; văn bản vẫn ghi 79,41%.`,
    );
    expect(computedFromErrorHint({ state: "blank", places: 1 }, [{ text: "…" }], BOX)).toBe(`Chưa ghi vào văn bản: tính từ số liệu đang có lỗi ở ô «${BOX}».`);
  });
});

it("on the reference report, the share's hint and badge both say it is in the document", async () => {
  const word = createFakeGateway(Object.entries(CENTRE).map(([id, text]) => ({ tag: `bcdc:hcc.${id}`, text })));
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  const row = within(document.querySelector<HTMLElement>(`[data-field="${SHARE}"]`)!);
  expect(row.getByText("Trong văn bản: 1 chỗ")).toBeTruthy();
  expect(row.getByText(/^Văn bản đang ghi số này; nó tính từ số liệu đang có lỗi ở ô «Hồ sơ/)).toBeTruthy();
  expect(row.queryByText(/Chưa ghi vào văn bản/)).toBeNull();
});
