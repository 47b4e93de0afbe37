import { Button, Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { periodName, samePeriod } from "../../domain/periodKinds";
import { fieldName } from "../../domain/fieldName";
import { historyToCsv, historyView } from "../../domain/historyCsv";
import { historyChange } from "../../domain/historyRows";
import { useAppStore } from "../store/StoreContext";
import { download } from "../download";

// Four-digit years: "01/12/26" reads as a day in 2001 or 1926 to some readers.
const time = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** "Lịch sử thay đổi": every write and every leader's decision, newest first, by section, exportable for Excel. */
export default function HistoryPanel() {
  const report = useAppStore((s) => s.report);
  const history = useAppStore((s) => s.history);
  const current = useAppStore((s) => s.period);
  const [section, setSection] = useState("");
  const rows = useMemo(() => historyView(report, history, section || null), [report, history, section]);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportXlsx = async () => {
    setExportError(null);
    try {
      const { historyToXlsx } = await import(/* webpackChunkName: "history-xlsx" */ "../../domain/historyXlsx");
      download("lich-su-thay-doi.xlsx", await historyToXlsx(report, historyView(report, history, null), -new Date().getTimezoneOffset()));
    } catch (cause) {
      setExportError(`Chưa xuất được tệp Excel: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };
  return (
    <section aria-label="Lịch sử thay đổi" className="panel">
      <div className="actions">
        <Field label="Lọc theo mục" className="history-filter">
          <Select value={section} onChange={(_, d) => setSection(d.value)}>
            <option value="">Tất cả các mục</option>
            {report.topSections
              .filter((s) => s.number)
              .map((s) => (
                <option key={s.id} value={s.id}>{`${s.number}. ${s.title}`}</option>
              ))}
          </Select>
        </Field>
        <Button disabled={history.length === 0} onClick={() => void exportXlsx()}>
          Xuất Excel
        </Button>
        <Button
          disabled={history.length === 0}
          onClick={() => download("lich-su-thay-doi.csv", new Blob([historyToCsv(report, historyView(report, history, null))], { type: "text/csv;charset=utf-8" }))}
        >
          Xuất CSV
        </Button>
      </div>
      {exportError && <p role="alert">{exportError}</p>}
      {rows.length === 0 ? (
        <Text italic>Chưa có thay đổi nào được ghi.</Text>
      ) : (
        <Table size="small" aria-label="Các lần thay đổi số liệu" className="history-table">
          {/* Read aloud as a table; drawn as two lines a row (history-table in taskpane.css): the three columns side by
              side wrapped each row to four lines at 350 px. */}
          <TableHeader className="history-head">
            <TableRow role="row">
              <TableHeaderCell role="columnheader">Số liệu</TableHeaderCell>
              <TableHeaderCell role="columnheader">Cũ → mới</TableHeaderCell>
              <TableHeaderCell role="columnheader">Khi nào, ai</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((entry, i) => {
              const label = fieldName(report, entry.field);
              const period = entry.period ? periodName(entry.period) : "";
              return (
                <TableRow key={`${entry.at}-${entry.field}-${i}`} role="row">
                  {/* The label on one line, cut with «…» when long; the whole of it, with the period, on hover. */}
                  <TableCell role="cell" className="history-what" title={period ? `${label} (${period})` : label}>
                    <span className="history-label">{label}</span>
                    {/* The pane's own period is read aloud and in the title, not drawn on every row: beside the name it
                        cut «Hồ sơ đang giải quyết (Bộ phận…» before the words that tell it from the centre's. */}
                    {period ? (
                      <span className={entry.period && samePeriod(entry.period, current) ? "history-period history-period-current" : "history-period"}>
                        {period}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell role="cell" className="history-change">
                    {historyChange(entry)}
                  </TableCell>
                  <TableCell role="cell" className="history-when">
                    {time.format(new Date(entry.at))}
                    {/* The name on its own line: in this narrow column «, name» after the date wrapped with the comma
                        first. The comma stays for screen readers and copied text, out of sight. */}
                    {entry.by ? (
                      <>
                        <span className="history-sep">, </span>
                        <span className="history-by" title={entry.by}>
                          {entry.by}
                        </span>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
