import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import { fieldName } from "../../domain/fieldName";
import { useAppStore } from "../store/StoreContext";
import { RestyleCard } from "./RestyleCard";

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
  const unbind = useAppStore((s) => s.unbindChosen);
  const keepTotal = useAppStore((s) => s.keepTotal);
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
        // A total recognition bound that does not add up: maybe not this figure at all (unconfirmedTotals.ts). Walk
        // finding (walk43, 3): «ở chỗ này» named no place, and «Đúng là số này: ghi «107»» read as «107 is right», so
        // a clerk overwrote the board's own 132 in another sentence. The words recognition found it in are quoted, the
        // answer that keeps her text comes first, and the one that overwrites says what it overwrites.
        if (texts[0]!.unconfirmed) {
          const found = places.find((p) => p.tag === id);
          const name = fieldName(report, id);
          return (
            <Card key={id} size="small">
              <CardHeader header={<Text weight="semibold">{field?.label ?? id}</Text>} />
              <Text>
                {found ? <>Ô này được gắn vào số «{shown}» trong «{found.excerpt ?? found.context}»</> : <>Văn bản ghi «{shown}» ở ô này</>}, nhưng
                các số thành phần cộng lại là «{target}». Có thể câu đó nói về một số liệu khác, hoặc văn bản cộng sai.
              </Text>
              <div className="actions">
                <Button size="small" onClick={() => answer(() => unbind(id))}>
                  Không phải số này: bỏ gắn
                </Button>
                {/* Remembered in the document now (totalAnswers.ts): no longer «lần này». */}
                <Button size="small" onClick={() => answer(() => keepTotal(id))}>
                  Giữ «{shown}» như văn bản
                </Button>
                <Button
                  size="small"
                  onClick={() => answer(() => resolve(id, "overwrite", `Đã chọn: «${name}» là tổng, «Cập nhật văn bản» sẽ sửa «${shown}» thành «${target}».`))}
                >
                  Đây đúng là tổng: sửa «{shown}» thành «{target}»
                </Button>
              </div>
            </Card>
          );
        }
        return (
          <Card key={id} size="small">
            <CardHeader header={<Text weight="semibold">{field?.label ?? id}</Text>} />
            <Text>
              Văn bản đang ghi «{shown}», biểu mẫu muốn ghi «{target}».
            </Text>
            <div className="actions">
              {field && !field.formula && (
                <Button size="small" onClick={() => answer(() => resolve(id, "takeDocument"))}>
                  Lấy số trong văn bản
                </Button>
              )}
              <Button size="small" onClick={() => answer(() => resolve(id, "overwrite"))}>
                Ghi đè khi cập nhật
              </Button>
              <Button size="small" onClick={() => answer(() => resolve(id, "skip"))}>
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
            <Button size="small" onClick={() => void insertField(id)}>
              Chèn lại tại con trỏ
            </Button>
            <Button size="small" onClick={() => dismissMissing(id)}>
              Bỏ qua
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
