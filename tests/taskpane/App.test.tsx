/** @jest-environment jsdom */
import { REPORT } from "../support/forms";
import { screen, within } from "@testing-library/react";
import { settle } from "../support/settle";
import userEvent from "@testing-library/user-event";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

async function openPane() {
  const word = createFakeGateway([
    { tag: "bcdc:bienChe.congChucGiao", text: "55" },
    { tag: "bcdc:bienChe.congChucThucHien", text: "46" },
  ]);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z") , report: REPORT });
  await renderPane(store);
  return { word, store };
}

describe("task pane", () => {
  it("loads the document's figures into labelled inputs", async () => {
    await openPane();
    expect(screen.getByRole("textbox", { name: "Biên chế công chức được giao" })).toHaveProperty("value", "55");
    expect(screen.getByRole("heading", { name: "I. Đặc điểm, tình hình" })).toBeTruthy();
  });

  it("says what is wrong while typing, lists it in the summary and jumps to the field", async () => {
    const user = userEvent.setup();
    await openPane();
    const inPost = screen.getByRole("textbox", { name: "Công chức đang thực hiện" });
    await user.clear(inPost);
    await user.type(inPost, "56");
    const message = "Công chức đang thực hiện (56) không được lớn hơn Biên chế công chức được giao (55).";
    expect(screen.getAllByText(message)).toHaveLength(2); // under the field and in the summary
    await user.clear(inPost);
    await user.type(inPost, "4a");
    expect(within(inPost.closest(".field-row") as HTMLElement).getByText("«4a» không phải là số. Nhập số nguyên, ví dụ 9.780.")).toBeTruthy();
    const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
    expect(within(summary).getByText("1 lỗi")).toBeTruthy();
    await user.click(within(summary).getByRole("button", { name: "Đến ô «Công chức đang thực hiện»" }));
    expect(document.activeElement).toBe(inPost);
  });

  it("updates the document from the button and says how many places changed", async () => {
    const user = userEvent.setup();
    const { word, store } = await openPane();
    const allotted = screen.getByRole("textbox", { name: "Biên chế công chức được giao" });
    await user.clear(allotted);
    await user.type(allotted, "1200");
    await user.click(screen.getByRole("button", { name: "Cập nhật văn bản" }));
    // The first update asks for the name leaders will read in the history; nothing is written before it.
    const name = screen.getByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" });
    expect(word.controls[0]!.text).toBe("55");
    await user.type(name, "Lê Thị B");
    await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await settle(store, (s) => s.busy === null && s.notice !== null);
    expect(word.controls[0]!.text).toBe("1.200");
    expect(screen.getByText("Đã cập nhật 1 số liệu. Số đã ghi: «Biên chế công chức được giao» 55 → 1.200.")).toBeTruthy();
    // Asked once: the next update runs at once.
    await user.clear(allotted);
    await user.type(allotted, "1300");
    await user.click(screen.getByRole("button", { name: "Cập nhật văn bản" }));
    await settle(store, (s) => s.busy === null && s.history.length === 2);
    expect(word.controls[0]!.text).toBe("1.300");
    expect(screen.queryByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" })).toBeNull();
  });
});
