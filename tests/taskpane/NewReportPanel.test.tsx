/** @jest-environment jsdom */
import { REPORT } from "../support/forms";
import { screen, within } from "@testing-library/react";
import { domReached, settle } from "../support/settle";
import { renderPane } from "../support/renderPane";
import userEvent from "@testing-library/user-event";
import { openView } from "../support/paneViews";
import axe from "axe-core";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, paragraphDisplayText, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore, memoryPreferences } from "../../src/taskpane/store/createAppStore";
import { smallDocument } from "../support/simDocuments";
import { referenceOfficePrefs } from "../support/officePrefs";

installWordGlobals();

async function openPanel(paragraphs: SimParagraph[] = [], prefs = referenceOfficePrefs()) {
  const user = userEvent.setup();
  const sim = createWordSimulation(paragraphs);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z"), prefs , report: REPORT });
  await renderPane(store);
  await openView(user, "Báo cáo mới");
  await domReached(() => document.querySelector('section[aria-label="Tạo báo cáo mới"]') !== null);
  const region = screen.getByRole("region", { name: "Tạo báo cáo mới" });
  const text = () => sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs));
  /** The insertion has ended (with a notice or the question whether to replace the content). */
  const created = () => settle(store, (s) => s.busy === null && (s.notice !== null || s.replaceOffer !== null));
  return { user, sim, store, prefs, region, panel: within(region), text, created };
}

describe("the «Báo cáo mới» panel", () => {
  it("opens blank on a computer's first use, says why, and creates nothing until the office is filled in", async () => {
    const { user, panel, text } = await openPanel([], memoryPreferences());
    const office = panel.getByRole("textbox", { name: "Tên cơ quan ban hành" });
    expect(office).toHaveProperty("value", "");
    expect(panel.getByText(/^Lần đầu tạo báo cáo trên máy này/)).toBeTruthy();
    // Untouched blank boxes are not yet errors: no red on a first look.
    expect(panel.queryByText("Tên cơ quan ban hành không được để trống.")).toBeNull();
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(panel.getByText("Tên cơ quan ban hành không được để trống.")).toBeTruthy();
    expect(panel.getByText(/^Chưa tạo báo cáo: thông tin cơ quan còn 6 chỗ/)).toBeTruthy();
    expect(text()).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // The sample is the clerk's choice: one click fills the reference report's office.
    await user.click(panel.getByRole("button", { name: "Điền theo báo cáo mẫu" }));
    expect(office).toHaveProperty("value", "VĂN PHÒNG");
    expect(panel.queryByText(/^Lần đầu tạo báo cáo trên máy này/)).toBeNull();
    expect(panel.queryByText(/^Chưa tạo báo cáo/)).toBeNull();
  });

  it("is filled with the office saved on this computer and inserts the report for the chosen quarter", async () => {
    const { user, sim, panel, text, created } = await openPanel();
    expect(panel.getByRole("textbox", { name: "Tên cơ quan ban hành" })).toHaveProperty("value", "VĂN PHÒNG");
    expect(panel.getByRole("textbox", { name: "Ký hiệu văn bản" })).toHaveProperty("value", "BC-VPUB");
    expect((panel.getByRole("textbox", { name: /Nơi nhận/ }) as HTMLTextAreaElement).value.split("\n")).toHaveLength(4);
    await user.selectOptions(panel.getByRole("combobox", { name: "Quý" }), "2");
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    await created();
    expect(panel.getByText(/^Đã tạo báo cáo quý II năm 2026/)).toBeTruthy();
    expect(text()).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHÁNH VĂN PHÒNG", "Trần Bình Minh"]));
    const quarters = sim.controls().filter((c) => c.tag === "bcdc:ky.quy").map((c) => c.text);
    expect(quarters.length).toBeGreaterThan(1);
    expect(new Set(quarters)).toEqual(new Set(["II"]));
  });

  it("says what is missing under the field and creates nothing until it is fixed; the settings are remembered", async () => {
    const { user, panel, prefs, text, created } = await openPanel();
    const office = panel.getByRole("textbox", { name: "Tên cơ quan ban hành" });
    await user.clear(office);
    expect(panel.getByText("Tên cơ quan ban hành không được để trống.")).toBeTruthy();
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(text()).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await user.clear(panel.getByRole("textbox", { name: /Nơi nhận/ }));
    expect(panel.getByText("Nơi nhận phải có ít nhất một mục.")).toBeTruthy();
    await user.type(office, "SỞ NỘI VỤ");
    await user.type(panel.getByRole("textbox", { name: /Nơi nhận/ }), "UBND tỉnh (b/c){Enter}Lưu: VT");
    expect(panel.queryByText("Tên cơ quan ban hành không được để trống.")).toBeNull();
    expect(JSON.parse(prefs.get("officeSettings")!)).toMatchObject({ officeName: "SỞ NỘI VỤ", recipients: ["UBND tỉnh (b/c)", "Lưu: VT"] });
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    await created();
    expect(panel.getByText(/^Đã tạo báo cáo/)).toBeTruthy();
    expect(text()).toEqual(expect.arrayContaining(["SỞ NỘI VỤ", "- UBND tỉnh (b/c);", "- Lưu: VT."]));
  });

  it("has no axe violations, error messages shown included", async () => {
    const { user, region, panel } = await openPanel();
    await user.clear(panel.getByRole("textbox", { name: "Họ tên người ký" }));
    const results = await axe.run(region, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it("asks before replacing a document that is not empty", async () => {
    const { user, panel, text, store, created } = await openPanel(smallDocument());
    await user.click(panel.getByRole("button", { name: "Tạo báo cáo mới" }));
    await created();
    expect(panel.getByText(/^Văn bản đã có 2 ô số liệu của báo cáo\./)).toBeTruthy();
    expect(text()).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await user.click(panel.getByRole("button", { name: "Thay thế toàn bộ nội dung" }));
    await settle(store, (s) => s.busy === null && s.replaceOffer === null && s.notice !== null);
    expect(panel.getByText(/^Đã tạo báo cáo/)).toBeTruthy();
    expect(text()).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});
