/** @jest-environment jsdom */
import { REPORT } from "../support/forms";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";
import { createFakeGateway } from "../support/fakeGateway";

function renderPane() {
  const word = createFakeGateway([
    { tag: "bcdc:bienChe.congChucGiao", text: "55" },
    { tag: "bcdc:bienChe.congChucThucHien", text: "46" },
  ]);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z") , report: REPORT });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { word, store };
}

describe("task pane", () => {
  it("loads the document's figures into labelled inputs", async () => {
    renderPane();
    expect(await screen.findByRole("textbox", { name: "Biên chế công chức được giao" })).toHaveProperty("value", "55");
    expect(screen.getByRole("heading", { name: "I. Đặc điểm, tình hình" })).toBeTruthy();
  });

  it("says what is wrong while typing, lists it in the summary and jumps to the field", async () => {
    const user = userEvent.setup();
    renderPane();
    const inPost = await screen.findByRole("textbox", { name: "Công chức đang thực hiện" });
    await user.clear(inPost);
    await user.type(inPost, "56");
    const message = "Công chức đang thực hiện (56) không được lớn hơn Biên chế công chức được giao (55).";
    expect(screen.getAllByText(message)).toHaveLength(2); // under the field and in the summary
    await user.clear(inPost);
    await user.type(inPost, "4a");
    expect(within(inPost.closest(".field-row") as HTMLElement).getByText("«4a» không phải là số.")).toBeTruthy();
    const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
    expect(within(summary).getByText("1 lỗi, 0 cảnh báo")).toBeTruthy();
    await user.click(within(summary).getByRole("button", { name: "Đến ô «Công chức đang thực hiện»" }));
    expect(document.activeElement).toBe(inPost);
  });

  it("updates the document from the button and says how many places changed", async () => {
    const user = userEvent.setup();
    const { word } = renderPane();
    const allotted = await screen.findByRole("textbox", { name: "Biên chế công chức được giao" });
    await user.clear(allotted);
    await user.type(allotted, "1200");
    await user.click(screen.getByRole("button", { name: "Cập nhật văn bản" }));
    await waitFor(() => expect(word.controls[0]!.text).toBe("1.200"));
    expect(await screen.findByText("Đã cập nhật 1 ô số liệu.")).toBeTruthy();
  });
});
