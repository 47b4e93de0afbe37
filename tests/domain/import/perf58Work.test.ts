/**
 * Two costs of recognition counted, never timed (wt-perf58): restoring a toneless text's marks splices the marked
 * syllables in rather than splitting the whole report into characters (toneless.ts withTones), and the expression that
 * finds an organisation's name is made once per name, not once per number and figure asking (vetoPlace.ts
 * namesOrganisation).
 */
import { withTones } from "../../../src/domain/import/meaning/toneless";
import { namesOrganisation } from "../../../src/domain/import/meaning/vetoPlace";
import { charactersRead } from "../../support/charactersRead";

describe("work that does not grow with the report (wt-perf58)", () => {
  it("withTones restores the marks without splitting the whole text into characters", () => {
    const marked = "Văn phòng đã tiếp nhận 81 hồ sơ, giải quyết 77 hồ sơ trong quý.";
    const text = [marked, "Van phong da tiep nhan 12 ho so.", ...Array.from({ length: 400 }, () => marked)].join("\n");
    const byMethod: Record<string, number> = {};
    let out = "";
    charactersRead(() => (out = withTones(text, [])), byMethod);
    expect(out.split("\n")[1]).toBe("Văn phòng đã tiếp nhận 12 hồ sơ.");
    expect(out.length).toBe(text.length);
    // The old code's text.split("") alone read every character of the report.
    expect(byMethod["split"] ?? 0).toBeLessThan(text.length / 10);
  });

  it("namesOrganisation makes each name's expression once, however often it is asked", () => {
    const names = ["trung tâm phục vụ hành chính công perf58", "bộ phận một cửa perf58"];
    const made = jest.spyOn(globalThis, "RegExp");
    try {
      for (let i = 0; i < 50; i++) {
        expect(namesOrganisation("tại trung tâm phục vụ hành chính công perf58, tỉnh", names)).toBe(true);
        expect(namesOrganisation("bộ phận một cửa perf58x", names)).toBe(false);
      }
      expect(made.mock.calls.length).toBeLessThanOrEqual(names.length);
    } finally {
      made.mockRestore();
    }
  });
});
