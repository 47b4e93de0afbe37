/**
 * Views loaded on first use and fetched ahead once the pane is idle (App.tsx), named here so that a test can have one
 * ready before it is opened, as the idle fetch has it in the pane.
 */
import { preloadable } from "./preload";

/** «Lịch sử thay đổi»: its rows are in the store from the start; only the panel's code is fetched. */
export const HistoryView = preloadable(() => import(/* webpackChunkName: "history" */ "./components/HistoryPanel"));
