import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";
import { DoubtedCard } from "./DoubtedCard";
import { RestyleCard } from "./RestyleCard";
import { firstClick } from "./firstClick";

/**
 * Controls edited by hand: the clerk decides, the add-in never overwrites them silently. Loaded lazily. An answered card
 * goes, and `onAnswered` is told which place it had, so the keyboard can go on to the card that takes it (walk44).
 */
export default function ConflictList({ onAnswered }: { onAnswered(at: number): void }) {
  const report = useAppStore((s) => s.report);
  const conflicts = useAppStore((s) => s.conflicts);
  const missing = useAppStore((s) => s.missing);
  const resolve = useAppStore((s) => s.resolveConflict);
  const insertField = useAppStore((s) => s.insertField);
  const dismissMissing = useAppStore((s) => s.dismissMissing);
  const restyles = useAppStore((s) => s.restyles);
  const places = useAppStore((s) => s.recognizedPlaces);
  if (conflicts.length === 0 && missing.length === 0 && restyles.length === 0) return null;
  const fields = [...new Set(conflicts.map((c) => c.field))];
  return (
    <section aria-label="Ô cần xử lý" className="conflicts">
      {fields.map((id, at) => {
        const answer = (work: () => unknown) => void Promise.resolve(work()).then(() => onAnswered(at));
        // A comparison phrase (tag = field tag + suffix) has no field of its own and nothing to take back into the form.
        const field = report.byId.get(id);
        const texts = conflicts.filter((c) => c.field === id);
        const shown = texts.map((c) => c.documentText).join("», «");
        const target = texts[0]!.target;
        const inWords = texts[0]!.inWords === true;
        const excerpt = inWords ? places.find((p) => p.tag === id)?.excerpt : undefined;
        // A computed figure recognition bound that disagrees with its parts: its own card (DoubtedCard.tsx).
        if (texts[0]!.unconfirmed) return <DoubtedCard key={id} id={id} shown={shown} target={target} answer={answer} />;
        return (
          <Card key={id} size="small">
            <CardHeader header={<Text weight="semibold">{field?.label ?? id}</Text>} />
            {inWords ? (
              // Walk52b, 2: «biểu mẫu muốn ghi» named her own typing as the form's, and «câu này» quoted no sentence.
              <Text as="p" block>
                Văn bản nói bằng chữ «{shown}» (tức là 0), số liệu trong ngăn bây giờ là «{target}». Đặt «{target}» vào
                chỗ chữ «{shown}» có thể làm câu sai nghĩa
                {excerpt ? <>: «{excerpt}»</> : null}. Hãy sửa câu trong văn bản bằng tay, hoặc chọn một cách bên dưới.
              </Text>
            ) : (
              <Text>
                Văn bản đang ghi «{shown}», biểu mẫu muốn ghi «{target}».
              </Text>
            )}
            <div className="actions">
              {field && !field.formula && (
                <Button size="small" onClick={firstClick(() => answer(() => resolve(id, "takeDocument")))}>
                  {inWords ? "Lấy lại số 0 như văn bản" : "Lấy số trong văn bản"}
                </Button>
              )}
              <Button size="small" onClick={firstClick(() => answer(() => resolve(id, "overwrite")))}>
                Ghi đè khi cập nhật
              </Button>
              <Button size="small" onClick={firstClick(() => answer(() => resolve(id, "skip")))}>
                Giữ nguyên văn bản
              </Button>
            </div>
          </Card>
        );
      })}
      {restyles.length > 0 && <RestyleCard restyles={restyles} />}
      {missing.map((id) => (
        <Card key={id} size="small">
          <CardHeader header={<Text weight="semibold">{report.byId.get(id)?.label ?? id}</Text>} />
          <Text>Ô số liệu này đã bị xoá khỏi văn bản.</Text>
          <div className="actions">
            <Button size="small" onClick={firstClick(() => void insertField(id))}>
              Chèn lại tại con trỏ
            </Button>
            <Button size="small" onClick={firstClick(() => dismissMissing(id))}>
              Bỏ qua
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
