/**
 * Figures bound although their sentence is about someone else, a plan, or another span (wt-precision44, from the
 * corpus's known wrong 320, 321, 371, 372): a draft's mark above the header, «đồng chí» before another government's
 * head, a label line whose label names grassroots places, an item of a list by place led by a span. Each both sides: the near text still binds. Texts made up here, in the
 * ways clerks write.
 */
import { advisedPlaces } from "../../../src/domain/import/meaning/advisedAct";
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { otherDeskSentences } from "../../../src/domain/import/meaning/otherDesk";
import { heldByOtherHead } from "../../../src/domain/import/meaning/otherHeadsAct";
import { placeOwning } from "../../../src/domain/import/meaning/placeParts";
import { readFields } from "../../support/readFields";

const at = (text: string, figure: string) => {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return i;
};

const HEADER = "HĐND VÀ UBND PHƯỜNG THỤC PHÁN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n         VĂN PHÒNG                         Độc lập - Tự do - Hạnh phúc\n\nSố:    /BC-VP                              Thục Phán, ngày   tháng 6 năm 2026\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const DRAFT = "DỰ THẢO lần 2 (Nông Thị Thảo soạn, 11/6/2026 – chưa trình ký)\n\n";

describe("a draft's mark above the header", () => {
  it("leaves the capitals block under it the header", () => {
    const header = documentHeader(DRAFT + HEADER);
    expect(header.body).toBe("văn phòng");
    expect(header.parent).toBe("hội đồng nhân dân và ủy ban nhân dân phường thục phán");
    expect(documentHeader("Dự thảo\n" + HEADER).body).toBe("văn phòng");
  });

  it("is only a line opening with «dự thảo»: another first line still hides the block, as before", () => {
    expect(documentHeader("Kính gửi: anh Phong - phòng Xây dựng chính quyền\n\n" + HEADER).body).toBeNull();
    expect(documentHeader("Dự án đã xong (ghi chú)\n\n" + HEADER).body).toBeNull();
  });
});

describe("another government's head, «đồng chí» before the title", () => {
  const office = "văn phòng";
  const text = (s: string) => `Ngày 21/5/2026, ${s} đối thoại với Nhân dân các tổ dân phố 3, 4 và 7, nhận được 17 ý kiến.`;
  it.each(["đồng chí Chủ tịch UBND phường", "đ/c Chủ tịch UBND phường", "ông Phó Chủ tịch UBND phường"])("«%s» holds the dialogue: not the office head's", (holder) => {
    const t = text(holder);
    expect(heldByOtherHead(t, 0, at(t, "17"), office)).toBe(true);
  });

  it("the office's own head, or the chairman in the People's Committee's own report, keeps it", () => {
    const own = text("đồng chí Chánh Văn phòng");
    expect(heldByOtherHead(own, 0, at(own, "17"), office)).toBe(false);
    const chair = text("đồng chí Chủ tịch UBND phường");
    expect(heldByOtherHead(chair, 0, at(chair, "17"), "ủy ban nhân dân phường thục phán")).toBe(false);
  });

  it("in a draft: the ward chairman's opinions are no figure of the office's dialogue, its own head's are", () => {
    const body = (s: string) => `${DRAFT}${HEADER}6. Đối thoại, tiếp nhận đơn thư\n\n${text(s)} Văn phòng tổng hợp, tham mưu trả lời bằng văn bản.\n`;
    expect(readFields(body("đồng chí Chủ tịch UBND phường"), "doiThoai.soYKien")).not.toEqual(["17"]);
    expect(readFields(body("đồng chí Chánh Văn phòng"), "doiThoai.soYKien")).toEqual(["17"]);
  });
});

