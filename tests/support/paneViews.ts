/** Opening a view of the pane in jsdom: a tab in the row, or an entry of the «Thêm» menu (TabBar). */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

export async function openView(user: UserEvent, name: string): Promise<void> {
  const tab = screen.queryByRole("tab", { name });
  if (tab) {
    await user.click(tab);
    return;
  }
  await user.click(screen.getByRole("button", { name: /▾$/ }));
  await user.click(screen.getByRole("menuitem", { name }));
}
