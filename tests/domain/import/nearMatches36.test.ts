/**
 * Near-match sentences found by inserting adversarial variants into corpus documents (tests/support/metamorphic/
 * nearMatches.ts): a number in the form's own nouns and units that is not the form's figure. Each rule both sides.
 */
import { answeredAlone } from "../../../src/domain/import/meaning/answeredPart";
import { describesBothKinds } from "../../../src/domain/import/meaning/bothKinds";
import { channelShare } from "../../../src/domain/import/meaning/channelPart";
import { requestedOnly } from "../../../src/domain/import/meaning/requestLead";
import { carriedOver } from "../../../src/domain/import/meaning/carriedOver";
import { otherAgencySubject } from "../../../src/domain/import/meaning/vetoTarget";
import { changedContracts } from "../../../src/domain/import/meaning/contractChange";
import { issuersPlace, namesPlaceKind, placeOwning } from "../../../src/domain/import/meaning/placeParts";
import { featureSet } from "../../../src/domain/import/meaning/words";

/** The syllables as words.ts reads them («kỳ» as «kì»). */
const syllables = (words: string) => [...featureSet(words)].filter((w) => !w.includes(" "));
const at = (text: string, figure: string) => text.indexOf(figure);

describe("a contract ended «đối với» its people", () => {
  it("counts the change, with «đối với», «với» between the contract and the number", () => {
    const text = "Trong quý đã chấm dứt hợp đồng lao động đối với 03 người.";
    expect(changedContracts("Hợp đồng lao động", text, at(text, "03"))).toBe(true);
    const signed = "Ký mới hợp đồng với 02 người lao động.";
    expect(changedContracts("Hợp đồng lao động", signed, at(signed, "02"))).toBe(true);
  });
  it("staff under contract named «đối với» nothing stays the staff's", () => {
    const text = "Hợp đồng lao động đối với nhân viên phục vụ: 06 người.";
    expect(changedContracts("Hợp đồng lao động", text, at(text, "06"))).toBe(false);
  });
});

describe("those answered, with no receiving said", () => {
  const opinions = featureSet("Ý kiến đề nghị nhận được tại hội nghị đối thoại ; nhận được ý kiến đề nghị");
  it("a number an answering act leads to is no count received", () => {
    const text = "Các sở, ngành đã trả lời 37 ý kiến tại hội nghị.";
    expect(answeredAlone(text, at(text, "37"), 0, opinions)).toBe(true);
    const direct = "Lãnh đạo đã trả lời trực tiếp 12 ý kiến.";
    expect(answeredAlone(direct, at(direct, "12"), 0, opinions)).toBe(true);
  });
  it("resolving, with nothing received said, is left alone: a title's «Giải quyết 25 đơn» counts the letters", () => {
    const letters = featureSet("Đơn thư, khiếu nại, tố cáo nhận được");
    const title = "Giải quyết 25 đơn khiếu nại, kiến nghị của công dân";
    expect(answeredAlone(title, at(title, "25"), 0, letters)).toBe(false);
  });
  it("a receiving in the clause, a figure naming the act, or a number after its label's colon is not", () => {
    const received = "Tại hội nghị nhận được 09 ý kiến.";
    expect(answeredAlone(received, at(received, "09"), 0, opinions)).toBe(false);
    const both = "Văn phòng tiếp nhận, giải quyết 87 đơn thư.";
    expect(answeredAlone(both, at(both, "87"), 0, featureSet("Đơn thư, khiếu nại, tố cáo nhận được"))).toBe(false);
    const handled = featureSet("Phản ánh, kiến nghị đã tiếp nhận và xử lý");
    const desk = "Trong quý đã xử lý 05 phản ánh, kiến nghị.";
    expect(answeredAlone(desk, at(desk, "05"), 0, handled)).toBe(false);
    const answer = "Ý kiến đã trả lời: trong đó 04 ý kiến về chế độ.";
    expect(answeredAlone(answer, at(answer, "04"), 0, opinions)).toBe(false);
  });
});

describe("a place set apart by «riêng»", () => {
  const owner = (text: string, number: string) => placeOwning(text, at(text, number), { from: 0, to: text.length });
  it("owns every number of its clause, a body's words before the place allowed", () => {
    expect(owner("Riêng huyện Yên Thành tiếp 73 lượt với 47 người.", "47")?.name).toBe("huyện yên thành");
    const desk = "Quý này ổn định. Riêng bộ phận một cửa phường Bắc Sơn tiếp nhận 13 hồ sơ, đã giải quyết 83 hồ sơ.";
    expect(owner(desk, "83")?.name).toBe("phường bắc sơn");
  });
  it("a part of the period, a kind without a name, or a number past the clause's «;» is no place's", () => {
    expect(owner("Riêng trong quý tiếp 20 lượt.", "20")).toBeNull();
    expect(owner("Riêng huyện tiếp 20 lượt.", "20")).toBeNull();
    expect(owner("Riêng huyện Yên Thành không phát sinh; toàn tỉnh tiếp 20 lượt.", "20")).toBeNull();
  });
  it("a named place is no level's figure, a level set apart is; the issuer's own place is its own", () => {
    const one = owner("Riêng huyện Yên Thành tiếp 73 lượt.", "73")!;
    expect(namesPlaceKind("lượt tiếp của lãnh đạo ubnd các huyện, thành phố", one)).toBe(false);
    const level = owner("Riêng cấp huyện tiếp 73 lượt.", "73")!;
    expect(namesPlaceKind("lượt tiếp của lãnh đạo ubnd các huyện, thành phố", level)).toBe(true);
    expect(issuersPlace(one, "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH")).toBe(true);
    expect(issuersPlace(one, "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN")).toBe(false);
  });
});

