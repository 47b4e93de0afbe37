import { Field, Select } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { figureHistory, sectionChanges } from "../../../domain/comparison/chartData";
import type { ComparisonRow } from "../../../domain/comparison/compare";
import { comparedValues, type ComparedState } from "../../../domain/comparison/earlier";
import { byLargestChange, bySection } from "../../../domain/comparison/compare";
import type { ChartSpec } from "./ComparisonChart";
import { showValue, signed, signedPercent } from "./format";
import type { Basis } from "./ComparisonTable";

type Points = ReturnType<typeof sectionChanges>["points"];

// chart.js comes with the chart only.
const ComparisonChart = lazy(() => import(/* webpackChunkName: "compare-chart" */ "./ComparisonChart"));

interface Props {
  state: ComparedState;
  rows: readonly ComparisonRow[];
  basis: Basis;
  beforeName: string;
}

/** A chart per section (each figure's change in %) or for one figure over every period the document knows. */
export function ChartSection({ state, rows, basis, beforeName }: Props) {
  const sections = useMemo(() => bySection(rows).map((g) => g.section), [rows]);
  const [mode, setMode] = useState<"section" | "figure">("section");
  // First shown: the section with the most figures compared, and the figure that changed most.
  const [sectionId, setSectionId] = useState(() => {
    const compared = (id: string) => rows.filter((r) => r.section.id === id && r.status !== "unknown").length;
    return [...sections].sort((a, b) => compared(b.id) - compared(a.id))[0]?.id ?? "";
  });
  const [fieldId, setFieldId] = useState(() => byLargestChange(rows)[0]?.id ?? "");
  const chart = useMemo((): { spec: ChartSpec | null; label: string; left: string[]; points: Points } | null => {
    if (mode === "section") {
      const series = sectionChanges(rows, sectionId, (row) => (basis === "previous" ? row : row.yearChange));
      if (series.labels.length === 0 && series.points.length === 0) return null;
      const section = sections.find((s) => s.id === sectionId);
      const label = `Biểu đồ: thay đổi (%) so với ${beforeName} của từng số liệu mục ${section?.number ?? ""} ${section?.title ?? ""}`;
      const spec: ChartSpec | null =
        series.labels.length === 0 ? null : { labels: series.labels, values: series.values, horizontal: true, valueText: (v) => (v === 0 ? "không đổi" : signedPercent(v)) };
      return { spec, label, left: series.left, points: series.points };
    }
    const row = rows.find((r) => r.id === fieldId);
    if (!row) return null;
    const history = figureHistory(state.report, row.id, state.periods, { period: state.period, values: comparedValues(state).current });
    const label = `Biểu đồ: «${row.label}» qua ${history.periods.length} kỳ`;
    const left = history.periods.filter((_, i) => history.values[i] === null);
    return { spec: { labels: history.periods, values: history.values, horizontal: false, valueText: (v) => showValue(row, v) }, label, left, points: [] };
  }, [mode, rows, sectionId, fieldId, basis, beforeName, sections, state]);
  return (
    <section aria-labelledby="cmp-chart-title" className="cmp-block">
      <h2 id="cmp-chart-title" className="cmp-h2">Biểu đồ</h2>
      <div className="cmp-controls">
        <Field label="Vẽ">
          <Select value={mode} onChange={(_, d) => setMode(d.value as "section" | "figure")}>
            <option value="section">Thay đổi từng số liệu của một mục</option>
            <option value="figure">Một số liệu qua các kỳ</option>
          </Select>
        </Field>
        {mode === "section" ? (
          <Field label="Mục">
            <Select value={sectionId} onChange={(_, d) => setSectionId(d.value)}>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>{`${s.number} ${s.title}`.trim()}</option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field label="Số liệu">
            <Select value={fieldId} onChange={(_, d) => setFieldId(d.value)}>
              {rows.map((r) => (
                <option key={r.id} value={r.id}>{r.label}</option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {chart?.spec ? (
        <Suspense fallback={<div className="cmp-chart-wait">Đang vẽ biểu đồ…</div>}>
          <ComparisonChart spec={chart.spec} label={chart.label} />
        </Suspense>
      ) : chart ? null : (
        <p className="cmp-note">Chưa có số liệu nào của {mode === "section" ? "mục này" : "số liệu này"} để vẽ.</p>
      )}
      {chart && chart.left.length > 0 && (
        <p className="cmp-note">
          Không vẽ ({mode === "section" ? "chưa so được, hoặc tăng từ 0" : "chưa có số liệu"}): {chart.left.join("; ")}.
        </p>
      )}
      {chart && chart.points.length > 0 && (
        <p className="cmp-note">
          Tỷ lệ (thay đổi tính bằng điểm phần trăm, không vẽ cùng các số đếm):{" "}
          {chart.points.map((p) => `${p.label} ${p.change === 0 ? "không đổi" : `${signed(p.change)} điểm %`}`).join("; ")}.
        </p>
      )}
      <p className="cmp-note">Bảng ở trên ghi đầy đủ các số liệu của biểu đồ.</p>
    </section>
  );
}
