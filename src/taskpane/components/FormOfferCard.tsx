import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { formOfferText } from "../store/formOffer";
import { useAppStore } from "../store/StoreContext";

/**
 * Recognition's question when another form reads the document clearly better (fix44E): a clerk with a monthly report
 * and the pane on the quarterly form saw «Đã gắn 0 số liệu» and no hint that a monthly form ships with the add-in.
 * Asked where the recognition's result shows, before anything is written; each answer recognises at once.
 */
export function FormOfferCard() {
  const offer = useAppStore((s) => s.formOffer);
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const answer = useAppStore((s) => s.answerFormOffer);
  if (!offer) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Mẫu báo cáo phù hợp hơn">
      <MessageBarBody>{formOfferText(offer, report)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={busy !== null} onClick={() => void answer(true)}>
          Dùng mẫu đó
        </Button>
        <Button size="small" disabled={busy !== null} onClick={() => void answer(false)}>
          Vẫn dùng mẫu đang chọn
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
