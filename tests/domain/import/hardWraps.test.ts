import { joinHardWraps, wrapWidth } from "../../../src/domain/import/meaning/hardWraps";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

/** A paragraph broken at `width` columns the way a PDF viewer copies it. */
function wrapped(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

const PROSE =
  "Trong quý, toàn tỉnh tiếp nhận 3.412 hồ sơ thủ tục hành chính, trong đó riêng Văn phòng tiếp nhận 81 hồ sơ; Trung tâm Phục vụ hành chính công tỉnh đã giải quyết 7.766 hồ sơ, đạt 79,41%, số còn lại đang giải quyết theo quy định.";

describe("lines a page's width broke read as one clause", () => {
  it("joins every break the width forced and keeps the text's length", () => {
    const text = wrapped(PROSE, 64);
    expect(text.split("\n").length).toBeGreaterThan(3);
    const joined = joinHardWraps(text);
    expect(joined).toBe(PROSE);
    expect(joined.length).toBe(text.length);
  });

  it("keeps a list one item a line, bullets, a lead ending «:» and table rows, whatever the width", () => {
    const text = [wrapped(PROSE, 64), "Các phòng gồm:", "Phòng Tổng hợp", "Phòng Kinh tế", "- Biệt phái: 03 viên chức.", "Nội dung\tSố lượng", ""].join("\n");
    const joined = joinHardWraps(text);
    expect(joined.split("\n").slice(-6)).toEqual(["Các phòng gồm:", "Phòng Tổng hợp", "Phòng Kinh tế", "- Biệt phái: 03 viên chức.", "Nội dung\tSố lượng", ""]);
  });

  it("leaves a text of one paragraph a line (Word's own) as it is: it has no width", () => {
    const text = [PROSE, "Ngắn.", PROSE.slice(0, 100)].join("\n");
    expect(wrapWidth(text.split("\n"))).toBeNull();
    expect(joinHardWraps(text)).toBe(text);
  });

  it("reads «thuộc thẩm quyền của Sở» on the line before as the department's files, not the centre's", () => {
    const paragraph =
      "a) Kết quả giải quyết TTHC thuộc thẩm quyền của Sở (tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh): tiếp nhận 3.412 hồ sơ; đã giải quyết 3.318 hồ sơ, đạt 97,25% (đúng và trước hạn 3.305 hồ sơ, tỷ lệ 99,61%; trễ hạn 13 hồ sơ, tỷ lệ 0,39%); đang giải quyết 94 hồ sơ, chiếm 2,75%.";
    const head = ["UBND TỈNH TÂY NINH", "SỞ XÂY DỰNG", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "I. TÌNH HÌNH CHUNG"];
    const body = [wrapped("Sở có 04 phòng chuyên môn và 02 đơn vị sự nghiệp; trong quý, Sở không có công chức, viên chức bị xử lý vì hành vi tham nhũng.", 70), "4. Cải cách hành chính, giải quyết thủ tục hành chính"];
    const bound = (text: string) => [...recognizeFigures(text, REPORT)].filter(([id, r]) => id.startsWith("bcdc:hcc.") && r.state === "bound").map(([id]) => id);
    expect(bound([...head, ...body, paragraph].join("\n"))).toEqual([]);
    expect(bound([...head, ...body, wrapped(paragraph, 70)].join("\n"))).toEqual([]);
  });
});

describe("breaks inside a run-in list or a bracket in a wrapped text", () => {
  const prose = wrapped(PROSE, 64);

  it("reads a dash opening a line inside brackets the line before opened as a name's dash, not a bullet", () => {
    const text = `${prose}\nbổ nhiệm 02 Phó Trưởng phòng (01 Phó Trưởng phòng Tổng hợp; 01 Phó Khoa giáo\n- Văn xã); luân chuyển 03 công chức.`;
    expect(joinHardWraps(text)).toContain("Phó Khoa giáo - Văn xã); luân chuyển");
    // Outside brackets, or a bracket the dash's line does not close, the dash is a bullet.
    for (const tail of ["bổ nhiệm 02 Phó Trưởng phòng gồm Phó Trưởng phòng Tổng hợp và Phó Trưởng phòng Khoa giáo\n- Văn xã luân chuyển 03.", "bổ nhiệm 02 Phó Trưởng phòng (01 Phó Trưởng phòng Tổng hợp; 01 Phó Trưởng phòng Khoa giáo\n- Văn xã luân chuyển 03."]) {
      expect(joinHardWraps(`${prose}\n${tail}`)).toContain("\n- Văn xã");
    }
  });

  it("joins the lines of items run in with «;», and the lead whose next line holds several", () => {
    const list = "Văn phòng có 03 phòng, gồm: Phòng Tổng hợp; Phòng Nội chính;\nPhòng Khoa giáo - Văn xã; và 02 đơn vị trực thuộc:\nTrung tâm Thông tin; Nhà khách tỉnh.";
    expect(joinHardWraps(`${prose}\n${list}`)).toContain(list.replace(/\n/g, " "));
  });

  it("keeps a list one item a line, after a lead or with «;» at each end, as it is", () => {
    const list = "Văn phòng có 03 phòng; 02 đơn vị, gồm:\nPhòng Tổng hợp;\nPhòng Nội chính;\nPhòng Khoa giáo - Văn xã.";
    expect(joinHardWraps(`${prose}\n${list}`)).toContain(list);
  });
});

describe("a wrapped text's sentences read on where they plainly go on", () => {
  // A paste whose lines break near, not at, the page's width (the copy's own wrapping): «… là cơ quan chuyên⏎môn …».
  const lines = [
    "Sau khi hợp nhất hai tỉnh, Văn phòng Ủy ban nhân dân tỉnh được tổ chức lại theo Quyết định số",
    "26/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh, là cơ quan chuyên môn thuộc UBND tỉnh, có",
    "chức năng tham mưu tổng hợp, giúp việc cho UBND tỉnh. Trụ sở chính đặt tại phường Đạo Thạnh.",
    "Biên chế năm 2026 được giao 84 công chức, hiện có 79 công chức; 21 người làm việc, hiện có 19",
    "viên chức; 10 hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP.",
  ];

  it("joins a prose line ending no sentence whose next line starts no heading nor item, however short of the width", () => {
    const text = [...lines, "Bộ phận Một cửa tiếp nhận 126 hồ sơ (quý IV/2025: 118 hồ sơ); đã giải", "quyết, trả kết quả 119", "hồ sơ, đạt 94,44%, trong đó trả sớm hạn 41 hồ sơ, trả đúng hạn 78 hồ sơ."].join("\n");
    expect(joinHardWraps(text)).toContain("đã giải quyết, trả kết quả 119 hồ sơ, đạt 94,44%, trong đó");
  });

  it("keeps short lines after a long one apart: a list one item a line after a number, cells one a line", () => {
    const items = ["Trình độ chuyên môn của công chức trong Văn phòng được tổng hợp như sau, gồm", "tiến sĩ 02", "thạc sĩ 38", "đại học 39"];
    // The lead's line goes on into the first item (no «:» ends it); the items after a number keep their lines.
    expect(joinHardWraps([...lines, ...items].join("\n")).split("\n").slice(-3)).toEqual([items.slice(0, 2).join(" "), ...items.slice(2)]);
    const cells = ["Bảng 1. Kết quả giải quyết hồ sơ tại Bộ phận Một cửa của Văn phòng tỉnh", "Tiếp nhận", "132", "Trả đúng hạn", "92"];
    expect(joinHardWraps([...lines, ...cells].join("\n")).split("\n").slice(-3)).toEqual(cells.slice(2));
  });

  it("keeps a heading, a title's second line, a sentence's end and a short item apart", () => {
    const kept = ["1. Công tác quán triệt, tuyên truyền", "Văn phòng tiếp tục quán triệt Luật.", "Các đơn vị gồm", "Phòng Tổng hợp", "Nhà khách tỉnh"];
    const text = [...lines, ...kept].join("\n");
    expect(joinHardWraps(text).split("\n").slice(-kept.length)).toEqual(kept);
  });

  it("joins a line ending on a dash to the next, and only then", () => {
    const text = [...lines, "gồm 01 Phó Trưởng phòng Tổng hợp -", "Kinh tế và 01 Phó Trưởng phòng Khoa giáo.", "Phòng Tổng hợp", "Kinh tế"].join("\n");
    const read = joinHardWraps(text);
    expect(read).toContain("Tổng hợp - Kinh tế và 01");
    expect(read).toContain("\nPhòng Tổng hợp\nKinh tế");
  });

  it("takes no width from lines laid out with spaces (a two-column heading, a signature block)", () => {
    const heading = "UBND TỈNH ĐỒNG THÁP                                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    const signed = "                                                             Ký bởi: Văn phòng Ủy ban nhân dân tỉnh";
    expect(wrapWidth([heading, ...lines, signed])).toBe(wrapWidth(lines));
  });
});
