/**
 * What a number counts is the noun right after it (meaning/countedKinds.ts): gifts, households, districts or people
 * are not documents, delegations or receptions, however well the words around the number fit the field. Sentences
 * in other clerks' words than the corpus documents that showed the cause (held-out 61's «trao 45 suất quà», monthly
 * 67's «10/10 huyện»).
 */
import { countsOtherKind, documentsAboutOther } from "../../../src/domain/import/meaning/countedKinds";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition, REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const AID = "II. KẾT QUẢ\n5. Công tác an sinh xã hội\n";
const aid = (text: string) => recognizeFigures(`${AID}${text}\n`, REPORT).get(byLabel("Văn bản về trợ giúp gạo, tặng quà Tết").id);

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const MONTH = "BÁO CÁO\nKết quả tiếp công dân tháng 6 năm 2025\n";
const monthly = (text: string, id: string) => recognizeFigures(`${MONTH}${text}\n`, MONTHLY).get(`tcd:${id}`);

describe("a number counts the noun right after it", () => {
  it("portions of gifts are no documents on rice aid and Tết gifts", () => {
    const gifts = aid("Công tác an sinh xã hội được quan tâm: tiếp tục giúp đỡ 01 xã (xã Ia Pếch); tặng 120 phần quà Tết cho hộ nghèo, hộ cận nghèo.");
    expect(boundValue(gifts)).toBeNull();
    const portions = aid("Văn phòng được phân công giúp đỡ 01 xã là xã Nậm Ty; dịp Tết Nguyên đán đã trao 60 suất quà cho hộ nghèo và hỗ trợ gạo cho hộ thiếu đói.");
    expect(boundValue(portions)).toBeNull();
  });

  it("the documents are still read beside the gifts they brought", () => {
    expect(boundValue(aid("Văn phòng tham mưu ban hành 03 văn bản triển khai trợ giúp gạo dịp Tết; trao 45 suất quà cho hộ nghèo."))).toBe("03");
  });

  it("«N/M huyện» counts districts: no receptions or delegations of the districts' level", () => {
    const all = "4. Chủ tịch UBND các huyện, thành phố: 12/12 huyện, thành phố đã tiếp công dân định kỳ theo lịch; Hai đoàn đông người được tiếp tại huyện Mường Khương.";
    expect(boundValue(monthly(all, "huyen.luot"))).toBeNull();
    expect(boundValue(monthly(all, "huyen.doanDongNguoi"))).toBeNull();
    const some = "Cấp huyện: 8/9 huyện, thị xã phát sinh việc tiếp công dân, có tiếp 02 đoàn đông người.";
    expect(boundValue(monthly(some, "huyen.doanDongNguoi"))).toBe("02");
  });

  it("by the kind of thing counted, its own words, and the noun past a slash", () => {
    const gifts = "trao 45 suất quà Tết cho hộ nghèo";
    expect(countsOtherKind(["văn bản"], gifts, gifts.indexOf("45") + 2)).toBe(true);
    const plans = "ban hành 02 kế hoạch hỗ trợ gạo";
    expect(countsOtherKind(["văn bản"], plans, plans.indexOf("02") + 2)).toBe(false);
    const districts = "Cấp huyện: 10/10 huyện có tiếp công dân";
    expect(countsOtherKind(["đoàn"], districts, districts.indexOf("10") + 2)).toBe(true);
    const people = "tiếp 06 lượt, 09 người";
    expect(countsOtherKind(["lượt"], people, people.indexOf("09") + 2)).toBe(true);
    expect(countsOtherKind(["người"], people, people.indexOf("06") + 2)).toBe(true);
    const wards = "giúp đỡ 01 phường";
    expect(countsOtherKind(["xã"], wards, wards.indexOf("01") + 2)).toBe(false);
    // A noun of no known kind says nothing: a case can be a file, a person or a meeting.
    const cases = "05 trường hợp trễ hạn";
    expect(countsOtherKind(["hồ sơ"], cases, 2)).toBe(false);
  });

  it("documents about something else than the label's subject are other documents (held-out 93's cause)", () => {
    expect(boundValue(aid("Văn phòng được phân công giúp đỡ 01 xã (xã Yên Lạc); trong quý ban hành hai văn bản kêu gọi cán bộ, công chức quyên góp ủng hộ đồng bào vùng lũ."))).toBeNull();
    expect(boundValue(aid("Văn phòng giúp đỡ 01 xã là xã Bản Hon, đã ban hành 03 văn bản hướng dẫn công tác phòng chống dịch bệnh cho người dân trong xã."))).toBeNull();
    expect(boundValue(aid("Trong quý, Văn phòng tham mưu ban hành 05 văn bản chỉ đạo việc thăm hỏi, tặng quà Tết cho gia đình chính sách, hộ nghèo."))).toBe("05");
    const topic = ["trợ", "giúp", "gạo", "tặng", "quà", "tết"];
    const short = "ban hành 02 văn bản.";
    expect(documentsAboutOther(["văn bản"], topic, short, short.indexOf("02") + 2)).toBe(false);
  });

  it("one word of the label's several is chance: «hỗ trợ» shares only «trợ» with «trợ giúp gạo»", () => {
    const topic = ["trợ", "giúp", "gạo", "tặng", "quà", "tết"];
    const floods = "ban hành 03 văn bản chỉ đạo hỗ trợ người dân vùng ngập lụt";
    expect(documentsAboutOther(["văn bản"], topic, floods, floods.indexOf("03") + 2)).toBe(true);
    // Two of its words name the label's subject.
    const rice = "ban hành 03 văn bản chỉ đạo hỗ trợ gạo cho người dân vùng ngập lụt";
    expect(documentsAboutOther(["văn bản"], topic, rice, rice.indexOf("03") + 2)).toBe(false);
  });
  it("guest houses are units, their staff people (held-out 204's «VC 2 nhà khách (tự chủ) 46»)", () => {
    const houses = "VC 2 nhà khách (tự chủ) 46 (NK tỉnh 29, NK Đồng Hới 17)";
    expect(countsOtherKind(["viên chức", "người"], houses, houses.indexOf("2") + 1)).toBe(true);
    expect(countsOtherKind(["viên chức", "người"], houses, houses.indexOf("46") + 2)).toBe(false);
    expect(countsOtherKind(["đơn vị"], houses, houses.indexOf("2") + 1)).toBe(false);
    const staff = (text: string) => recognizeFigures(`I. TỔ CHỨC, BIÊN CHẾ\n${text}\n`, REPORT).get(byLabel("Viên chức hai nhà khách (tự chủ tài chính)").id);
    expect(boundValue(staff("Biên chế: CC giao 68; có mặt 61; VC 2 nhà khách (tự chủ) 46 (NK tỉnh 29, NK Đồng Hới 17)."))).not.toBe("2");
    expect(boundValue(staff("Viên chức hai nhà khách (tự chủ tài chính): 46 người."))).toBe("46");
  });
});

