import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { nextPeriod } from "../../domain/period";
import { periodName, samePeriod } from "../../domain/periodKinds";
import { useAppStore } from "../store/StoreContext";

/**
 * Before an update: the document names one period, the pane another. Nothing is written until the clerk says which.
 * Loaded lazily, when there is such a question (the first load is at its size limit).
 */
export default function PeriodQuestion() {
  const question = useAppStore((s) => s.periodQuestion);
  const answer = useAppStore((s) => s.answerPeriod);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const rollOver = useAppStore((s) => s.rollOverQuarter);
  if (!question) return null;
  const documentName = periodName(question.document);
  const paneName = periodName(question.pane);
  // The pane names the period after the document's: the clerk is most likely starting the next report. «Đổi sang»
  // alone relabels this period's figures as the next one's and keeps no copy of them for the comparison, so the
  // roll-over (kept in «Văn bản cũ», where a clerk starting a quarter does not look) is offered here too.
  const starting = samePeriod(nextPeriod(question.document), question.pane);
  const startNext = async () => {
    setPeriod(question.document);
    await answer("cancel");
    await rollOver();
  };
  return (
    <MessageBar intent="warning" layout="multiline" className="question">
      <MessageBarBody>
        <MessageBarTitle>Kỳ báo cáo nào đúng?</MessageBarTitle>
        Văn bản đang ghi {documentName}, ngăn tác vụ đang chọn {paneName}. Chưa ghi gì vào văn bản.
        {starting && (
          <span className="question-more">
            {` Nếu đang bắt đầu báo cáo ${paneName}: «Chuyển sang» giữ số liệu ${documentName} để so sánh và đánh dấu các số liệu cần nhập lại; «Đổi sang» chỉ đổi kỳ, số liệu được ghi như của ${paneName}.`}
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => void answer("document")}>
          {`Giữ ${documentName} và cập nhật`}
        </Button>
        {starting && <Button size="small" onClick={() => void startNext()}>{`Chuyển sang ${paneName}`}</Button>}
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
