/** «Đánh dấu là số liệu»: the selected number becomes a field of the form, wrapped in its control in the document. */
import { Button, Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { FieldKind } from "../../../domain/types";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";
import { KIND_LABELS, NEW_SECTION, Problems, SectionChooser } from "./shared";

export function MarkFigure({ actions }: { actions: AuthoringActions }) {
  const busy = useAppStore((s) => s.busy);
  const draft = useAppStore((s) => s.figureDraft);
  return (
    <section aria-labelledby="design-mark" className="design-part">
      <h2 id="design-mark">Đánh dấu số liệu</h2>
      {!draft && (
        <>
          <Text size={200}>Bôi đen một con số trong văn bản rồi bấm nút dưới đây.</Text>
          <div className="actions">
            <Button appearance="primary" disabled={busy !== null} onClick={() => void actions.readSelection()}>
              Đánh dấu là số liệu
            </Button>
          </div>
        </>
      )}
      {draft && <DraftForm key={draft.text + draft.suggestion.wording} actions={actions} />}
    </section>
  );
}

function DraftForm({ actions }: { actions: AuthoringActions }) {
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const draft = useAppStore((s) => s.figureDraft)!;
  const [label, setLabel] = useState(draft.suggestion.label);
  const [kind, setKind] = useState<FieldKind>(draft.suggestion.kind);
  const [section, setSection] = useState(report.sections.find((s) => report.fields.some((f) => f.section === s.id && !f.formula))?.id ?? NEW_SECTION);
  const [newTitle, setNewTitle] = useState("");
  const [wording, setWording] = useState(draft.suggestion.wording);
  const [problems, setProblems] = useState<string[]>([]);
  const save = async () => {
    const choice = section === NEW_SECTION ? { newTitle } : { id: section };
    setProblems(await actions.markFigure({ label, kind, section: choice, wording: wording.split("\n") }));
  };
  return (
    <form
      className="design-form"
      aria-label="Số liệu mới"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text>
        Số được chọn: <strong>{draft.text}</strong>
      </Text>
      <Field label="Tên số liệu" required>
        <Input value={label} onChange={(_, d) => setLabel(d.value)} />
      </Field>
      <SectionChooser label="Thuộc mục" report={report} section={section} onSection={setSection} newTitle={newTitle} onNewTitle={setNewTitle} />
      <Field label="Loại số liệu">
        <Select value={kind} onChange={(_, d) => setKind(d.value as FieldKind)}>
          {KIND_LABELS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Cách viết để nhận diện" hint="Chữ quanh số trong văn bản; {N} là chỗ của số (tỷ lệ {P}, ngày {D}, năm {Y}, chữ {T}). Mỗi dòng một cách viết.">
        <Textarea value={wording} resize="vertical" onChange={(_, d) => setWording(d.value)} />
      </Field>
      <Problems problems={problems} />
      <div className="actions">
        <Button appearance="primary" type="submit" disabled={busy !== null}>
          Lưu số liệu
        </Button>
        <Button onClick={actions.cancelDraft}>Huỷ</Button>
      </div>
    </form>
  );
}