describe("a label line whose label names grassroots places", () => {
  const office = "văn phòng hội đồng nhân dân và ủy ban nhân dân";
  it("«Tổ dân phố UBND phường dự kiến kiểm tra (Văn phòng tham mưu): 04» counts the ward's places", () => {
    const t = "2.2. Kiểm tra\n- Kiểm tra nội bộ Văn phòng: chưa thực hiện trong quý\n- Tổ dân phố UBND phường dự kiến kiểm tra (Văn phòng tham mưu): 04\n";
    expect(advisedPlaces(t, at(t, "04"), at(t, "04") + 2, office)).toBe(true);
    // The ward's own report: its places are its own.
    expect(advisedPlaces(t, at(t, "04"), at(t, "04") + 2, "ủy ban nhân dân phường vĩnh yên")).toBe(false);
  });

  it("a label naming the office's own units keeps the number", () => {
    const t = "2.2. Kiểm tra\n- Đơn vị thuộc Văn phòng dự kiến kiểm tra (Văn phòng tham mưu): 04\n";
    expect(advisedPlaces(t, at(t, "04"), at(t, "04") + 2, office)).toBe(false);
  });
});

describe("an item led by a span among items led by places", () => {
  const share = (t: string, figure: string) => placeOwning(t, at(t, figure), { from: 0, to: t.length });
  it("is one more share: «…; từ 01/7/2025 tiếp nhận, xử lý 29»", () => {
    const t = "Phản ánh, kiến nghị về quy định hành chính: tỉnh Đồng Nai (cũ) 11; tỉnh Bình Phước (cũ) 05 (đến 30/6/2025); từ 01/7/2025 tiếp nhận, xử lý 29.";
    expect(share(t, "29")?.name).toBe("từ 01/7/2025");
    expect(share(t, "11")?.name).toBe("tỉnh đồng nai");
  });
  it("alone, a span leads no share", () => {
    const t = "Phản ánh, kiến nghị về quy định hành chính: từ 01/7/2025 tiếp nhận, xử lý 29.";
    expect(share(t, "29")).toBeNull();
    const total = "Phản ánh, kiến nghị về quy định hành chính: tiếp nhận, xử lý 29 (tỉnh Đồng Nai (cũ) 11).";
    expect(share(total, "29")).toBeNull();
  });
});

describe("a sentence with no subject after another body's desk sentence", () => {
  const own = ["ủy ban nhân dân tỉnh lai châu\nvăn phòng"];
  const other = "Bộ phận một cửa của Sở Công Thương: tiếp nhận 67 hồ sơ, trả đúng hạn 47 hồ sơ, trễ hạn 89 hồ sơ.\n";
  const terse = "Tiếp nhận 74 hồ sơ; đã giải quyết, trả kết quả 71 hồ sơ, đạt 95,95%; trong đó trả sớm hạn 09 hồ sơ, trả đúng hạn 62 hồ sơ; đang giải quyết 03 hồ sơ.\n";
  it("leaves that sentence out of the scope: it names no subject for the next", () => {
    const t = `3.6.1. Bộ phận một cửa của Văn phòng\n${other}${terse}`;
    const found = otherDeskSentences(t, t.indexOf("Tiếp nhận 74"), own);
    expect(found.map((r) => t.slice(r.from, r.to).trim())).toEqual([other.trim()]);
  });
  it("the office's own desk sentence is no other body's", () => {
    const t = `3.6.1. Bộ phận một cửa\nBộ phận một cửa của Văn phòng tiếp nhận 81 hồ sơ.\n${terse}`;
    expect(otherDeskSentences(t, t.indexOf("Tiếp nhận 74"), own)).toEqual([]);
  });
  it("in a report: the office desk's terse line under its heading is still the desk's", () => {
    const head = "UBND TỈNH LAI CHÂU\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n";
    const t = (between: string) => `${head}3.6. Cải cách hành chính\n3.6.1. Bộ phận một cửa của Văn phòng\n${between}${terse}`;
    expect(readFields(t(other), "motCuaVp.tiepNhan", "motCuaVp.dangGiaiQuyet")).toEqual(readFields(t(""), "motCuaVp.tiepNhan", "motCuaVp.dangGiaiQuyet"));
    expect(readFields(t(""), "motCuaVp.tiepNhan")).toEqual(["74"]);
  });
});
