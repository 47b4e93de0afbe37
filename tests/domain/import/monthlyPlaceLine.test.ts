/**
 * Where the lower level's matters arose, stated on a line of its own «Nơi phát sinh: …» under the level's bullets: a
 * bullet's «phát sinh tại 12/18 xã» is where one part of the level arose, not the level's whole answer. Lai Châu and
 * Lạng Sơn clerks' lines, not the held-out report that showed it (97).
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function places(text: string): { state: string | undefined; value: string | null } {
  const r = recognizeFigures(text, MONTHLY).get("tcd:huyen.noiPhatSinh");
  return { state: r?.state, value: boundValue(r) };
}

it("never takes one bullet's «phát sinh tại …» for the level when a «Nơi phát sinh:» line states the whole", () => {
  const got = places(
    "3. Cấp huyện và cấp xã: tổng cộng 30 lượt với 35 người. Cụ thể:\n" +
      "- UBND các huyện, thành phố: 08 lượt/09 người;\n" +
      "- Chủ tịch UBND các xã, thị trấn: 22 lượt/26 người, phát sinh tại 12/18 xã.\n" +
      "Nơi phát sinh: huyện Tam Đường, huyện Sìn Hồ, thành phố Lai Châu; 12/18 xã.\n",
  );
  expect(got.value).not.toBe("12/18 xã");
  expect(got.state).not.toBe("notFound");
});

it("reads the «Nơi phát sinh:» line alone", () => {
  const got = places("3. Cấp huyện: tiếp 14 lượt/17 người.\nNơi phát sinh: huyện Cao Lộc, huyện Văn Lãng và thành phố Lạng Sơn.\n");
  expect(got.value).toBe("huyện Cao Lộc, huyện Văn Lãng và thành phố Lạng Sơn");
});

it("reads «Nơi phát sinh tiếp công dân:» and not the words «nơi phát sinh» inside a sentence", () => {
  expect(places("Lãnh đạo UBND các huyện tiếp 06 lượt.\nNơi phát sinh tiếp công dân: huyện Mường Nhé, thị xã Mường Lay\n").value).toBe(
    "huyện Mường Nhé, thị xã Mường Lay",
  );
  expect(places("Đề nghị các huyện ghi rõ nơi phát sinh: xã, thị trấn nào trong báo cáo tháng sau.\n").value).toBeNull();
});
