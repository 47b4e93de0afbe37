import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { fieldName } from "../../domain/fieldName";
import { useAppStore } from "../store/StoreContext";

/** Named on the figures tab; more are counted, and all are listed in «Văn bản cũ». */
const NAMED = 3;

/**
 * Walk finding (fix43U): a pane opened again had lost the recognition's list, and nothing said figures were still to
 * choose. Said on the first screen, each named, with the one click that finds their numbers again (read again for
 * those figures only; the result shows in «Văn bản cũ»). Loaded only when there are such figures.
 */
export default function UnclearLeftHint({ onOpen }: { onOpen: (view: "import") => void }) {
  const unclear = useAppStore((s) => (s.ready && s.recognition === null ? s.unclear : null));
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const recognizeUnclear = useAppStore((s) => s.recognizeUnclear);
  if (!unclear || unclear.length === 0) return null;
  const named = unclear.slice(0, NAMED).map((id) => `«${fieldName(report, id)}»`).join(", ");
  const more = unclear.length > NAMED ? ` và ${unclear.length - NAMED} số liệu khác` : "";
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Số liệu chưa rõ từ lần nhận diện trước">
      <MessageBarBody>
        Lần nhận diện trước còn {unclear.length} số liệu chưa rõ, chưa chọn số: {named}
        {more}.
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabled={busy !== null}
          onClick={() => {
            onOpen("import");
            void recognizeUnclear();
          }}
        >
          Tìm lại các số có thể
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
