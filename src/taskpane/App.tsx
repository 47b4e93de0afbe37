import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazy, startTransition, Suspense, useEffect, useRef, useState } from "react";
import { Busy } from "./components/Busy";
import { DocumentPanel } from "./components/DocumentPanel";
import { FormTitle } from "./components/FormTitle";
import type { PaneTab } from "./components/PaneTabs";
import { PeriodPicker } from "./components/PeriodPicker";
import { NoControlsHint } from "./components/NoControlsHint";
import { PendingReviewHint } from "./components/PendingReviewHint";
import { ProblemSummary } from "./components/ProblemSummary";
import { SectionList } from "./components/SectionList";
import { SettingsBar } from "./components/SettingsBar";
import { InsertBar } from "./components/InsertBar";
import { TabBar } from "./components/TabBar";
import { HistoryView } from "./lazyViews";
import { preloadable, whenIdle } from "./preload";
import { useAppStore } from "./store/StoreContext";
import { useTrackingWatch } from "./trackingWatch";
import "./taskpane.css";

// Leaders open these rarely: they load on first use, keeping the first-load bundle small (the history: lazyViews.ts).
const ReviewPanel = lazy(() => import("./components/ReviewPanel"));
// Used once a quarter: the panel, and the report writer it calls, load on first use.
const NewReportPanel = lazy(() => import("./components/NewReportPanel"));


// Only after a roll-over to the next quarter: loaded then.
const UnconfirmedSummary = lazy(() => import("./components/UnconfirmedSummary"));

// Only in a pane reopened on figures recognition left unclear (fix43U): loaded then.
const UnclearLeftHint = lazy(() => import("./components/UnclearLeftHint"));

// Used once per document (typed reports brought in, the quarter rolled over): loaded with its tab.
const ImportPanel = lazy(() => import("./components/ImportPanel"));
// For the administrator who deploys the add-in: loaded on first use.
const SelfCheckPanel = lazy(() => import("./components/SelfCheckPanel"));

// Leaders comparing periods: the table, chart and exports load on first use, fetched ahead once the pane is idle so
// that the first click shows the table at once (docs/comparison.md, «Loading»).
const ComparePanel = preloadable(() => import(/* webpackChunkName: "compare" */ "./components/compare/ComparePanel"));

// Making or changing the report form: rare, so the panel and the schema checker it needs load on first use.
const FormDesignPanel = lazy(() => import(/* webpackChunkName: "form-design" */ "./components/design/FormDesignPanel"));

const preloadCompare = () =>
  void ComparePanel.preload().catch((error: unknown) => console.warn("«So sánh» not fetched ahead: it loads on its first use", error));
// The history is in the store from the start: its panel fetched ahead too, so «Lịch sử» opens at once, never «Đang mở…».
const preloadHistory = () =>
  void HistoryView.preload().catch((error: unknown) => console.warn("«Lịch sử» not fetched ahead: it loads on its first use", error));
const preloadViews = () => {
  preloadHistory();
  preloadCompare();
};

type View = "figures" | "import" | "review" | "history" | "newReport" | "compare" | "selfCheck" | "design";

// The daily views first; once-a-quarter ones go behind «Thêm» so the row fits 350 px. A new view adds an entry.
const TABS: readonly PaneTab<View>[] = [
  { value: "figures", label: "Số liệu" },
  { value: "review", label: "Duyệt thay đổi", short: "Duyệt" },
  { value: "history", label: "Lịch sử thay đổi", short: "Lịch sử" },
  { value: "import", label: "Văn bản cũ" },
  { value: "compare", label: "So sánh" },
  { value: "newReport", label: "Báo cáo mới" },
  { value: "selfCheck", label: "Tự kiểm tra" },
  { value: "design", label: "Thiết kế mẫu" },
];

export function App() {
  const start = useAppStore((s) => s.start);
  // The entries start the read before the first render (mountPane); a pane rendered without it reads here.
  const unstarted = useAppStore((s) => !s.ready && s.busy === null && s.notice === null);
  const [view, setView] = useState<View>("figures");
  const hasUnconfirmed = useAppStore((s) => s.unconfirmed.length > 0);
  const hasUnclearLeft = useAppStore((s) => s.ready && s.recognition === null && s.unclear.length > 0);
  const ready = useAppStore((s) => s.ready);
  // After the document is read and shown: the start is never slowed, the comparison is there before it is asked for.
  useEffect(() => (ready ? whenIdle(preloadViews) : undefined), [ready]);
  // Clicked before it was fetched: the pane stays as it is until the tab can show its table, instead of a «Đang mở…»
  // that React would then hold on screen for its Suspense throttle (preload.tsx).
  const select = (next: View) => (next === "compare" ? startTransition(() => setView(next)) : setView(next));
  // «Đến ô …» from another tab («Văn bản cũ»'s check) shows the figure where it is typed, in the figures tab.
  const focusSeq = useAppStore((s) => s.focus?.seq ?? 0);
  const [seenFocus, setSeenFocus] = useState(focusSeq);
  if (seenFocus !== focusSeq) {
    setSeenFocus(focusSeq);
    if (view !== "figures") setView("figures");
  }
  useEffect(() => {
    if (unstarted) void start();
  }, [unstarted, start]);
  // Track Changes switched in Word's own ribbon: read again when the clerk comes back to the pane.
  const paneRef = useRef<HTMLElement>(null);
  useTrackingWatch(paneRef);
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <main className="pane" ref={paneRef}>
        <h1 className="pane-title">Số liệu báo cáo</h1>
        <FormTitle />
        <TabBar<View> tabs={TABS} shown={3} value={view} onSelect={select} />
        {view === "figures" && (
          <>
            <PendingReviewHint onOpen={setView} />
            <PeriodPicker />
            <SettingsBar />
            <DocumentPanel />
            <ProblemSummary />
            <NoControlsHint onOpen={setView} />
            {hasUnclearLeft && (
              <Suspense fallback={null}>
                <UnclearLeftHint onOpen={setView} />
              </Suspense>
            )}
            {hasUnconfirmed && (
              <Suspense fallback={null}>
                <UnconfirmedSummary />
              </Suspense>
            )}
            <SectionList />
            <InsertBar />
          </>
        )}
        {/* «Đang mở…» only when a view is slow to come (the busy-late style shows it after a pause): a view loaded
            in a blink flashed it for React's Suspense throttle. */}
        <Suspense fallback={<Busy label="Đang mở…" late />}>
          {view === "import" && <ImportPanel />}
          {view === "review" && <ReviewPanel />}
          {view === "history" && <HistoryView.View />}
          {view === "newReport" && <NewReportPanel />}
          {view === "design" && <FormDesignPanel onStartNewReport={() => setView("newReport")} />}
          {view === "selfCheck" && <SelfCheckPanel />}
          {view === "compare" && <ComparePanel.View />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
