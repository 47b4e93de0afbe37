/** Veto answers read once per document (src/domain/import/meaning/vetoMemo.ts), and the same answers as before. */
import { memoFor, remembered } from "../../../src/domain/import/meaning/vetoMemo";
import { vetoContext, vetoReason } from "../../../src/domain/import/meaning/vetoes";
import { patternsOf } from "../../../src/domain/import/patterns";
import { REPORT } from "../../support/forms";

const field = (id: string) => REPORT.byId.get(id)!;

describe("remembered", () => {
  it("computes once per context, field and key, and keeps null answers", () => {
    const memo = memoFor<string | null>();
    const ctx = {};
    const a = field(REPORT.fields[0]!.id);
    const b = field(REPORT.fields[1]!.id);
    let calls = 0;
    const ask = (f: typeof a, key: string, answer: string | null) =>
      remembered(memo, ctx, f, key, () => {
        calls++;
        return answer;
      });
    expect(ask(a, "1:3:0", null)).toBeNull();
    expect(ask(a, "1:3:0", "changed")).toBeNull();
    expect(calls).toBe(1);
    expect(ask(a, "1:3:1", "strict")).toBe("strict");
    expect(ask(b, "1:3:0", "other field")).toBe("other field");
    expect(calls).toBe(3);
  });

  it("keeps one context's answers apart from another's", () => {
    const memo = memoFor<number>();
    const f = field(REPORT.fields[0]!.id);
    expect(remembered(memo, {}, f, "k", () => 1)).toBe(1);
    expect(remembered(memo, {}, f, "k", () => 2)).toBe(2);
  });
});

describe("vetoReason remembered per document", () => {
  const text = "Trong quý, tiếp nhận khoảng 120 hồ sơ; đã giải quyết 95 hồ sơ, lũy kế 9 tháng tiếp nhận 300 hồ sơ.";
  const span = (figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
  const counts = REPORT.fields.filter((f) => f.kind === "count" && !f.formula);

  it("gives the same answer asked again, strict or not, as a context asked in another order", () => {
    const ctx = vetoContext(text, REPORT, patternsOf(REPORT));
    const other = vetoContext(text, REPORT, patternsOf(REPORT));
    const asked = ["120", "95", "300"].flatMap((figure) => counts.map((f) => ({ f, at: span(figure) })));
    const strictFirst = [...asked].reverse().map(({ f, at }) => [vetoReason(other, f, at, true), vetoReason(other, f, at)]).reverse();
    asked.forEach(({ f, at }, i) => {
      const first = vetoReason(ctx, f, at);
      expect(vetoReason(ctx, f, at)).toBe(first);
      expect([vetoReason(ctx, f, at, true), first]).toEqual(strictFirst[i]);
    });
    expect(new Set(strictFirst.map(([, lenient]) => lenient)).size).toBeGreaterThan(1);
  });

  it("still tells the numbers apart: an approximation and another period are vetoed, the plain figure is judged on its own", () => {
    const ctx = vetoContext(text, REPORT, patternsOf(REPORT));
    const f = counts[0]!;
    expect(vetoReason(ctx, f, span("120"))).toBe("approximate");
    expect(vetoReason(ctx, f, span("300"))).toBe("otherPeriod");
    expect(vetoReason(ctx, f, span("95"))).not.toBe("approximate");
  });
});
