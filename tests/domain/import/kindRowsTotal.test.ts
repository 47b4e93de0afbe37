/**
 * A table of dossiers by kind of procedure («TT | Lĩnh vực | Tiếp nhận | Đã giải quyết | …» then «Tổng cộng»): the
 * kinds are parts, the total row is the desk's figure. And «Đã giải quyết» split only into «Đúng hạn | Trễ hạn»: that
 * on-time column counts the early ones too, so it is no figure of the on-time ones alone. Each with its other side.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { gridAt } from "../../../src/domain/import/meaning/tableGrid";
import { gridAxes } from "../../../src/domain/import/meaning/gridRows";

const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(`bcdc:${id}`);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
};

const head = "UBND TỈNH LẠNG SƠN\nSỞ TÀI CHÍNH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const table = (label: string, columns: string, total: string) =>
  `${head}III. KẾT QUẢ THỰC HIỆN\n3. Kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa của Sở trong quý như sau:\n` +
  `TT\t${label}\t${columns}\n1\tĐầu tư\t642\t628\t598\t30\t14\n2\tNgân sách\t318\t313\t301\t12\t5\n3\tĐăng ký kinh doanh\t211\t205\t190\t15\t6\n\t${total}\t1.171\t1.146\t1.089\t57\t25\n`;

describe("a table by kind of procedure", () => {
  const axesOf = (label: string) => {
    const text = table(label, "Tiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tĐang giải quyết", "Tổng cộng");
    const at = text.indexOf("1.171");
    return gridAxes(gridAt(text, { start: at, end: at + 5 })!.grid);
  };

  it("is read as kinds when «Lĩnh vực» heads the labels", () => {
    expect(axesOf("Lĩnh vực").byKind).toBe(true);
    expect(axesOf("Tên lĩnh vực").byKind).toBe(true);
  });

  it("near-miss: rows of offices or of contents are not kinds", () => {
    expect(axesOf("Đơn vị").byKind).toBe(false);
    expect(axesOf("Nội dung").byKind).toBe(false);
  });

  it("gives the desk's figures from its total row", () => {
    const text = table("Lĩnh vực", "Tiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tĐang giải quyết", "Tổng cộng");
    expect(read(text, "motCuaVp.tiepNhan")).toBe("1.171");
    expect(read(text, "motCuaVp.traSom")).toBe("1.089");
  });
});

describe("an on-time column with no early column beside it", () => {
  const text = (sentence: string) =>
    table("Lĩnh vực", "Tiếp nhận\tĐã giải quyết\tĐúng hạn\tTrễ hạn\tĐang giải quyết", "Tổng cộng") + sentence;

  it("is no figure of the on-time ones alone: the prose's split is", () => {
    expect(read(text("Trong đó trả trước hạn 1.002 hồ sơ, đúng hạn 87 hồ sơ.\n"), "motCuaVp.dungHan")).toBe("87");
  });

  it("near-miss: beside an early column, «Đúng hạn» is the on-time ones", () => {
    const both = table("Lĩnh vực", "Tiếp nhận\tĐã giải quyết\tTrước hạn\tĐúng hạn\tĐang giải quyết", "Tổng cộng");
    expect(read(both, "motCuaVp.dungHan")).toBe("57");
  });
});
