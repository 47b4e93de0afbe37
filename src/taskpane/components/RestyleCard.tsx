import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import type { Conflict } from "../../domain/updatePlan";
import { useAppStore } from "../store/StoreContext";

const SHOWN = 4;

/**
 * Figures whose value is right but whose style is not the official one («12 450», «8»): typed by the clerk or by
 * another office, so the add-in does not rewrite them unasked (and a leader is not shown a tracked change where no
 * figure changed). One question for all of them.
 */
export function RestyleCard({ restyles }: { restyles: readonly Conflict[] }) {
  const report = useAppStore((s) => s.report);
  const restyle = useAppStore((s) => s.restyleFigures);
  const keep = useAppStore((s) => s.keepStyles);
  const busy = useAppStore((s) => s.busy);
  return (
    <Card size="small">
      <CardHeader header={<Text weight="semibold">Số viết khác quy cách ({restyles.length} ô)</Text>} />
      <Text>Đúng số liệu, nhưng chưa viết theo quy cách của Nghị định 30/2020/NĐ-CP:</Text>
      <ul className="restyles">
        {restyles.slice(0, SHOWN).map((r) => (
          <li key={r.controlId}>
            {report.byId.get(r.field)?.label ?? r.field}: «{r.documentText}» → «{r.target}»
          </li>
        ))}
        {restyles.length > SHOWN && <li>và {restyles.length - SHOWN} ô khác</li>}
      </ul>
      <div className="actions">
        <Button size="small" appearance="primary" disabled={busy !== null} onClick={() => void restyle()}>
          Viết lại theo quy cách
        </Button>
        <Button size="small" disabled={busy !== null} onClick={() => void keep()}>
          Giữ như văn bản
        </Button>
      </div>
    </Card>
  );
}
