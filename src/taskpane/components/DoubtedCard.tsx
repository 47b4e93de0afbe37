import { Button, Card, CardHeader, Text } from "@fluentui/react-components";
import { computedFrom, type ComputedFrom } from "../../domain/computedFrom";
import { fieldName } from "../../domain/fieldName";
import type { FieldId } from "../../domain/types";
import { useAppStore } from "../store/StoreContext";
import { firstClick } from "./firstClick";

/**
 * A computed figure recognition bound that disagrees with its parts: maybe not this figure at all (unconfirmedTotals.ts).
 * Walk finding (walk43, 3): «ở chỗ này» named no place, and «Đúng là số này: ghi «107»» read as «107 is right», so a
 * clerk overwrote the board's own 132 in another sentence. The words recognition found it in are quoted, the answer that
 * keeps her text comes first, and the one that overwrites says what it overwrites. Walk finding (walk44, 5 and 6): the
 * card named no part («cộng lại là «118»»: which figures?) and called a share a sum; it now says the reckoning (14 + 11
 * + 93, 33 / 118) with each part by name, in the words of its kind.
 */
export function DoubtedCard({ id, shown, target, answer }: { id: FieldId; shown: string; target: string; answer(work: () => unknown): void }) {
  const report = useAppStore((s) => s.report);
  const values = useAppStore((s) => s.review.values);
  const places = useAppStore((s) => s.recognizedPlaces);
  const resolve = useAppStore((s) => s.resolveConflict);
  const unbind = useAppStore((s) => s.unbindChosen);
  const keepTotal = useAppStore((s) => s.keepTotal);
  const found = places.find((p) => p.tag === id);
  const name = fieldName(report, id);
  const from = computedFrom(report, id, values);
  const words = wordsOf(from, report.byId.get(id)?.formula?.op === "sum", target);
  return (
    <Card size="small">
      <CardHeader header={<Text weight="semibold">{report.byId.get(id)?.label ?? id}</Text>} />
      <Text>
        {found ? <>Ô này được gắn vào số «{shown}» trong «{found.excerpt ?? found.context}»</> : <>Văn bản ghi «{shown}» ở ô này</>}, nhưng{" "}
        {words.reckoning}
      </Text>
      {from && from.op !== "countOf" && (
        <ul className="parts">
          {from.parts.map((p) => (
            <li key={p.field}>
              {p.text}: {p.name}
            </li>
          ))}
        </ul>
      )}
      <Text>Có thể câu đó nói về một số liệu khác, hoặc văn bản {words.slip} sai.</Text>
      <div className="actions">
        <Button size="small" onClick={firstClick(() => answer(() => unbind(id)))}>
          Không phải số này: bỏ gắn
        </Button>
        {/* Remembered in the document now (totalAnswers.ts): no longer «lần này». */}
        <Button size="small" onClick={firstClick(() => answer(() => keepTotal(id)))}>
          Giữ «{shown}» như văn bản
        </Button>
        <Button size="small" onClick={firstClick(() => answer(() => resolve(id, "overwrite", words.chosen(name, shown))))}>
          {words.isIt}: sửa «{shown}» thành «{target}»
        </Button>
      </div>
    </Card>
  );
}

interface Words {
  /** After «…, nhưng»: how the parts give `target`, ending «:» when the parts are listed below. */
  reckoning: string;
  /** «văn bản {slip} sai». */
  slip: string;
  /** The answer that says the number is this figure. */
  isIt: string;
  /** The notice after that answer. */
  chosen(name: string, shown: string): string;
}

function wordsOf(from: ComputedFrom | null, sum: boolean, target: string): Words {
  if (from?.op === "percentOf") {
    return {
      reckoning: `theo ${from.expression} thì tỷ lệ là «${target}»:`,
      slip: "tính",
      isIt: "Đây đúng là tỷ lệ này",
      chosen: (name, shown) => `Đã chọn: «${shown}» là «${name}» (${from.expression}), «Cập nhật văn bản» sẽ sửa thành «${target}».`,
    };
  }
  if (from?.op === "countOf") {
    return {
      reckoning: `danh sách «${from.parts[0]!.name}» có ${from.expression} («${target}»).`,
      slip: "đếm",
      isIt: "Đây đúng là số mục",
      chosen: (name, shown) => `Đã chọn: «${shown}» là «${name}», «Cập nhật văn bản» sẽ sửa thành «${target}».`,
    };
  }
  return {
    reckoning: from ? `các số thành phần cộng lại là ${from.expression} = «${target}»:` : `theo các số thành phần là «${target}».`,
    slip: sum ? "cộng" : "tính",
    isIt: sum ? "Đây đúng là tổng" : "Đây đúng là số này",
    chosen: (name, shown) => `Đã chọn: «${name}» là ${sum ? "tổng" : "số này"}, «Cập nhật văn bản» sẽ sửa «${shown}» thành «${target}».`,
  };
}
