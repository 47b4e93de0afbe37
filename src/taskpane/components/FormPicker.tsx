import { Field } from "@fluentui/react-components";
import { FORM_CATALOG } from "../../forms/builtIn";
import { useAppStore } from "../store/StoreContext";

/** Which report form a new report follows: the built-in forms, and the document's own when it is not one of them. */
export function FormPicker() {
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const chooseForm = useAppStore((s) => s.chooseForm);
  const builtIn = FORM_CATALOG.some((entry) => entry.id === report.id);
  return (
    <Field label="Mẫu báo cáo">
      {(fieldProps) => (
        <select
          {...fieldProps}
          className="native-select"
          value={report.id}
          disabled={busy !== null}
          onChange={(event) => void chooseForm(event.target.value)}
        >
          {!builtIn && <option value={report.id}>{report.title} (mẫu của văn bản)</option>}
          {FORM_CATALOG.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
