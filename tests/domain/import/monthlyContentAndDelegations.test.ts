/**
 * The monthly form's data (src/forms/tiep-cong-dan-thang.form.json): the land matters listed in the sentence «Nội dung
 * chủ yếu: …» right after the shares, and «không có đoàn đông người» as the delegations' zero («không có»).
 */
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "BÁO CÁO\nKết quả tiếp công dân tháng 3/2026\n\n";

describe("the land matters after the shares", () => {
  it("«Nội dung chủ yếu: …» after the shares and last month's aside", () => {
    const got = boundByLabel(`${HEAD}5. Nội dung\n\nLĩnh vực đất đai 40/60 lượt, chiếm 66,67% (tháng 2/2026: 30/50 lượt, chiếm 60%). Nội dung chủ yếu: bồi thường, hỗ trợ tái định cư; tranh chấp đất đai. Các lĩnh vực khác 20/60 lượt.\n`, MONTHLY);
    expect(got("Nội dung chủ yếu về đất đai")).toBe("bồi thường, hỗ trợ tái định cư\ntranh chấp đất đai");
  });

  it("not a list after a sentence that ends no share", () => {
    const got = boundByLabel(`${HEAD}5. Nội dung\n\nLĩnh vực đất đai 40/60 lượt, chiếm 66,67%. Công dân đến đông nhất tại phường Hưng Phú. Nội dung chủ yếu: bồi thường; tranh chấp đất đai.\n`, MONTHLY);
    expect(got("Nội dung chủ yếu về đất đai")).toBeNull();
  });
});

describe("the land matters written one bullet a line", () => {
  const lines = "+ kiến nghị giá bồi thường khi thu hồi đất\n+ tranh chấp đất sản xuất giữa các hộ gia đình\n";

  it("end at the last bullet when an empty line and the next part's numbered heading follow", () => {
    const got = boundByLabel(`${HEAD}5. Nội dung tiếp công dân\n- Lĩnh vực đất đai: 26 lượt, chiếm 70,27%;\n- Lĩnh vực khác: 11 lượt, chiếm 29,73%.\nNội dung chủ yếu:\n${lines}\n6. So sánh với tháng trước\nTháng 2/2026 tiếp 41 lượt, 58 người.\n`, MONTHLY);
    expect(got("Nội dung chủ yếu về đất đai")).toBe("kiến nghị giá bồi thường khi thu hồi đất\ntranh chấp đất sản xuất giữa các hộ gia đình");
  });

  it("keep a bullet's wrapped end when no empty line parts it from the bullets", () => {
    const got = boundByLabel(`${HEAD}5. Nội dung tiếp công dân\n- Lĩnh vực đất đai: 26 lượt, chiếm 70,27%;\n- Lĩnh vực khác: 11 lượt, chiếm 29,73%.\nNội dung chủ yếu:\n${lines}  tại các dự án giao thông.\n\n6. So sánh với tháng trước\n`, MONTHLY);
    expect(got("Nội dung chủ yếu về đất đai")).toBe("kiến nghị giá bồi thường khi thu hồi đất\ntranh chấp đất sản xuất giữa các hộ gia đình tại các dự án giao thông");
  });
});

describe("no delegation", () => {
  it("«không có đoàn đông người» gives the month's delegations none", () => {
    const got = boundByLabel(`${HEAD}1. Tổng hợp chung\n\nTrong tháng, lãnh đạo UBND tỉnh, thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường đã tiếp 40 lượt công dân với 52 người; không có đoàn đông người.\n`, MONTHLY);
    expect(got("Số đoàn đông người")).toBe("không có");
  });

  it("«không tính là đoàn đông người» is no zero of them", () => {
    const got = boundByLabel(`${HEAD}1. Tổng hợp chung\n\nCó 01 nhóm 04 người cùng đến, dưới 05 người nên không tính là đoàn đông người.\n`, MONTHLY);
    expect(got("Số đoàn đông người")).toBeNull();
  });
});
