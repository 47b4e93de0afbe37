import { Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import { byLargestChange, type Change, type ComparisonRow } from "../../../domain/comparison/compare";
import { lowerFirst, periodName, PREVIOUS_CHOICE, previousPeriod, samePeriodLastYear } from "../../../domain/comparison/periods";
import { useAppStore } from "../../store/StoreContext";
import { NoticeBar } from "../NoticeBar";
import { ChartSection } from "./ChartSection";
import { ComparisonTable, type Basis } from "./ComparisonTable";
import { EarlierPeriods } from "./EarlierPeriods";
import { ExportSection } from "./ExportSection";
import { PhraseInserter } from "./PhraseInserter";
import { useComparison } from "./useComparison";
import "./compare.css";

/** One line a leader reads first: how many figures went up, down, stayed, and could not be compared. */
function tally(rows: readonly ComparisonRow[], change: (row: ComparisonRow) => Change): string {
  const count = (status: Change["status"]) => rows.filter((r) => change(r).status === status).length;
  return `${count("up")} tăng · ${count("down")} giảm · ${count("same")} không đổi · ${count("unknown")} chưa so được`;
}

/** «So sánh»: this period against the previous one (month, quarter, half-year, year) or the same period last year. Loaded with its tab. */
export default function ComparePanel() {
  const { state, rows, knowsPrevious, knowsLastYear } = useComparison();
  const [basis, setBasis] = useState<Basis>("previous");
  const [order, setOrder] = useState<"section" | "change">("section");
  const [comparedOnly, setComparedOnly] = useState(false);
  const change = (row: ComparisonRow): Change => (basis === "previous" ? row : row.yearChange);
  const shown = useMemo(() => {
    const kept = comparedOnly ? rows.filter((r) => (basis === "previous" ? r : r.yearChange).status !== "unknown") : rows;
    // Sorting by the change against last year: that change put in the row's own place for the sort only.
    return order === "section" ? kept : byLargestChange(kept.map((r) => (basis === "previous" ? r : { ...r, ...r.yearChange })));
  }, [rows, order, basis, comparedOnly]);
  const nowName = periodName(state.period);
  const beforeName = periodName(basis === "previous" ? previousPeriod(state.period) : samePeriodLastYear(state.period));
  const knows = basis === "previous" ? knowsPrevious : knowsLastYear;
  const busy = useAppStore((s) => s.busy);
  // The earlier report's file box lives with the periods kept, at the panel's foot (some 5 000 px down at 350 px);
  // «văn bản chưa có số liệu quý IV/2025» at the top offers it where the leader reads that it is missing.
  const fileBox = useRef<HTMLInputElement>(null);
  const tallyLine = useRef<HTMLParagraphElement>(null);
  // The table first: what lies below it (chart, phrases, export, periods kept) renders in the frame after, so the
  // leader reads the table without waiting for the rest.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setRest(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <section aria-label="So sánh" className="panel cmp">
      <NoticeBar />
      <div className="cmp-controls">
        <Field label="So với">
          <Select value={basis} onChange={(_, d) => setBasis(d.value as Basis)}>
            <option value="previous">{PREVIOUS_CHOICE[state.report.periodKind]}</option>
            {state.report.periodKind !== "year" && <option value="lastYear">Cùng kỳ năm trước</option>}
          </Select>
        </Field>
        <Field label="Sắp xếp">
          <Select value={order} onChange={(_, d) => setOrder(d.value as "section" | "change")}>
            <option value="section">Theo mục</option>
            <option value="change">Thay đổi lớn nhất</option>
          </Select>
        </Field>
      </div>
      <p className="cmp-tally" aria-live="polite" ref={tallyLine} tabIndex={-1}>
        <strong>
          {nowName} so với {beforeName}:
        </strong>{" "}
        {knows ? tally(rows, change) : `văn bản chưa có số liệu ${lowerFirst(beforeName)}.`}
      </p>
      {!knows && (
        <div className="actions">
          <Button size="small" disabled={busy !== null || !rest} onClick={() => fileBox.current?.click()}>
            Lấy số liệu {lowerFirst(beforeName)} từ tệp báo cáo…
          </Button>
        </div>
      )}
      <Checkbox checked={comparedOnly} onChange={(_, d) => setComparedOnly(d.checked === true)} label="Chỉ hiện số liệu so được" />
      <ComparisonTable rows={shown} basis={basis} grouped={order === "section"} beforeName={beforeName} nowName={nowName} />
      {rest && (
        <>
          <ChartSection state={state} rows={rows} basis={basis} beforeName={beforeName} />
          <PhraseInserter state={state} rows={rows} />
          <ExportSection state={state} />
          <EarlierPeriods fileBox={fileBox} onSaved={() => tallyLine.current?.focus()} />
        </>
      )}
    </section>
  );
}