describe("the Party's units and a body's equipment are no rooms of it (held-out 440's and 452's causes)", () => {
  const rooms = (text: string) => recognizeFigures(`I. TỔ CHỨC, BIÊN CHẾ\n${text}\n`, REPORT).get(byLabel("Số tổ chức trực thuộc").id);

  it("«Đảng bộ … có 04 chi bộ trực thuộc» counts the Party's cells, not the office's rooms", () => {
    const cells = "Đảng bộ Cục có 06 chi bộ trực thuộc với 112 đảng viên.";
    expect(countsOtherKind(["tổ chức"], cells, cells.indexOf("06") + 2)).toBe(true);
    expect(boundValue(rooms(cells))).toBeNull();
    const union = "Công đoàn cơ sở có 05 tổ công đoàn trực thuộc.";
    expect(countsOtherKind(["tổ chức"], union, union.indexOf("05") + 2)).toBe(true);
    // The rooms themselves, counted as bodies, are still read.
    const own = "Cục có 06 tổ chức trực thuộc.";
    expect(countsOtherKind(["tổ chức"], own, own.indexOf("06") + 2)).toBe(false);
    expect(boundValue(rooms(own))).toBe("06");
  });

  it("«quy mô 1.200 giường» counts a hospital's beds, not its rooms", () => {
    const beds = "Trung tâm Y tế có quy mô 350 giường bệnh, 09 tổ chức trực thuộc.";
    expect(countsOtherKind(["tổ chức"], beds, beds.indexOf("350") + 3)).toBe(true);
    expect(countsOtherKind(["tổ chức"], beds, beds.indexOf("09") + 2)).toBe(false);
    expect(boundValue(rooms("Bệnh viện có 480 giường kế hoạch, trực thuộc Sở Y tế."))).toBeNull();
    expect(boundValue(rooms(beds))).toBe("09");
  });
});
