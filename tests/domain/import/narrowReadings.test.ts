/**
 * Small readings of what a number counts, each from held-out 291–296 and in other clerks' words:
 * - «nhận được ý kiến (…), đã trả lời tại hội nghị (06) ý kiến»: those answered, not those received (answeredPart.ts);
 * - «chấm dứt hợp đồng 01 lái xe»: a contract ended, not the staff under contract (contractChange.ts);
 * - «01 từ Phòng Tổng hợp sang Phòng Nội chính» is no move into a new room (newUnitMove.ts);
 * - «tiếp định kỳ … và tiếp đột xuất … (10 lượt, 14 người)»: both kinds, neither alone (bothKinds.ts);
 * - «dự kiến bổ nhiệm 02 … (Phòng A; Phòng B), luân chuyển 03 …»: a bracket's «;» ends no plan (vetoTarget.ts);
 * - «duy trì 02 điểm tiếp nhận hồ sơ» counts points, not files (countedKinds.ts);
 * - «(cũ)» after a name stays the name's (listAsides.ts).
 */
import { answeredPart } from "../../../src/domain/import/meaning/answeredPart";
import { countsBothKinds } from "../../../src/domain/import/meaning/bothKinds";
import { changedContracts } from "../../../src/domain/import/meaning/contractChange";
import { countsOtherKind } from "../../../src/domain/import/meaning/countedKinds";
import { withoutShortName } from "../../../src/domain/import/meaning/listAsides";
import { newUnitUnsaid } from "../../../src/domain/import/meaning/newUnitMove";
import { isTarget } from "../../../src/domain/import/meaning/vetoTarget";
import { featureSet } from "../../../src/domain/import/meaning/words";

const at = (text: string, figure: string) => text.indexOf(figure);

describe("what was done with what was received", () => {
  const opinions = featureSet("Ý kiến đề nghị nhận được tại hội nghị đối thoại ; nhận được ý kiến đề nghị");
  it("a count of those answered, after their receiving, is not the count received", () => {
    const text = "Tại hội nghị, lãnh đạo nhận được ý kiến của các thôn, đã trả lời trực tiếp (07) ý kiến.";
    expect(answeredPart(text, at(text, "07"), 0, opinions)).toBe(true);
  });
  it("the received count itself, or a figure naming the answering act, is", () => {
    const text = "Tại hội nghị, lãnh đạo nhận được 09 ý kiến, đã trả lời trực tiếp 07 ý kiến.";
    expect(answeredPart(text, at(text, "09"), 0, opinions)).toBe(false);
    const received = featureSet("Phản ánh, kiến nghị đã tiếp nhận và xử lý");
    const desk = "Quý II tiếp nhận, xử lý 12 phản ánh, kiến nghị.";
    expect(answeredPart(desk, at(desk, "12"), 0, received)).toBe(false);
  });
  it("a respective list, or two verbs of one act, is no part", () => {
    const files = featureSet("Hồ sơ tiếp nhận (một cửa Văn phòng)");
    const list = "Số hồ sơ tiếp nhận, đã giải quyết và đang giải quyết lần lượt là 64, 60 và 04 hồ sơ.";
    expect(answeredPart(list, at(list, "64"), 0, files)).toBe(false);
    const letters = featureSet("Đơn thư, khiếu nại, tố cáo nhận được");
    const pair = "Văn phòng tiếp nhận, giải quyết 87 đơn thư.";
    expect(answeredPart(pair, at(pair, "87"), 0, letters)).toBe(false);
  });
});

describe("a contract ended or signed", () => {
  it("counts the change, not the staff under contract", () => {
    const text = "Trong quý, thanh lý hợp đồng 02 nhân viên bảo vệ.";
    expect(changedContracts("Hợp đồng lao động", text, at(text, "02"))).toBe(true);
  });
  it("a contract count with no such act is the staff's", () => {
    const text = "Hợp đồng lao động: 06 người.";
    expect(changedContracts("Hợp đồng lao động", text, at(text, "06"))).toBe(false);
    const signed = "Ký hợp đồng 02 người.";
    expect(changedContracts("Hợp đồng ký mới trong kỳ", signed, at(signed, "02"))).toBe(false);
  });
});

