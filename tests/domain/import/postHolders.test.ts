/**
 * A number right before a post's title counts that post's holders («Chủ tịch và 02 Phó Chủ tịch»), never a staffing
 * quota or the staff of a kind in post (postHolders.ts). A figure that counts a post keeps it, and a quota's number
 * followed by a bracket of posts is still the quota's.
 */
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const bound = (text: string) => boundByLabel(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${text}\n`, REPORT);

describe("a post's holders are no staffing quota's count", () => {
  it("does not bind a ward committee's deputies as the public-service staff in post", () => {
    const read = bound("UBND phường hiện có Chủ tịch và 02 Phó Chủ tịch, biên chế công chức được giao 20, có mặt 18.");
    expect(read("Biên chế sự nghiệp đang thực hiện")).toBeNull();
    expect(read("Biên chế công chức được giao")).toBe("20");
    expect(read("Công chức đang thực hiện")).toBe("18");
  });

  it("near-match: the office's deputies stay the figure that counts that post", () => {
    const read = bound("Văn phòng hiện có Chánh Văn phòng và 02 Phó Chánh Văn phòng; biên chế công chức được giao 20, có mặt 18.");
    expect(read("Số Phó Chánh Văn phòng")).toBe("02");
    expect(read("Công chức đang thực hiện")).toBe("18");
  });

  it("near-match: a quota's number with its posts in a bracket after it is still the quota's", () => {
    const read = bound("Biên chế sự nghiệp: 03, đang thực hiện: 02 (01 Phó Giám đốc, 01 viên chức).");
    expect(read("Biên chế sự nghiệp đang thực hiện")).toBe("02");
  });
});