describe("a number described by two kinds", () => {
  const degrees = [{ mine: syllables("thạc"), theirs: syllables("tiến") }];
  it("counts both, neither alone", () => {
    const text = "Có 61 người có trình độ thạc sĩ và tiến sĩ.";
    expect(describesBothKinds(text, at(text, "61"), at(text, "61") + 2, degrees)).toBe(true);
    const visits = "Tiếp cả định kỳ và đột xuất 37 lượt.";
    expect(describesBothKinds(visits, at(visits, "37"), at(visits, "37") + 2, [{ mine: syllables("định kỳ"), theirs: syllables("đột xuất") }])).toBe(true);
  });
  it("each kind with its own number, or one kind alone, is that kind's", () => {
    const text = "Trình độ thạc sĩ 17 người và tiến sĩ 02 người.";
    expect(describesBothKinds(text, at(text, "17"), at(text, "17") + 2, degrees)).toBe(false);
    expect(describesBothKinds(text, at(text, "02"), at(text, "02") + 2, degrees)).toBe(false);
    const one = "Có 12 người có trình độ thạc sĩ, tiến sĩ không có.";
    expect(describesBothKinds(one, at(one, "12"), at(one, "12") + 2, degrees)).toBe(false);
  });
});

describe("a channel's share of the files", () => {
  const late = "hồ sơ rút và trả lại ; kết quả giải quyết tại trung tâm";
  it("is no outcome's figure, in a bracket, after «trong đó», or beside its fellow channel", () => {
    const text = "Trung tâm tiếp nhận 9.302 hồ sơ (trong đó trực tuyến 6.847 hồ sơ, chiếm 73,61%).";
    expect(channelShare(late, text, at(text, "6.847"))).toBe(true);
    const two = "Tiếp nhận 3.486 hồ sơ, trong đó: trực tuyến 2.641 hồ sơ, trực tiếp 845 hồ sơ.";
    expect(channelShare(late, two, at(two, "845"))).toBe(true);
  });
  it("a channel outside a breakdown, the whole, an outcome, or a figure naming the channel is not", () => {
    const direct = "Bộ phận một cửa tiếp nhận trực tiếp 164 hồ sơ.";
    expect(channelShare(late, direct, at(direct, "164"))).toBe(false);
    const text = "Trung tâm tiếp nhận 9.302 hồ sơ (trong đó trực tuyến 6.847 hồ sơ), rút và trả lại 108 hồ sơ.";
    expect(channelShare(late, text, at(text, "9.302"))).toBe(false);
    expect(channelShare(late, text, at(text, "108"))).toBe(false);
    expect(channelShare("hồ sơ nộp trực tuyến", text, at(text, "6.847"))).toBe(false);
  });
});

describe("a proposal for more", () => {
  it("is a request, not the allotment", () => {
    const text = "Đề nghị bổ sung 61 biên chế công chức cho năm sau.";
    expect(requestedOnly(text, 0, at(text, "61"))).toBe(true);
    const more = "Văn phòng kiến nghị UBND tỉnh giao thêm 02 biên chế.";
    expect(requestedOnly(more, 0, at(more, "02"))).toBe(true);
  });
  it("a proposed award or raise, and an allotment added by decision, are facts", () => {
    const award = "Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 cá nhân.";
    expect(requestedOnly(award, 0, at(award, "03"))).toBe(false);
    const added = "Năm 2026 được bổ sung 02 biên chế, nâng tổng số được giao lên 26 biên chế.";
    expect(requestedOnly(added, 0, at(added, "26"))).toBe(false);
  });
});

