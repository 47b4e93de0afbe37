/**
 * The pane as a clerk opens it: the whole App over a store, rendered and waited for until the store is ready and idle.
 * The component tests that build their own store (a fake gateway, a fixed clock) share this last step.
 */
import { render } from "@testing-library/react";
import type { StoreApi } from "zustand";
import { App } from "../../src/taskpane/App";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";
import type { AppStore } from "../../src/taskpane/store/types";
import { settle } from "./settle";

export async function renderPane(store: StoreApi<AppStore>): Promise<void> {
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await settle(store, (s) => s.ready && s.busy === null);
}