describe("a move into a new room", () => {
  const label = "Chuyên viên phòng Kinh tế chuyển về phòng mới";
  it("needs its sentence to say the room is new", () => {
    expect(newUnitUnsaid(label, "- Luân chuyển 02 công chức (01 từ Phòng Kinh tế sang Phòng Nội chính; 01 từ Phòng Tổng hợp sang Phòng Kinh tế) để cân đối nhân lực.")).toBe(true);
  });
  it("a merger, or a room named by two names joined, says so", () => {
    expect(newUnitUnsaid(label, "Do sáp nhập phòng, 04 chuyên viên phòng Kinh tế chuyển về phòng mới.")).toBe(false);
    expect(newUnitUnsaid(label, "04 chuyên viên phòng Kinh tế chuyển về Phòng Tổng hợp - Kinh tế.")).toBe(false);
    expect(newUnitUnsaid("Luân chuyển công chức giữa các phòng", "01 từ Phòng Kinh tế sang Phòng Nội chính.")).toBe(false);
  });
});

describe("a count in a bracket after both kinds", () => {
  const siblings = [{ mine: ["đột", "xuất"], theirs: ["định", "kì"] }];
  it("counts both, neither kind alone", () => {
    const text = "Phó Chủ tịch tiếp định kỳ ngày 12/5/2025 và tiếp đột xuất ngày 20/5/2025 (06 lượt, 08 người).";
    expect(countsBothKinds(text, at(text, "06"), at(text, "06") + 2, siblings)).toBe(true);
  });
  it("a bracket naming its kind, or a clause naming one kind, is that kind's", () => {
    const text = "Tiếp định kỳ và đột xuất: 10 lượt (07 lượt định kỳ, 03 lượt đột xuất).";
    expect(countsBothKinds(text, at(text, "07"), at(text, "07") + 2, siblings)).toBe(false);
    const one = "Phó Chủ tịch tiếp đột xuất ngày 20/5/2025 (03 lượt, 05 người).";
    expect(countsBothKinds(one, at(one, "03"), at(one, "03") + 2, siblings)).toBe(false);
  });
});

describe("a plan's clause across a bracket", () => {
  it("a «;» inside a bracket does not end the planned clause", () => {
    const text = "Quý tới, Sở dự kiến bổ nhiệm 02 Phó Trưởng phòng (Phòng Kế hoạch; Phòng Pháp chế), luân chuyển 03 công chức.";
    expect(isTarget(text, at(text, "03"))).toBe(true);
  });
  it("a «;» outside one does", () => {
    const text = "Quý tới, Sở dự kiến bổ nhiệm 02 Phó Trưởng phòng; đã luân chuyển 03 công chức.";
    expect(isTarget(text, at(text, "03"))).toBe(false);
  });
});

describe("what a count of places counts", () => {
  it("points are no files", () => {
    const text = "duy trì 02 điểm tiếp nhận hồ sơ tại trụ sở cũ";
    expect(countsOtherKind(["hồ sơ"], text, at(text, "02") + 2)).toBe(true);
    expect(countsOtherKind(["đơn vị"], text, at(text, "02") + 2)).toBe(false);
  });
});

describe("a name «(cũ)»", () => {
  it("keeps its bracket, a remit in lower case does not", () => {
    expect(withoutShortName("Công ty Cà phê Ea Pốk (cũ)")).toBe("Công ty Cà phê Ea Pốk (cũ)");
    expect(withoutShortName("Phòng Nghiệp vụ 2 (thanh tra xây dựng)")).toBe("Phòng Nghiệp vụ 2");
  });
});
