import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Period } from "../../domain/types";
import { useAppStore } from "../store/StoreContext";

const YEAR_MESSAGE = "Năm phải là số có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).";

/** The year as typed, or null while it is not a possible reporting year. */
function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The quarter and year being reported: every period text in the document follows it. */
export function PeriodPicker() {
  const period = useAppStore((s) => s.period);
  const setPeriod = useAppStore((s) => s.setPeriod);
  // The box keeps what the clerk types ("202" on the way to "2027"); the store takes the year once it is one.
  const [yearText, setYearText] = useState(String(period.year));
  const [left, setLeft] = useState(false);
  // The period changed elsewhere (read from the document, a roll-over): the box shows it (React's "adjust state
  // while rendering" pattern, not an effect).
  const [shownYear, setShownYear] = useState(period.year);
  if (shownYear !== period.year) {
    setShownYear(period.year);
    if (yearOf(yearText) !== period.year) setYearText(String(period.year));
  }
  const wrong = yearOf(yearText) === null && (left || yearText.trim().length >= 4);
  return (
    <div className="period">
      {/* A native select styled like Fluent's: Fluent's Select adds 5 kB to the pane's first load for four options. */}
      <Field label="Quý">
        {(fieldProps) => (
          <select
            {...fieldProps}
            className="native-select"
            value={String(period.quarter)}
            onChange={(event) => setPeriod({ ...period, quarter: Number(event.target.value) as Period["quarter"] })}
          >
            <option value="1">Quý I</option>
            <option value="2">Quý II</option>
            <option value="3">Quý III</option>
            <option value="4">Quý IV</option>
          </select>
        )}
      </Field>
      <Field label="Năm" validationState={wrong ? "error" : "none"} validationMessage={wrong ? YEAR_MESSAGE : undefined}>
        <Input
          inputMode="numeric"
          value={yearText}
          onChange={(_, d) => {
            setYearText(d.value);
            setLeft(false);
            const year = yearOf(d.value);
            if (year !== null && year !== period.year) setPeriod({ ...period, year });
          }}
          onBlur={() => setLeft(true)}
        />
      </Field>
    </div>
  );
}
