/**
 * What the unseen batches 580–616 showed wrong, each as a clerk wrote it, with the near-miss beside it (581):
 * - a ward's paragraph tells its chairman's dialogue and, dated too, the city chairman's: the ward's 11 opinions are
 *   its own, the other body's session beside it makes no sessions paragraph of it; and the 03 «giao Phòng … trả lời»
 *   are a part handed on, never what the dialogue received;
 * - «Chủ tịch UBND Thành phố tặng Bằng khen cho 01 tập thể …; tặng Bằng khen cho 01 cá nhân … phòng cháy»: the bare
 *   clause carries on the city chairman as giver, so its 01 is no Prime Minister's award;
 * - «trong đó hồ sơ nộp trực tuyến 3.912 hồ sơ»: a channel's share, nothing withdrawn;
 * - «Số hồ sơ tiếp nhận trong kỳ là 5.679 hồ sơ» in a report with «Kỳ trước chuyển sang»: the new ones only, not the
 *   received total the form counts with the carried ones;
 * - «03 đồng chí Phó Chủ tịch kiêm người đứng đầu tổ chức chính trị - xã hội»: another second post than heading the
 *   centre (592);
 * - a commune's month told day by day as a numbered list («4. Thứ Năm, ngày 02/7/2026 (tiếp định kỳ): Chủ tịch UBND
 *   xã dự họp tại tỉnh, …; tiếp 04 lượt, 05 người»): one day's session, never the province leaders' (586);
 * - an office's divisions as communes, unions and fronts name them: «có 04 cơ quan, đơn vị gồm: …» (583), «có 05
 *   ban, văn phòng, gồm: …» (582, 592), and an outline's table row «Số phòng chuyên môn, nghiệp vụ thuộc Sở⇥07⇥…» (584);
 * - a questionnaire's «Câu 15. Đơn thư khiếu nại, tố cáo …?» answered «Trả lời: Không có. Trong quý, Sở tiếp nhận 27
 *   đơn …, đang xem xét 06 đơn»: none, not the citizens' letters after it (612);
 * - «Tuyển dụng 04 viên chức qua kỳ xét tuyển» beside «03 viên chức … đang biệt phái»: no secondment requested (614);
 * - «Nhà khách UBND tỉnh (cơ sở Quy Nhơn); Nhà khách Phù Đổng (cơ sở Pleiku).»: each site is its guest house's name,
 *   the last one's too; «Tỷ lệ hồ sơ nộp trực tuyến đạt 71,3%» is the online rate, no pending share (600).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { datedSession } from "../../../src/domain/import/meaning/datedSessions";
import { namesNew, newOnly } from "../../../src/domain/import/meaning/carriedOver";
import { channelRate, channelShare } from "../../../src/domain/import/meaning/channelPart";
import { awardAt } from "../../../src/domain/import/meaning/vetoAward";
import { otherConcurrentRole } from "../../../src/domain/import/meaning/concurrentRole";
import { afterNoneAnswer } from "../../../src/domain/import/meaning/answeredNone";
import { featureSet } from "../../../src/domain/import/meaning/words";
import { REPORT, builtInDefinition } from "../../support/forms";
import { listsFound } from "../../support/unitLists";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "../../support/corpusMeasure";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
}

const head = "UBND THÀNH PHỐ HỒ CHÍ MINH\nỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ\n";
const dialogue = (other: string) =>
  `${head}2. Ngày 14/5/2026, Chủ tịch UBND phường tổ chức hội nghị đối thoại trực tiếp với Nhân dân khu phố 7, khu phố 8 về chỉnh trang đô thị, nhận được 11 ý kiến; đã trả lời tại hội nghị 08 ý kiến, 03 ý kiến giao Phòng Kinh tế, Hạ tầng và Đô thị trả lời bằng văn bản. ${other}\n`;

describe("a dialogue told beside another body's dated session", () => {
  it("reads the ward's own opinions, not the part handed on", () => {
    const text = dialogue("Ngày 22/5/2026, Chủ tịch UBND Thành phố đối thoại với Nhân dân các phường khu vực Bình Dương (cũ), Nhân dân phường nêu 05 ý kiến.");
    expect(state(text, "bcdc:doiThoai.soYKien")).toBe("11");
  });

  it("near-miss: two sessions of the ward's own, day by day, are still sessions", () => {
    const line = "Ngày 14/5/2026, Chủ tịch UBND phường tiếp 03 lượt công dân. Ngày 21/5/2026, Chủ tịch UBND phường tiếp 04 lượt công dân.";
    expect(datedSession(line, line.indexOf("03"))).toBe(true);
    expect(datedSession(line, line.indexOf("03"), () => true)).toBe(false);
    expect(datedSession(line, line.indexOf("04"), () => true)).toBe(true);
  });
});

describe("a bare «; tặng Bằng khen» after another giver's clause", () => {
  const text = "Chủ tịch UBND Thành phố tặng Bằng khen cho 01 tập thể và 03 cá nhân của phường; tặng Bằng khen cho 01 cá nhân có thành tích trong phong trào Toàn dân tham gia phòng cháy, chữa cháy.";
  it("carries the giver on, as a refusal only", () => {
    const at = text.lastIndexOf("01");
    expect(awardAt(text, at, at + 2)).toEqual({ title: "bằng khen", giver: null, carried: "chủ tịch" });
    expect(state(`${head}4. Về thi đua, khen thưởng: ${text}\n`, "bcdc:khenThuong.bangKhenTTg")).not.toBe("01");
    expect(state(`${head}4. Về thi đua, khen thưởng: ${text}\n`, "bcdc:khenThuong.pccc")).toBe("01");
  });

  it("near-miss: a clause with its own verb and subject carries nothing", () => {
    const own = "Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể; Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân.";
    const at = own.lastIndexOf("01");
    expect(awardAt(own, at, at + 2)).toEqual({ title: "bằng khen", giver: "thủ tướng" });
  });
});

describe("received dossiers split by channel and by period", () => {
  it("«trong đó hồ sơ nộp trực tuyến 3.912» is a channel's share", () => {
    const text = "Số hồ sơ tiếp nhận là 5.679 hồ sơ; trong đó hồ sơ nộp trực tuyến 3.912 hồ sơ, chiếm 68,89%.";
    expect(channelShare("hồ sơ rút và trả lại", text, text.indexOf("3.912"))).toBe(true);
    expect(channelShare("hồ sơ rút và trả lại", text, text.indexOf("5.679"))).toBe(false);
  });

  it("«tiếp nhận trong kỳ» beside a carry-over is the new ones only", () => {
    const text = "Tổng cộng\t153\t5.679\t5.814\nSố hồ sơ tiếp nhận trong kỳ là 5.679 hồ sơ.\n(cột Kỳ trước chuyển sang)";
    expect(newOnly(text, text.indexOf("5.679 hồ"))).toBe(true);
    expect(namesNew("hồ sơ tiếp nhận mới trong kỳ")).toBe(true);
    expect(namesNew("hồ sơ tiếp nhận")).toBe(false);
  });

  it("near-miss: with no carry-over written, «trong kỳ» only says when", () => {
    const text = "Số hồ sơ tiếp nhận trong kỳ là 5.679 hồ sơ, đã giải quyết 5.597 hồ sơ.";
    expect(newOnly(text, text.indexOf("5.679"))).toBe(false);
  });
});

describe("leaders holding a second post", () => {
  const label = "Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC";
  const after = (text: string) => otherConcurrentRole(label, text, text.indexOf("03") + 2);

  it("another post after «kiêm» is no leader heading the centre", () => {
    expect(after("Chủ tịch và 04 Phó Chủ tịch (trong đó 03 đồng chí Phó Chủ tịch kiêm người đứng đầu tổ chức chính trị - xã hội).")).toBe(true);
  });

  it("near-miss: the centre's director, written out or short, and a bare «kiêm nhiệm»", () => {
    expect(after("03 Phó Chánh Văn phòng, trong đó 01 đồng chí kiêm Giám đốc Trung tâm Phục vụ hành chính công.")).toBe(false);
    expect(after("CVP và 03 PCVP (01 đ/c kiêm GĐ TTPVHCC).")).toBe(false);
    expect(after("Giám đốc Trung tâm do 03 Phó Chánh Văn phòng kiêm nhiệm.")).toBe(false);
  });
});

describe("a month told as a numbered list of days", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const month = (fourth: string) =>
    `UBND TỈNH ĐẮK LẮK\nỦY BAN NHÂN DÂN XÃ EA SÚP\n\nBÁO CÁO\nKết quả công tác tiếp công dân tháng 7 năm 2026\n\nI. KẾT QUẢ TIẾP CÔNG DÂN THEO TỪNG NGÀY\n` +
    `1. Thứ Năm, ngày 25/6/2026 (tiếp định kỳ): Chủ tịch UBND xã tiếp 02 lượt, 02 người.\n\n${fourth}\n\n` +
    `II. TỔNG HỢP CẢ THÁNG\nTrong tháng 7/2026, lãnh đạo UBND xã tiếp tổng cộng 06 lượt với 07 người.\n`;
  const read = (text: string, id: string) => {
    const r = recognizeFigures(text, MONTHLY).get(id);
    return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
  };

  it("a day's session, even one that names the province, is no province leaders' figure", () => {
    const text = month("2. Thứ Năm, ngày 02/7/2026 (tiếp định kỳ): Chủ tịch UBND xã dự họp tại tỉnh, ủy quyền Phó Chủ tịch UBND xã tiếp thay; tiếp 04 lượt, 05 người.");
    expect(read(text, "tcd:tinh.nguoi")).not.toBe("05");
    expect(datedSession(text, text.indexOf("05 người"))).toBe(true);
  });

  it("near-miss: paragraphs opened by their days, with no item's mark, tell different events", () => {
    const text = "Ngày 18/7/2026, Giám đốc Ban tổ chức hội nghị đối thoại với viên chức, nhận được 12 ý kiến.\n\nNgày 07/8/2026, Chủ tịch UBND xã chủ trì đối thoại với 46 hộ dân.\n";
    expect(datedSession(text, text.indexOf("12"))).toBe(false);
  });

  it("near-miss: a lone session beside a postponed day is still the period's", () => {
    const text = "Ngày 16/3/2026 (thứ Hai): Chủ tịch UBND tỉnh tiếp 02 lượt với 07 người.\nNgày 13/4/2026: lịch tiếp định kỳ được lùi sang ngày 20/4/2026 do trùng lịch.\n";
    expect(datedSession(text, text.indexOf("07"))).toBe(false);
  });
});

describe("an office's divisions as communes, unions and fronts name them", () => {
  it("reads the names with their count", () => {
    expect(listsFound("UBND xã có Chủ tịch và 02 Phó Chủ tịch; có 04 cơ quan, đơn vị gồm: Văn phòng HĐND và UBND; Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã.")).toEqual({
      "toChuc.danhSach": "Văn phòng HĐND và UBND\nPhòng Kinh tế\nPhòng Văn hóa - Xã hội\nTrung tâm Phục vụ hành chính công xã",
      "toChuc.so": "04",
    });
    expect(listsFound("Cơ quan Liên đoàn Lao động tỉnh có 05 ban, văn phòng, gồm: Văn phòng; Ban Tổ chức - Kiểm tra; Ban Tuyên giáo - Nữ công; Ban Chính sách - Pháp luật; Ban Tài chính.")["toChuc.so"]).toBe("05");
    const row = "2\tSố phòng chuyên môn, nghiệp vụ thuộc Sở\t03\tVăn phòng; Thanh tra; Phòng Tổ chức cán bộ\n3\tSố công chức\t45\t";
    expect(listsFound(row)).toEqual({ "toChuc.danhSach": "Văn phòng\nThanh tra\nPhòng Tổ chức cán bộ", "toChuc.so": "03" });
  });

  it("near-miss: places visited, and a count that is not the names'", () => {
    expect(listsFound("Đoàn kiểm tra làm việc tại 04 cơ quan, đơn vị gồm: Văn phòng; Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã.")).toEqual({});
    expect(listsFound("UBND xã có 05 cơ quan, đơn vị gồm: Văn phòng HĐND và UBND; Phòng Kinh tế; Phòng Văn hóa - Xã hội.")["toChuc.danhSach"]).toBeUndefined();
  });
});

describe("a questionnaire's answer of none", () => {
  const words = featureSet("Đơn thư, khiếu nại, tố cáo nhận được");
  const answer = (first: string) =>
    `Câu 15. Đơn thư khiếu nại, tố cáo đối với công chức, viên chức của cơ quan?\nTrả lời: ${first} Trong quý, Sở tiếp nhận 27 đơn đề nghị của công dân, đang xem xét 06 đơn.\n`;

  it("leaves the numbers after it to other figures", () => {
    const text = answer("Không có.");
    expect(afterNoneAnswer(text, text.indexOf("06"), words)).toBe(true);
  });

  it("near-miss: an answer that counts, and a question about something else", () => {
    const counted = answer("Sở nhận 02 đơn.");
    expect(afterNoneAnswer(counted, counted.indexOf("06"), words)).toBe(false);
    const other = "Câu 16. Phản ánh của công dân về dịch vụ công?\nTrả lời: Không có. Trong quý nhận 06 cuộc gọi.\n";
    expect(afterNoneAnswer(other, other.indexOf("06"), words)).toBe(false);
  });
});

describe("a narrower figure whose words the sentence lacks", () => {
  const staff = (last: string) =>
    `UBND TỈNH TÂY NINH\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\nIII. CÔNG TÁC CÁN BỘ\n` +
    `Trong quý, Ban điều động 02 viên chức đến Ban Quản lý dự án đầu tư xây dựng khu vực Đức Hòa. Luân chuyển 05 viên chức giữa các phòng điều hành dự án. Hiện có 03 viên chức của Ban đang biệt phái tại Ban Quản lý dự án đầu tư xây dựng khu vực Đức Hòa. ${last}\n`;
  it("is not a recruitment (614 as its clerk wrote it)", () => {
    const [doc] = readdirSync(join(CORPUS, "heldout")).filter((f) => f.startsWith("614-") && f.endsWith(".txt"));
    const text = readFileSync(join(CORPUS, "heldout", doc!), "utf8");
    expect(text).toContain("Tuyển dụng 04 viên chức qua kỳ xét tuyển");
    expect(state(text, "bcdc:bietPhai.trinhXin")).not.toBe("04");
  });
  it("near-miss: the request itself is", () => {
    expect(state(staff("Ban trình xin biệt phái 04 viên chức."), "bcdc:bietPhai.trinhXin")).toBe("04");
  });
});

describe("a list whose items name their sites", () => {
  it("keeps each site, the last item's too", () => {
    expect(listsFound("Các đơn vị sự nghiệp trực thuộc gồm: Trung tâm Thông tin - Công báo; Nhà khách UBND tỉnh (cơ sở Quy Nhơn); Nhà khách Phù Đổng (cơ sở Pleiku). Hai nhà khách tự chủ tài chính.")["suNghiep.danhSach"]).toBe(
      "Trung tâm Thông tin - Công báo\nNhà khách UBND tỉnh (cơ sở Quy Nhơn)\nNhà khách Phù Đổng (cơ sở Pleiku)",
    );
  });

  it("near-miss: a remark in lower case is no part of a name, nor a bracket closing a list of bare names", () => {
    expect(listsFound("Các đơn vị sự nghiệp trực thuộc gồm: Trung tâm Thông tin - Công báo (cung cấp thông tin); Nhà khách UBND tỉnh.")["suNghiep.danhSach"]).toBe(
      "Trung tâm Thông tin - Công báo\nNhà khách UBND tỉnh",
    );
    expect(listsFound("Các đơn vị sự nghiệp trực thuộc gồm: Trung tâm Thông tin - Công báo; Nhà khách UBND tỉnh (tự chủ tài chính).")["suNghiep.danhSach"]).toBe(
      "Trung tâm Thông tin - Công báo\nNhà khách UBND tỉnh",
    );
  });
});

describe("a rate of one channel", () => {
  it("is no outcome's rate", () => {
    const text = "Số hồ sơ trễ hạn giảm. Tỷ lệ hồ sơ nộp trực tuyến đạt 71,3% (số liệu chi tiết tại Phụ lục).";
    expect(channelRate("tỷ lệ đang giải quyết", text, text.indexOf("71,3"))).toBe(true);
  });
  it("near-miss: an outcome's rate in a sentence after one naming the online files", () => {
    const text = "Trung tâm tiếp nhận 21.064 hồ sơ (hồ sơ nộp trực tuyến 15.330 hồ sơ). Đã giải quyết 19.873 hồ sơ, đạt tỷ lệ 94,35%.";
    expect(channelRate("tỷ lệ đã giải quyết", text, text.indexOf("94,35"))).toBe(false);
  });
});
