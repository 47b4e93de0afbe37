import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import type { Conflict } from "../../domain/updatePlan";
import { useAppStore } from "../store/StoreContext";
import { firstClick } from "./firstClick";

const SHOWN = 4;

/** Words the form writes where the document has digits: said to be the form's choice, not a number format. */
function inWords(r: Pick<Conflict, "documentText" | "target">): string {
  if (/\d/.test(r.target)) return "";
  return /^\s*0+\s*$/.test(r.documentText) ? " (mẫu viết số 0 bằng chữ)" : " (mẫu viết bằng chữ)";
}

/**
 * Figures whose value is right but whose style is not the official one («12 450», «8»): typed by the clerk or by
 * another office, so the add-in does not rewrite them unasked (and a leader is not shown a tracked change where no
 * figure changed). One question for all of them.
 *
 * The card said «chưa viết theo quy cách của Nghị định 30/2020/NĐ-CP» over «0» → «không có» (walk42): the decree sets
 * the layout and the dates' leading zeros, not that zero is written in words. Thousands «.», decimals «,», «05» and
 * zero in words are the reference report's way, which the form carries (../shared/DESIGN.md): the card says so.
 */
export function RestyleCard({ restyles }: { restyles: readonly Conflict[] }) {
  const report = useAppStore((s) => s.report);
  const restyle = useAppStore((s) => s.restyleFigures);
  const keep = useAppStore((s) => s.keepStyles);
  const busy = useAppStore((s) => s.busy);
  return (
    <Card size="small">
      <CardHeader header={<Text weight="semibold">Số viết khác quy cách ({restyles.length} ô)</Text>} />
      <Text>Đúng số liệu, nhưng viết khác cách viết số của mẫu báo cáo:</Text>
      <ul className="restyles">
        {restyles.slice(0, SHOWN).map((r) => (
          <li key={r.controlId}>
            {report.byId.get(r.field)?.label ?? r.field}: «{r.documentText}» → «{r.target}»{inWords(r)}
          </li>
        ))}
        {restyles.length > SHOWN && <li>và {restyles.length - SHOWN} ô khác</li>}
      </ul>
      <div className="actions">
        <Button size="small" appearance="primary" disabled={busy !== null} onClick={firstClick(() => void restyle())}>
          Viết lại theo quy cách
        </Button>
        <Button size="small" disabled={busy !== null} onClick={firstClick(() => void keep())}>
          Giữ như văn bản
        </Button>
      </div>
    </Card>
  );
}
