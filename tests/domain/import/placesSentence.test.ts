/**
 * Where the lower level's matters arose, in a sentence or bullet of its own: «Phát sinh tại 12/40 xã, phường; …»,
 * «- Phát sinh TCD tại …», «Phát sinh ở 5/9 huyện, thị xã: …», «Phát sinh tiếp công dân tại 20 xã, phường (tháng
 * trước: …)», and «9/9 huyện, thành phố có tiếp công dân» (the monthly form's wordings). Lines written for these
 * tests, each with a near-match.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const places = (lines: string) => boundValue(recognizeFigures(`3. Chủ tịch UBND các xã, phường\n${lines}\n`, MONTHLY).get("tcd:huyen.noiPhatSinh"));

describe("where the communes' matters arose, said in a sentence of its own", () => {
  it("reads «Phát sinh (tiếp công dân | TCD) tại/ở …» opening a sentence or a bullet", () => {
    expect(places("Tiếp 30 lượt với 41 người. Phát sinh tại 12/40 xã, phường; nhiều nhất là xã Yên Lạc.")).toBe("12/40 xã, phường");
    expect(places("- Tiếp 30 lượt/41 người.\n- Phát sinh TCD tại 12/40 xã, phường.")).toBe("12/40 xã, phường");
    expect(places("Tiếp 30 lượt. Phát sinh ở 5/9 huyện, thị xã: huyện Yên Lạc (03 lượt), thị xã Phúc Yên (02 lượt).")).toBe("5/9 huyện, thị xã");
    expect(places("Tiếp 30 lượt. Phát sinh tiếp công dân tại 20 xã, phường (tháng trước: 25 xã, phường).")).toBe("20 xã, phường");
  });

  it("near-match: what arose at a place that is no commune or district is not where the level's matters arose", () => {
    expect(places("Tiếp 30 lượt. Phát sinh tại Trụ sở Tiếp công dân tỉnh 02 vụ việc phức tạp.")).toBeNull();
  });

  it("reads «N/M huyện, … có tiếp công dân», never «… không có tiếp công dân»", () => {
    expect(places("Cấp huyện: 9/9 huyện, thành phố có tiếp công dân; nhiều nhất là huyện Yên Lạc.")).toBe("9/9 huyện, thành phố");
    expect(places("Cấp huyện: 3/9 huyện, thành phố không có tiếp công dân trong tháng.")).toBeNull();
  });
});
