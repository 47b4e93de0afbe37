/**
 * The form as a file: save it (.json, to send to another office or keep), open one (checked whole: a malformed file is
 * listed problem by problem, by place, and nothing of it is used), and start a new report from any form.
 */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { FORM_CATALOG } from "../../../forms/builtIn";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";
import { Problems } from "./shared";

const THIS_FORM = "__van-ban-nay__";

export function FormFiles({ actions, onStartNewReport }: { actions: AuthoringActions; onStartNewReport: () => void }) {
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const chooseForm = useAppStore((s) => s.chooseForm);
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [source, setSource] = useState(THIS_FORM);

  const save = () => {
    const blob = new Blob([actions.formFileText()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${report.id}.form.json`;
    link.click();
    // The click has started the download; the object URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2_000_000) {
      setProblems([`Tệp «${file.name}» quá lớn (${Math.round(file.size / 1000)} kB); một mẫu báo cáo không quá 2.000 kB.`]);
      return;
    }
    setProblems((await actions.loadFormFile(await file.text())).map((p) => `${file.name} — ${p}`));
  };
  // The document's own form is already in use; a built-in one is chosen as «Báo cáo mới» chooses it (remembered).
  const startNew = async () => {
    if (source !== THIS_FORM) await chooseForm(source);
    onStartNewReport();
  };

  return (
    <section aria-labelledby="design-files" className="design-part">
      <h2 id="design-files">Tệp mẫu</h2>
      <div className="actions">
        <Button onClick={save}>Lưu mẫu ra tệp</Button>
        <Button disabled={busy !== null} onClick={() => input.current?.click()}>
          Mở mẫu từ tệp…
        </Button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label="Chọn tệp mẫu (.json)"
          hidden
          onChange={(event) => {
            void open(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      </div>
      <Field label="Tạo báo cáo mới theo mẫu">
        <Select value={source} onChange={(_, d) => setSource(d.value)}>
          <option value={THIS_FORM}>Mẫu của văn bản này ({report.title})</option>
          {FORM_CATALOG.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>Mở thẻ «Báo cáo mới» với mẫu đã chọn để chọn kỳ và tạo văn bản.</Text>
      <div className="actions">
        <Button disabled={busy !== null} onClick={() => void startNew()}>
          Tạo báo cáo mới theo mẫu này
        </Button>
      </div>
      <Problems problems={problems} />
    </section>
  );
}
