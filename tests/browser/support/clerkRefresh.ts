/**
 * The clerk's part before a leader's walk: Track Changes switched on in the pane, figures of one section typed,
 * «Cập nhật văn bản» pressed, and the update's notice waited for (walkLeaderAndDesign, walkNewLeader).
 */
import type { Page } from "playwright-core";
import { fieldInput, openSection, paneOf } from "./pane";

/** `figures`: field id → what the clerk types, in that order. */
export async function clerkRefreshesTracked(page: Page, section: string, figures: Readonly<Record<string, string>>): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("switch", { name: /Track Changes/ }).check();
  await openSection(page, section);
  for (const [id, typed] of Object.entries(figures)) await fieldInput(page, id).fill(typed);
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  await pane.getByText(new RegExp(`^Đã cập nhật ${Object.keys(figures).length} số liệu`)).waitFor();
}
