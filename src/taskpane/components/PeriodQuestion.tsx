import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { periodName } from "../../domain/periodKinds";
import { useAppStore } from "../store/StoreContext";

/** Before an update: the document names one period, the pane another. Nothing is written until the clerk says which. */
export function PeriodQuestion() {
  const question = useAppStore((s) => s.periodQuestion);
  const answer = useAppStore((s) => s.answerPeriod);
  if (!question) return null;
  const documentName = periodName(question.document);
  const paneName = periodName(question.pane);
  return (
    <MessageBar intent="warning" layout="multiline" className="question">
      <MessageBarBody>
        <MessageBarTitle>Kỳ báo cáo nào đúng?</MessageBarTitle>
        Văn bản đang ghi {documentName}, ngăn tác vụ đang chọn {paneName}. Chưa ghi gì vào văn bản.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => void answer("document")}>
          {`Giữ ${documentName} và cập nhật`}
        </Button>
        <Button size="small" onClick={() => void answer("pane")}>
          {`Đổi sang ${paneName}`}
        </Button>
        <Button size="small" onClick={() => void answer("cancel")}>
          Huỷ
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
