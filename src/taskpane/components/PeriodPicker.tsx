import { Field, Input } from "@fluentui/react-components";
import { indexOf, KIND_LABELS, makePeriod, periodChoices } from "../../domain/periodKinds";
import { useAppStore } from "../store/StoreContext";

/** The period being reported, of the form's kind (month, quarter, half-year, year): every period text follows it. */
export function PeriodPicker() {
  const period = useAppStore((s) => s.period);
  const kind = useAppStore((s) => s.report.periodKind);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const choices = periodChoices(kind);
  return (
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
      <Field label="Năm">
        <Input
          type="number"
          min={2000}
          max={2100}
          value={String(period.year)}
          onChange={(_, d) => {
            const year = Number(d.value);
            if (Number.isInteger(year) && year >= 2000 && year <= 2100) setPeriod(makePeriod(kind, year, indexOf(period)));
          }}
        />
      </Field>
    </div>
  );
}