describe("what the earlier period carried over", () => {
  const received = "hồ sơ tiếp nhận (một cửa văn phòng) ; kết quả giải quyết thủ tục hành chính";
  it("is no figure of this period's outcomes, before or after its number", () => {
    const text = "Số hồ sơ tồn của kỳ trước chuyển sang: 67 hồ sơ (đã nêu tại báo cáo quý trước).";
    expect(carriedOver(received, text, at(text, "67"), at(text, "67") + 2)).toBe(true);
    const after = "Đang giải quyết 240 hồ sơ, trong đó 75 hồ sơ tồn từ quý trước.";
    expect(carriedOver(received, after, at(after, "75"), at(after, "75") + 2)).toBe(true);
  });
  it("what is pending now, or a figure naming what is carried, is", () => {
    const text = "Đang giải quyết 240 hồ sơ, trong đó 75 hồ sơ tồn từ quý trước.";
    expect(carriedOver(received, text, at(text, "240"), at(text, "240") + 3)).toBe(false);
    const pending = "Số hồ sơ còn tồn, đang giải quyết: 165 hồ sơ.";
    expect(carriedOver(received, pending, at(pending, "165"), at(pending, "165") + 3)).toBe(false);
    const carried = "Số hồ sơ tồn của kỳ trước chuyển sang: 67 hồ sơ.";
    expect(carriedOver("hồ sơ kỳ trước chuyển sang", carried, at(carried, "67"), at(carried, "67") + 2)).toBe(false);
  });
});

describe("two counts joined by «và»", () => {
  it("each keeps its own kind, described on its own side", () => {
    const outcomes = [{ mine: [...featureSet("rút và trả lại")].filter((w) => !w.includes(" ")), theirs: [...featureSet("đúng hạn")].filter((w) => !w.includes(" ")) }];
    const text = "gồm 10.784 hồ sơ trả trước hạn, 198 hồ sơ trả đúng hạn và 136 hồ sơ rút, trả lại.";
    expect(describesBothKinds(text, at(text, "136"), at(text, "136") + 3, outcomes)).toBe(false);
    const awards = [{ mine: ["cá", "nhân"], theirs: ["tập", "thể"] }];
    const both = "01 tập thể và 01 cá nhân có nhiều thành tích.";
    expect(describesBothKinds(both, both.lastIndexOf("01"), both.lastIndexOf("01") + 2, awards)).toBe(false);
  });
});

describe("a team another body sent", () => {
  const issuer = "ủy ban nhân dân tỉnh ninh bình\nvăn phòng\n";
  it("is the subject of what it did: its figures are that body's", () => {
    const text = "Đoàn kiểm tra của Bộ đã kiểm tra 89 đơn vị.";
    expect(otherAgencySubject(text, 0, at(text, "89"), null, issuer)).toBe(true);
  });
  it("the office's own team, or a team with no body named, is the office's", () => {
    const own = "Đoàn kiểm tra của Văn phòng đã kiểm tra 04 đơn vị.";
    expect(otherAgencySubject(own, 0, at(own, "04"), null, issuer)).toBe(false);
    const bare = "Đoàn kiểm tra đã kiểm tra 04 đơn vị.";
    expect(otherAgencySubject(bare, 0, at(bare, "04"), null, issuer)).toBe(false);
  });
});

describe("what the near-match rules leave alone", () => {
  it("opinions taken on, with no receiving said, are those received", () => {
    const opinions = featureSet("Ý kiến đề nghị nhận được tại hội nghị đối thoại ; nhận được ý kiến đề nghị");
    const text = "Chánh Văn phòng đối thoại với công chức; tiếp thu 09 (chín) ý kiến.";
    expect(answeredAlone(text, at(text, "09"), 0, opinions)).toBe(false);
  });
  it("a respective list names each kind for its own number", () => {
    const staff = [{ mine: syllables("được giao"), theirs: syllables("có mặt") }];
    const text = "Năm 2025, biên chế công chức được giao và số công chức có mặt lần lượt là 84 và 77 người.";
    expect(describesBothKinds(text, at(text, "84"), at(text, "84") + 2, staff)).toBe(false);
  });
  it("a count of places set apart counts the place", () => {
    const text = "Riêng đối với xã Sín Thầu là 01 xã được phân công giúp đỡ, Văn phòng trao 45 suất quà.";
    expect(placeOwning(text, at(text, "01"), { from: 0, to: text.length })).toBeNull();
    expect(placeOwning(text, at(text, "45"), { from: 0, to: text.length })?.name).toBe("xã sín thầu");
  });
});

describe("an answer after the count it splits", () => {
  it("is left to the rules of parts: this reads an answer with no count before it", () => {
    const opinions = featureSet("Ý kiến đề nghị nhận được tại hội nghị đối thoại ; nhận được ý kiến đề nghị");
    const text = "Ngày 21/5/2026, Giám đốc đối thoại với công chức; có 05 ý kiến đề nghị, Trung tâm đã tiếp thu, giải quyết 04 ý kiến.";
    expect(answeredAlone(text, at(text, "04"), 0, opinions)).toBe(false);
    const alone = "Ngày 21/5/2026, Giám đốc đối thoại với công chức, đã trả lời 04 ý kiến.";
    expect(answeredAlone(alone, at(alone, "04"), 0, opinions)).toBe(true);
  });
});
