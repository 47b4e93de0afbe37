import { useAppStore } from "../store/StoreContext";

/** The form in use, under the pane's heading: a document may carry another form than the one last chosen. */
export function FormTitle() {
  const title = useAppStore((s) => s.report.title);
  return <p className="form-title">{title}</p>;
}
