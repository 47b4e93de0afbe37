/** @jest-environment jsdom */
import { REPORT, SAMPLE } from "../support/forms";
/** The "Văn bản cũ" tab on the plain reference report (real gateway, Word simulation): recognise, check, roll over. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { openView } from "../support/paneViews";
import { domReached, preloadPane, settle } from "../support/settle";
import { renderPane } from "../support/renderPane";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();
// The whole pane with 120 fields renders in jsdom: role queries over it take seconds on a loaded machine. The test
// waits for store states (settle), then queries what is rendered, so no query runs against a one-second deadline.
jest.setTimeout(60_000);

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
});

async function openImportTab() {
  const user = userEvent.setup();
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z") , report: REPORT });
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('section[aria-label="Văn bản cũ"]') !== null);
  screen.getByRole("button", { name: "Nhận diện số liệu" });
  return { user, sim, store };
}

describe("Văn bản cũ", () => {
  it("recognises the figures, lists bound, not found and ambiguous, and fills the form", async () => {
    const { user, sim, store } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
    await settle(store, (s) => s.recognition !== null && s.busy === null);
    const result = screen.getByRole("region", { name: "Kết quả nhận diện" });
    expect(within(result).getByText("Đã gắn: 73 · Không tìm thấy: 0 · Chưa rõ: 0")).toBeTruthy();
    const bound = within(result).getByLabelText("Số liệu đã gắn");
    expect(within(bound).getByText(/^Biên chế công chức được giao:/).textContent).toBe("Biên chế công chức được giao: 55 (2 chỗ) Bỏ gắn");
    expect(sim.controls().filter((c) => c.tag === "bcdc:hcc.tiepNhan").map((c) => c.text)).toEqual(["9.780"]);
    await openView(user, "Số liệu");
    expect(screen.getByRole("textbox", { name: "Biên chế công chức được giao" }).getAttribute("value")).toBe("55");
  });

  it("checks the text and lists a citation problem with its paragraph", async () => {
    const { user, store } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    await settle(store, (s) => s.textCheck !== null && s.busy === null);
    const result = screen.getByRole("region", { name: "Kết quả kiểm tra văn bản" });
    const item = within(result).getByText(/Khoảng năm «2026 - 20230» không hợp lệ/).closest("li") as HTMLElement;
    expect(within(item).getByText("Lỗi (Trích dẫn):")).toBeTruthy();
    expect(within(item).getByText(/^Đoạn 20: «/)).toBeTruthy();
  });

  it("gives each figure problem of the check a way to its box in the figures tab", async () => {
    // Walk finding: the problems came last under long lists, each naming its box with no way to reach it.
    const { user, store } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
    await settle(store, (s) => s.recognition !== null && s.busy === null);
    await user.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
    await settle(store, (s) => s.textCheck !== null && s.busy === null);
    const result = screen.getByRole("region", { name: "Kết quả kiểm tra văn bản" });
    // walk40: under the recognition's lists the check's warnings were 2,500 px below their notice; they come first.
    const recognised = screen.getByRole("region", { name: "Kết quả nhận diện" });
    expect(result.compareDocumentPosition(recognised) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const link = within(result).getAllByRole("button", { name: /^Đến ô «/ })[0]!;
    const label = /^Đến ô «(.*)»$/.exec(link.textContent ?? "")![1]!;
    await user.click(link);
    await domReached(() => screen.queryByRole("region", { name: "Kết quả kiểm tra văn bản" }) === null);
    await domReached(() => document.activeElement !== null && document.activeElement === screen.queryByRole("textbox", { name: label }));
    expect(screen.getByRole("tab", { name: "Số liệu", selected: true })).toBeTruthy();
  });

  it("rolls over to the next quarter and lists the figures to confirm, confirmed per figure or per section", async () => {
    const { user, store } = await openImportTab();
    await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
    await settle(store, (s) => s.recognition !== null && s.busy === null);
    await user.click(screen.getByRole("button", { name: "Chuyển sang quý sau" }));
    await user.click(screen.getByText("Huỷ"));
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    await user.click(screen.getByRole("button", { name: "Chuyển sang quý sau" }));
    await user.click(screen.getByText("Chuyển sang quý II năm 2026"));
    await settle(store, (s) => s.unconfirmed.length > 0 && s.busy === null);
    expect(screen.getByText(/^Đã chuyển sang quý II năm 2026\. 62 số liệu chưa cập nhật cho quý mới/)).toBeTruthy();
    await openView(user, "Số liệu");
    await domReached(() => document.querySelector('[aria-label="Số liệu chưa cập nhật cho quý mới"]') !== null);
    const summary = screen.getByLabelText("Số liệu chưa cập nhật cho quý mới");
    expect(within(summary).getByText("62 số liệu chưa cập nhật cho quý mới")).toBeTruthy();
    await user.click(screen.getByLabelText("Xác nhận «Biên chế công chức được giao» cho quý mới"));
    expect(within(summary).getByText("61 số liệu chưa cập nhật cho quý mới")).toBeTruthy();
    await user.click(within(summary).getByLabelText("Xác nhận cả mục I. Đặc điểm, tình hình"));
    expect(store.getState().unconfirmed.some((id) => id.startsWith("bcdc:bienChe."))).toBe(true); // III.1.a's staff figures stay
    expect(store.getState().unconfirmed).not.toContain("bcdc:trinhDo.tienSi");
  });
});
