/**
 * «lĩnh vực giáo dục … 2.100 hồ sơ, nội vụ 900 hồ sơ, …; tổng cộng đã giải quyết 3.900 hồ sơ»: counts written sector
 * by sector in prose and closed by a «tổng cộng» they add up to exactly are its parts; the centre's figure is the
 * total, and the words opening the list («Hồ sơ … rút … gồm») describe it (meaning/trailingTotals.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { byLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const HEAD = "VĂN PHÒNG UBND TỈNH HÀ GIANG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ THỰC HIỆN\n3. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Trung tâm\n";
const RECEIVED = "Hồ sơ tiếp nhận (Trung tâm PVHCC)";
const RESOLVED = "Hồ sơ đã giải quyết";
const WITHDRAWN = "Hồ sơ rút và trả lại";

/** The centre's report with its sectors' counts, each paragraph closed by the totals given. */
function report(received: string, resolved: string, withdrawn: string): string {
  return (
    `${HEAD}Về tiếp nhận, lĩnh vực giáo dục, đào tạo tiếp nhận nhiều nhất với 2.140 hồ sơ, tiếp đến lĩnh vực nội vụ 905 hồ sơ, lĩnh vực văn hóa 310 hồ sơ và các sở, ngành còn lại 645 hồ sơ; tổng cộng Trung tâm tiếp nhận ${received} hồ sơ.\n\n` +
    `Về giải quyết, lĩnh vực giáo dục, đào tạo đã giải quyết 2.100 hồ sơ, nội vụ 900 hồ sơ, văn hóa 300 hồ sơ và các sở, ngành còn lại 600 hồ sơ; tổng cộng đã giải quyết ${resolved} hồ sơ, đạt 97,50%.\n\n` +
    `Hồ sơ công dân rút và cơ quan trả lại gồm lĩnh vực giáo dục 21 hồ sơ, nội vụ 09 hồ sơ và các lĩnh vực khác 06 hồ sơ; tổng cộng ${withdrawn} hồ sơ.\n`
  );
}

function read(text: string, label: string): { state: string; values: string[] } {
  const r = recognizeFigures(text, QUARTERLY).get(byLabel(label, QUARTERLY).id);
  if (r?.state === "bound") return { state: r.state, values: r.occurrences.map((o) => o.input) };
  if (r?.state === "ambiguous") return { state: r.state, values: r.candidates.map((c) => c.input) };
  return { state: r?.state ?? "none", values: [] };
}

describe("a total closing a sentence of sectors' counts", () => {
  const text = report("4.000", "3.900", "36");

  it("the sectors add up to «tổng cộng Trung tâm tiếp nhận …», «tổng cộng đã giải quyết …»: the totals are the centre's", () => {
    expect(read(text, RECEIVED)).toEqual({ state: "bound", values: ["4.000"] });
    expect(read(text, RESOLVED)).toEqual({ state: "bound", values: ["3.900"] });
  });

  it("«Hồ sơ … rút … gồm A 21, B 09 và khác 06; tổng cộng 36 hồ sơ»: the words opening the list describe its total", () => {
    expect(read(text, WITHDRAWN)).toEqual({ state: "bound", values: ["36"] });
  });

  it("totals the sectors do not add up to mark no part: no sector's count and no total is chosen", () => {
    const near = report("4.100", "3.950", "38");
    for (const label of [RECEIVED, RESOLVED, WITHDRAWN]) {
      const r = read(near, label);
      expect(r.state).not.toBe("bound");
    }
    expect(read(near, RECEIVED).values).toContain("2.140");
  });
});
