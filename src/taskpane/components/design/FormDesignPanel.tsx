/**
 * «Thiết kế mẫu»: the clerk makes and changes the document's report form in the pane, as the form will be read by
 * everyone who opens the document. Loaded with its tab; the store's authoring actions and the schema checker load
 * with it.
 */
import { Spinner, Text } from "@fluentui/react-components";
import { NoticeBar } from "../NoticeBar";
import { useAppStore } from "../../store/StoreContext";
import { FieldEditor } from "./FieldEditor";
import { FormFiles } from "./FormFiles";
import { MarkFigure } from "./MarkFigure";
import { RuleBuilder } from "./RuleBuilder";
import { useAuthoring } from "./shared";

export default function FormDesignPanel({ onStartNewReport }: { onStartNewReport: () => void }) {
  const actions = useAuthoring();
  const report = useAppStore((s) => s.report);
  if (!actions) return <Spinner size="small" label="Đang mở…" />;
  return (
    <section aria-label="Thiết kế mẫu" className="panel design">
      <Text size={200}>
        Mẫu của văn bản: <strong>{report.title}</strong> · {report.fields.length} số liệu · {report.rules.length} quy tắc. Mọi thay đổi được lưu
        ngay trong văn bản.
      </Text>
      {/* The pane's own notice, whole: the text alone cut an update's «Chưa ghi 10 số liệu …:» before its list. */}
      <NoticeBar />
      <MarkFigure actions={actions} />
      <RuleBuilder actions={actions} />
      <FieldEditor actions={actions} />
      <FormFiles actions={actions} onStartNewReport={onStartNewReport} />
    </section>
  );
}
