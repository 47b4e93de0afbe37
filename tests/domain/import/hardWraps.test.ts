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
