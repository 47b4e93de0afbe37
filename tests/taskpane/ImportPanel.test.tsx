/** @jest-environment jsdom */
import { REPORT, SAMPLE } from "../support/forms";
/** The "Văn bản cũ" tab on the plain reference report (real gateway, Word simulation): recognise, check, roll over. */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { App } from "../../src/taskpane/App";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";

installWordGlobals();
// The whole pane with 120 fields renders in jsdom: role queries over it take seconds on this shared machine.
jest.setTimeout(30_000);

async function openImportTab() {
  const user = userEvent.setup();
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z") , report: REPORT });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await waitFor(() => expect(store.getState().ready).toBe(true));
  await user.click(screen.getByRole("tab", { name: "Văn bản cũ" }));
  await screen.findByRole("button", { name: "Nhận diện số liệu" });
  return { user, sim, store };
}

describe("Văn bản cũ", () => {
  it("recognises the figures, lists bound, not found and ambiguous, and fills the form", async () => {
    const { user, sim } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
    const result = await screen.findByRole("region", { name: "Kết quả nhận diện" });
    expect(within(result).getByText("Đã gắn: 73 · Không tìm thấy: 0 · Chưa rõ: 0")).toBeTruthy();
    const bound = within(result).getByLabelText("Số liệu đã gắn");
    expect(within(bound).getByText(/^Biên chế công chức được giao:/).textContent).toBe("Biên chế công chức được giao: 55 (2 chỗ)");
    expect(sim.controls().filter((c) => c.tag === "bcdc:hcc.tiepNhan").map((c) => c.text)).toEqual(["9.780"]);
    await user.click(screen.getByRole("tab", { name: "Số liệu" }));
    expect((await screen.findByRole("textbox", { name: "Biên chế công chức được giao" })).getAttribute("value")).toBe("55");
  });

  it("checks the text and lists a citation problem with its paragraph", async () => {
    const { user } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    const result = await screen.findByRole("region", { name: "Kết quả kiểm tra văn bản" });
    const item = within(result).getByText(/Khoảng năm «2026 - 20230» không hợp lệ/).closest("li") as HTMLElement;
    expect(within(item).getByText("Lỗi (Trích dẫn):")).toBeTruthy();
    expect(within(item).getByText(/^Đoạn 20: «/)).toBeTruthy();
  });

  it("rolls over to the next quarter and lists the figures to confirm, confirmed per figure or per section", async () => {
    const { user, store } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
    await screen.findByRole("region", { name: "Kết quả nhận diện" });
    await user.click(screen.getByRole("button", { name: "Chuyển sang quý sau" }));
    await user.click(screen.getByText("Huỷ"));
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    await user.click(screen.getByRole("button", { name: "Chuyển sang quý sau" }));
    await user.click(screen.getByText("Chuyển sang quý II năm 2026"));
    expect(await screen.findByText(/^Đã chuyển sang quý II năm 2026\. 62 số liệu chưa cập nhật cho quý mới/)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Số liệu" }));
    const summary = await screen.findByLabelText("Số liệu chưa cập nhật cho quý mới");
    expect(within(summary).getByText("62 số liệu chưa cập nhật cho quý mới")).toBeTruthy();
    await user.click(screen.getByLabelText("Xác nhận «Biên chế công chức được giao» cho quý mới"));
    expect(within(summary).getByText("61 số liệu chưa cập nhật cho quý mới")).toBeTruthy();
    await user.click(within(summary).getByLabelText("Xác nhận cả mục I. Đặc điểm, tình hình"));
    expect(store.getState().unconfirmed.some((id) => id.startsWith("bcdc:bienChe."))).toBe(true); // III.1.a's staff figures stay
    expect(store.getState().unconfirmed).not.toContain("bcdc:trinhDo.tienSi");
  });
});
