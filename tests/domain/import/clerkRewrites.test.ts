/**
 * The causes of the wrong bindings the metamorphic harness found (tests/domain/import/metamorphic.test.ts), each as
 * its general shape: whatever the clerk's wording of the same thing, the number is read the same way.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = ["VĂN PHÒNG UBND TỈNH SƠN LA", "BÁO CÁO", "Kết quả thực hiện công tác dân chủ quý I năm 2026", "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", "2. Cải cách hành chính"];
const CENTRE = "Trung tâm Phục vụ hành chính công tỉnh, từ 15/12/2025 đến 14/3/2026: tiếp nhận 9.780 hồ sơ; đã giải quyết 7.766 hồ sơ (79,41%), đang giải quyết 1.884 hồ sơ (19,26%).";

function values(lines: string[], id: string): string[] {
  const r = recognizeFigures([...HEAD, ...lines].join("\n"), REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : [];
}

describe("an earlier period written as a clerk writes it states that period's figures", () => {
  it.each([
    "Cùng kỳ năm trước tiếp nhận 8.123 hồ sơ.",
    "Cùng kỳ năm 2025 Trung tâm tiếp nhận 8.123 hồ sơ.",
    "Quý trước tiếp nhận 8.123 hồ sơ.",
    "Năm trước Trung tâm tiếp nhận 8.123 hồ sơ.",
    "Trung tâm tiếp nhận 8.123 hồ sơ trong cùng kỳ năm trước.",
    "Trung tâm đã tiếp nhận 8.123 hồ sơ vào quý trước.",
  ])("«%s» is not the quarter's", (sentence) => {
    expect(values([CENTRE, sentence], "bcdc:hcc.tiepNhan")).toEqual(["9.780"]);
    expect(values([sentence], "bcdc:hcc.tiepNhan")).toEqual([]);
  });

  it.each(["Kỳ trước chuyển sang 56 hồ sơ.", "Tăng 12% so với cùng kỳ năm trước."])("«%s» is this period's or a change, as before", (sentence) => {
    expect(values([CENTRE, sentence], "bcdc:hcc.tiepNhan")).toEqual(["9.780"]);
  });
});

describe("another agency as the subject, after «Riêng», «Còn», «Đối với»", () => {
  it.each(["Riêng Sở Giao thông vận tải tiếp nhận 67 hồ sơ, đang giải quyết 71 hồ sơ.", "Còn Sở Tư pháp tiếp nhận 67 hồ sơ, đang giải quyết 71 hồ sơ.", "Đối với Sở Y tế, đã tiếp nhận 67 hồ sơ, đang giải quyết 71 hồ sơ."])(
    "«%s» binds none of the centre's figures",
    (sentence) => {
      expect(values([CENTRE, sentence], "bcdc:hcc.tiepNhan")).toEqual(["9.780"]);
      expect(values([CENTRE, sentence], "bcdc:hcc.dangGiaiQuyet")).toEqual(["1.884"]);
    },
  );
});

describe("files in hand are said with a word of being in hand, whatever the verb", () => {
  it.each(["đang xử lý", "chưa giải quyết xong", "còn đang giải quyết"])("«giải quyết N» is resolved; «%s N» is in hand", (inHand) => {
    const text = `Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.780 hồ sơ, giải quyết 7.766 hồ sơ (79,41%); ${inHand} 1.884 hồ sơ (19,26%).`;
    expect(values([text], "bcdc:hcc.dangGiaiQuyet")).not.toContain("7.766");
    expect(values([text], "bcdc:hcc.tyLeDangGiaiQuyet")).not.toContain("79,41%");
  });
});

describe("a breakdown opened by «Bao gồm», «Gồm có», «Trong số này» lists parts, never the total", () => {
  it.each(["Trong đó", "Bao gồm", "Gồm có", "Trong số này"])("«%s …, qua bưu chính 132 HS» is no total received", (lead) => {
    const text = `Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 5,65 ngàn hồ sơ. ${lead} 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận trực tuyến 1,25 ngàn HS, tiếp nhận qua dịch vụ bưu chính công ích 132 HS.`;
    expect(values([text], "bcdc:hcc.tiepNhan")).toEqual([]);
  });
});
