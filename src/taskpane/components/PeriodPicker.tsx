import { Field, Input, Text } from "@fluentui/react-components";
import { useState } from "react";
import { indexOf, KIND_LABELS, makePeriod, periodChoices, periodName, samePeriod } from "../../domain/periodKinds";
import { useAppStore } from "../store/StoreContext";

const YEAR_MESSAGE = "Năm phải là số có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).";

/** The year as typed, or null while it is not a possible reporting year. */
function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** The period being reported, of the form's kind (month, quarter, half-year, year): every period text follows it. */
export function PeriodPicker() {
  const period = useAppStore((s) => s.period);
  const kind = useAppStore((s) => s.report.periodKind);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const documentPeriod = useAppStore((s) => s.documentPeriod);
  const choices = periodChoices(kind);
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
  const unwritten = documentPeriod !== null && !samePeriod(documentPeriod, period);
  return (
    <>
      <div className="period">
        {/* A native select styled like Fluent's: Fluent's Select adds 5 kB to the pane's first load for a few options. */}
        {choices.length > 1 && (
          <Field label={KIND_LABELS[kind]}>
            {(fieldProps) => (
              <select
                {...fieldProps}
                className="native-select"
                value={String(indexOf(period))}
                onChange={(event) => setPeriod(makePeriod(kind, period.year, Number(event.target.value)))}
              >
                {choices.map((choice) => (
                  <option key={choice.index} value={String(choice.index)}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Năm" validationState={wrong ? "error" : "none"} validationMessage={wrong ? YEAR_MESSAGE : undefined}>
          <Input
            inputMode="numeric"
            value={yearText}
            onChange={(_, d) => {
              setYearText(d.value);
              setLeft(false);
              const year = yearOf(d.value);
              if (year !== null && year !== period.year) setPeriod(makePeriod(kind, year, indexOf(period)));
            }}
            onBlur={() => setLeft(true)}
          />
        </Field>
      </div>
      {/* The chosen period is kept with the document until it is written: say which one the text still shows. */}
      {unwritten && (
        <Text as="p" size={200} className="period-unwritten">
          Văn bản đang ghi {periodName(documentPeriod)}; kỳ đã chọn chưa ghi vào văn bản.
        </Text>
      )}
    </>
  );
}
