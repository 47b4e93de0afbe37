/** @jest-environment jsdom */
import { REPORT } from "../support/forms";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

// Walk finding (stop 41): the first screen said «1 lỗi, 1 cảnh báo» and listed the warning first; a new clerk asked
// where to begin. The summary now names the error to fix first and lists errors before warnings.
const RESOLVED = "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)";

async function openPane() {
  const word = createFakeGateway([
    // The resolved dossiers' parts miss it by exactly the late ones: a warning, from the form's first centre rule…
    { tag: "bcdc:hcc.daGiaiQuyet", text: "80" },
    { tag: "bcdc:hcc.truocHan", text: "30" },
    { tag: "bcdc:hcc.dungHan", text: "20" },
    { tag: "bcdc:hcc.rutTraLai", text: "10" },
    { tag: "bcdc:hcc.treHan", text: "20" },
    // …and more resolved than received: an error, from a rule after it.
    { tag: "bcdc:hcc.tiepNhan", text: "70" },
  ]);
  await renderPane(createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT }));
}

const summary = () => screen.getByRole("region", { name: "Tóm tắt các vấn đề" });

describe("the problem summary says what to fix first", () => {
  it("names the first error above the list, lists it before the warning, and jumps to its box", async () => {
    const user = userEvent.setup();
    await openPane();
    expect(within(summary()).getByText("1 lỗi, 1 cảnh báo")).toBeTruthy();
    const first = within(summary()).getByRole("button", { name: `ô «${RESOLVED}»` });
    expect(first.closest("p")?.textContent).toBe(`Sửa trước: ô «${RESOLVED}»`);
    const items = within(summary()).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("strong")?.textContent)).toEqual(["Lỗi:", "Cảnh báo:"]);
    expect(items[0]!.textContent).toContain("một phần không thể lớn hơn tổng");
    await user.click(first);
    const box = document.activeElement as HTMLInputElement;
    expect(box.value).toBe("80");
    expect(box.closest(".field-row")?.textContent).toContain("Hồ sơ đã giải quyết");
  });

  it("names nothing to fix first once only warnings are left", async () => {
    const user = userEvent.setup();
    await openPane();
    await user.click(within(summary()).getByRole("button", { name: `ô «${RESOLVED}»` }));
    const received = screen.getAllByRole("textbox").find((box) => (box as HTMLInputElement).value === "70")!;
    await user.clear(received);
    await user.type(received, "100");
    expect(within(summary()).getByText("1 cảnh báo")).toBeTruthy();
    expect(within(summary()).queryByText(/^Sửa trước/)).toBeNull();
  });
});
