import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { fieldName } from "../../domain/fieldName";
import { useAppStore } from "../store/StoreContext";

/**
 * One «Chèn vào văn bản» for the field the clerk last focused, instead of a button under each of the form's fields;
 * and, when the selection in the document is exactly a number, the question whether to make it that field's figure.
 */
export function InsertBar() {
  const report = useAppStore((s) => s.report);
  const active = useAppStore((s) => s.activeField);
  const busy = useAppStore((s) => s.busy);
  const offer = useAppStore((s) => s.bindOffer);
  const current = useAppStore((s) => (s.bindOffer ? (s.raw[s.bindOffer.field] ?? "").trim() : ""));
  const insertField = useAppStore((s) => s.insertField);
  const answerBind = useAppStore((s) => s.answerBind);
  const name = active ? fieldName(report, active) : null;
  return (
    <section aria-label="Chèn số liệu vào văn bản" className="insert-bar">
      {offer ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Đoạn đang chọn trong văn bản là số «{offer.text}». Gắn số này làm «{fieldName(report, offer.field)}»? Không chữ nào bị xoá
            {current && current !== offer.text ? `; biểu mẫu đang có «${current}» sẽ lấy «${offer.text}».` : "."}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void answerBind("bind")}>
              Gắn số này
            </Button>
            <Button size="small" onClick={() => void answerBind("after")}>
              Chèn sau đoạn chọn
            </Button>
            <Button size="small" onClick={() => void answerBind("cancel")}>
              Huỷ
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <>
          <Text className="target">{name ? <>Ô đang chọn: «{name}»</> : "Bấm vào một ô số liệu để chèn nó vào văn bản."}</Text>
          <div className="actions">
            <Button disabled={!active || busy !== null} onClick={() => active && void insertField(active)}>
              Chèn vào văn bản
            </Button>
            <Text size={200}>tại con trỏ, hoặc sau đoạn đang chọn (trong ô: Ctrl+Enter)</Text>
          </div>
        </>
      )}
    </section>
  );
}
