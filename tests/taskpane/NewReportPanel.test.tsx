/** @jest-environment jsdom */
import { REPORT } from "../support/forms";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, paragraphDisplayText, type SimParagraph } from "../../src/preview/wordSim";
import { App } from "../../src/taskpane/App";
import { createAppStore, memoryPreferences } from "../../src/taskpane/store/createAppStore";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

async function openPanel(paragraphs: SimParagraph[] = []) {
  const user = userEvent.setup();
  const sim = createWordSimulation(paragraphs);
  const prefs = memoryPreferences();
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z"), prefs , report: REPORT });
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await waitFor(() => expect(store.getState().ready).toBe(true));
  await user.click(screen.getByRole("tab", { name: "Báo cáo mới" }));
  const region = await screen.findByRole("region", { name: "Tạo báo cáo mới" });
  const text = () => sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs));
  return { user, sim, store, prefs, region, panel: within(region), text };
}

describe("the «Báo cáo mới» panel", () => {
  it("is prefilled with the reference office and inserts the report for the chosen quarter", async () => {
    const { user, sim, panel, text } = await openPanel();
    expect(panel.getByRole("textbox", { name: "Tên cơ quan ban hành" })).toHaveProperty("value", "VĂN PHÒNG");
    expect(panel.getByRole("textbox", { name: "Ký hiệu văn bản" })).toHaveProperty("value", "BC-VPUB");
    expect((panel.getByRole("textbox", { name: /Nơi nhận/ }) as HTMLTextAreaElement).value.split("\n")).toHaveLength(4);
    await user.selectOptions(panel.getByRole("combobox", { name: "Quý" }), "2");
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(await panel.findByText(/^Đã tạo báo cáo quý II năm 2026/)).toBeTruthy();
    expect(text()).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHÁNH VĂN PHÒNG", "Trần Bình Minh"]));
    const quarters = sim.controls().filter((c) => c.tag === "bcdc:ky.quy").map((c) => c.text);
    expect(quarters.length).toBeGreaterThan(1);
    expect(new Set(quarters)).toEqual(new Set(["II"]));
  });

  it("says what is missing under the field and keeps the button off until it is fixed; the settings are remembered", async () => {
    const { user, panel, prefs, text } = await openPanel();
    const office = panel.getByRole("textbox", { name: "Tên cơ quan ban hành" });
    await user.clear(office);
    expect(panel.getByText("Tên cơ quan ban hành không được để trống.")).toBeTruthy();
    expect(panel.getByRole("button", { name: "Tạo báo cáo mới" })).toHaveProperty("disabled", true);
    await user.clear(panel.getByRole("textbox", { name: /Nơi nhận/ }));
    expect(panel.getByText("Nơi nhận phải có ít nhất một mục.")).toBeTruthy();
    await user.type(office, "SỞ NỘI VỤ");
    await user.type(panel.getByRole("textbox", { name: /Nơi nhận/ }), "UBND tỉnh (b/c){Enter}Lưu: VT");
    expect(panel.queryByText("Tên cơ quan ban hành không được để trống.")).toBeNull();
    expect(JSON.parse(prefs.get("officeSettings")!)).toMatchObject({ officeName: "SỞ NỘI VỤ", recipients: ["UBND tỉnh (b/c)", "Lưu: VT"] });
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    await panel.findByText(/^Đã tạo báo cáo/);
    expect(text()).toEqual(expect.arrayContaining(["SỞ NỘI VỤ", "- UBND tỉnh (b/c);", "- Lưu: VT."]));
  });

  it("has no axe violations, error messages shown included", async () => {
    const { user, region, panel } = await openPanel();
    await user.clear(panel.getByRole("textbox", { name: "Họ tên người ký" }));
    const results = await axe.run(region, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it("asks before replacing a document that is not empty", async () => {
    const { user, panel, text } = await openPanel(smallDocument());
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(await panel.findByText(/^Văn bản đã có 2 ô số liệu của báo cáo\./)).toBeTruthy();
    expect(text()).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await user.click(panel.getByRole("button", { name: "Thay thế toàn bộ nội dung" }));
    await panel.findByText(/^Đã tạo báo cáo/);
    expect(text()).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});
