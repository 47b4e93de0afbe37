import { FluentProvider, Spinner, Tab, TabList, Title3, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { DocumentPanel } from "./components/DocumentPanel";
import { FormTitle } from "./components/FormTitle";
import { PeriodPicker } from "./components/PeriodPicker";
import { ProblemSummary } from "./components/ProblemSummary";
import { SectionList } from "./components/SectionList";
import { SettingsBar } from "./components/SettingsBar";
import { useAppStore } from "./store/StoreContext";
import "./taskpane.css";

// Leaders open these rarely: they load on first use, keeping the first-load bundle small.
const ReviewPanel = lazy(() => import("./components/ReviewPanel"));
const HistoryPanel = lazy(() => import("./components/HistoryPanel"));
// Used once a quarter: the panel, and the report writer it calls, load on first use.
const NewReportPanel = lazy(() => import("./components/NewReportPanel"));


// Only after a roll-over to the next quarter: loaded then.
const UnconfirmedSummary = lazy(() => import("./components/UnconfirmedSummary"));

// Used once per document (typed reports brought in, the quarter rolled over): loaded with its tab.
const ImportPanel = lazy(() => import("./components/ImportPanel"));

// Making or changing the report form: rare, so the panel and the schema checker it needs load on first use.
const FormDesignPanel = lazy(() => import(/* webpackChunkName: "form-design" */ "./components/design/FormDesignPanel"));

type View = "figures" | "import" | "review" | "history" | "newReport" | "design";

export function App() {
  const start = useAppStore((s) => s.start);
  const [view, setView] = useState<View>("figures");
  const hasUnconfirmed = useAppStore((s) => s.unconfirmed.length > 0);
  useEffect(() => {
    void start();
  }, [start]);
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <main className="pane">
        <Title3 as="h1">Số liệu báo cáo</Title3>
        <FormTitle />
        <TabList className="tabs" selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
          <Tab value="figures">Số liệu</Tab>
          <Tab value="import">Văn bản cũ</Tab>
          <Tab value="review">Duyệt thay đổi</Tab>
          <Tab value="history">Lịch sử thay đổi</Tab>
          <Tab value="newReport">Báo cáo mới</Tab>
          <Tab value="design">Thiết kế mẫu</Tab>
        </TabList>
        {view === "figures" && (
          <>
            <PeriodPicker />
            <SettingsBar />
            <DocumentPanel />
            <ProblemSummary />
            {hasUnconfirmed && (
              <Suspense fallback={null}>
                <UnconfirmedSummary />
              </Suspense>
            )}
            <SectionList />
          </>
        )}
        <Suspense fallback={<Spinner size="small" label="Đang mở…" />}>
          {view === "import" && <ImportPanel />}
          {view === "review" && <ReviewPanel />}
          {view === "history" && <HistoryPanel />}
          {view === "newReport" && <NewReportPanel />}
          {view === "design" && <FormDesignPanel onStartNewReport={() => setView("newReport")} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
