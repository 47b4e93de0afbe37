import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { DocumentPanel } from "./components/DocumentPanel";
import { PeriodPicker } from "./components/PeriodPicker";
import { ProblemSummary } from "./components/ProblemSummary";
import { SectionList } from "./components/SectionList";
import { useAppStore } from "./store/StoreContext";
import "./taskpane.css";

export function App() {
  const start = useAppStore((s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <main className="pane">
        <Title3 as="h1">Số liệu báo cáo công tác dân chủ</Title3>
        <PeriodPicker />
        <DocumentPanel />
        <ProblemSummary />
        <SectionList />
      </main>
    </FluentProvider>
  );
}
