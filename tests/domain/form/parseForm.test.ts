/** Malformed and hostile forms: a Vietnamese message naming the place of each problem, and nothing used. */
import { parseFormText, checkForm } from "../../../src/domain/form/parseForm";
import { readablePath, summarize } from "../../../src/domain/form/problems";
import type { ReportForm } from "../../../src/domain/form/types";
import { builtInForm, tinyForm } from "../../support/forms";

const good = () => tinyForm([
  { id: "a", label: "A", kind: "count", section: "I" },
  { id: "b", label: "B", kind: "count", section: "I" },
  { id: "t", label: "Tổng", kind: "count", section: "I", formula: { op: "sum", of: ["a", "b"] } },
]);

function problems(form: unknown): string[] {
  const result = checkForm(form);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => `${readablePath(p.path)}: ${p.message}`);
}

describe("parseFormText", () => {
  it("accepts a small good form and builds its definition", () => {
    const result = checkForm(good());
    expect(result.ok && result.definition.byId.get("bcdc:t")?.formula).toEqual({ op: "sum", of: ["bcdc:a", "bcdc:b"] });
  });

  it("says a text is not JSON", () => {
    const result = parseFormText("{ \"id\": ");
    expect(result.ok ? "" : result.problems[0]!.message).toMatch(/^Đây không phải tệp JSON đọc được/);
  });

  it("refuses a newer format version before anything else, saying nothing was changed", () => {
    const result = checkForm({ ...good(), formatVersion: 3, fields: "hỏng" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.newerVersion).toBe(3);
    expect(!result.ok && result.problems[0]!.message).toContain("văn bản không bị thay đổi");
  });

  it("names the place of schema problems in Vietnamese", () => {
    const form = good() as unknown as Record<string, unknown>;
    const fields = form["fields"] as Array<Record<string, unknown>>;
    fields[1] = { ...fields[1], kind: "số", lable: "x" };
    delete form["title"];
    expect(problems(form)).toEqual(expect.arrayContaining([
      "(toàn bộ tệp): thiếu mục bắt buộc «title»",
      "fields[1]: có mục không dùng được «lable» (viết sai tên?)",
      expect.stringMatching(/^fields\[1\]\.kind: phải là một trong: «count», /),
    ]));
  });

  it("finds what the schema cannot: unknown fields, cycles, duplicates, missing sections, wrong kinds", () => {
    const form: ReportForm = tinyForm(
      [
        { id: "a", label: "A", kind: "count", section: "I" },
        { id: "a", label: "A lần hai", kind: "count", section: "I" },
        { id: "x", label: "X", kind: "count", section: "I", formula: { op: "sum", of: ["y"] } },
        { id: "y", label: "Y", kind: "count", section: "I", formula: { op: "sum", of: ["x"] } },
        { id: "p", label: "P", kind: "count", section: "IX", formula: { op: "percentOf", part: "a", whole: "khongCo" } },
      ],
      [{ id: "r", kind: "atMost", small: "a", big: "ma", severity: "error" }],
      { skeleton: [{ role: "body", text: "Có [[a]] và [[bienMat]] người, {{tenLa}}." }] },
    );
    expect(problems(form)).toEqual(expect.arrayContaining([
      "fields[1].id: số liệu «a» đã có ở trên",
      "fields[4].section: không có phần «IX» trong \"sections\" (một số liệu thuộc một phần con \"subsections\")",
      "fields[4].formula.whole: không có số liệu «khongCo» trong \"fields\"",
      "fields[4].kind: số liệu tính bằng tỷ lệ phần trăm phải có \"kind\": \"percent\"",
      expect.stringMatching(/^fields\[2\]\.formula: công thức vòng tròn: «x» → «y» → «x»$/),
      "rules[0].big: không có số liệu «ma» trong \"fields\"",
      "skeleton[0].text: [[bienMat]]: không có số liệu này trong \"fields\"",
      expect.stringMatching(/^skeleton\[0\]\.text: \{\{tenLa\}\}: không phải thông tin cơ quan/),
    ]));
  });

  it("checks a pair of figures counted swapped: numbers of the form, one of them a part, neither the total", () => {
    const fields = [
      { id: "t", label: "Tổng", kind: "count" as const, section: "I" },
      { id: "a", label: "A", kind: "count" as const, section: "I" },
      { id: "b", label: "B", kind: "count" as const, section: "I" },
      { id: "c", label: "C", kind: "count" as const, section: "I" },
      { id: "n", label: "Ngày", kind: "date" as const, section: "I" },
    ];
    const sum = (countedSwapped: [string, string]) => ({ id: "r", kind: "sum" as const, total: "t", parts: ["a", "b"], countedSwapped, severity: "error" as const });
    const swapped = checkForm(tinyForm(fields, [sum(["b", "c"])]));
    expect(swapped.ok && swapped.definition.rules[0]).toMatchObject({ countedSwapped: ["bcdc:b", "bcdc:c"] });
    expect(problems(tinyForm(fields, [sum(["a", "b"])]))).toEqual(["rules[0].countedSwapped: đúng một trong hai số «A», «B» phải là phần của tổng (số kia đổi vào chỗ nó)"]);
    expect(problems(tinyForm(fields, [sum(["c", "c"])]))).toEqual(["rules[0].countedSwapped: hai số đổi chỗ cho nhau phải là hai số liệu khác nhau"]);
    expect(problems(tinyForm(fields, [sum(["t", "a"])]))).toEqual(["rules[0].countedSwapped: số tổng không đổi chỗ với phần của nó: hãy bỏ «Tổng» khỏi cặp này"]);
    expect(problems(tinyForm(fields, [sum(["a", "khongCo"])]))).toEqual(["rules[0].countedSwapped[1]: không có số liệu «khongCo» trong \"fields\""]);
    expect(problems(tinyForm(fields, [sum(["a", "n"])]))).toEqual(["rules[0].countedSwapped[1]: «Ngày» không phải một số"]);
    expect(problems(tinyForm(fields, [{ ...sum(["a", "c"]), countedSwapped: ["a"] as unknown as [string, string] }]))[0]).toMatch(/^rules\[0\]\.countedSwapped: /);
  });

  it("refuses hostile sizes and characters with a message, never throwing", () => {
    const many = tinyForm(Array.from({ length: 10_000 }, (_, i) => ({ id: `f${i}`, label: `F${i}`, kind: "count" as const, section: "I" })));
    expect(problems(many)).toContain("fields: có quá 2000 mục");
    const long = tinyForm([{ id: "a", label: "x".repeat(100_000), kind: "count", section: "I" }]);
    expect(problems(long)).toEqual(["fields[0].label: dài quá 300 ký tự"]);
    const control = tinyForm([{ id: "a", label: "A\u0001<w:t>&amp;", kind: "count", section: "I" }]);
    expect(problems(control)[0]).toMatch(/^fields\[0\]\.label: chứa ký tự điều khiển/);
    const surrogate = tinyForm([{ id: "a", label: "A\ud800", kind: "count", section: "I" }]);
    expect(problems(surrogate)).toEqual(["fields[0].label: chứa ký tự không hợp lệ (U+FFFE, U+FFFF hoặc nửa cặp surrogate)"]);
    expect(parseFormText("x".repeat(2_000_001)).ok).toBe(false);
    expect(checkForm([]).ok).toBe(false);
    expect(checkForm(null).ok).toBe(false);
  });

  it("refuses recognition wording that could run away or has no place for the figure", () => {
    const form = tinyForm([{ id: "a", label: "A", kind: "count", section: "I", wording: ["(a+)+ {N}", "không có chỗ", "{N} [a-"] }]);
    expect(problems(form)).toEqual([
      "fields[0].wording[0]: cách viết dùng lặp lồng nhau hoặc tham chiếu ngược: có thể làm việc nhận diện chạy mãi, không được phép",
      "fields[0].wording[1]: cách viết phải có đúng một chỗ cho số liệu: {N}, {Z}, {P}, {D}, {Y}, {L} hoặc {T}",
      expect.stringMatching(/^fields\[0\]\.wording\[2\]: cách viết không đọc được/),
    ]);
  });

  it("accepts XML metacharacters in text (they are escaped where written) and round-trips the built-in form", () => {
    const form = tinyForm([{ id: "a", label: "A <b> & \"c\" ]]>", kind: "count", section: "I" }]);
    expect(checkForm(form).ok).toBe(true);
    expect(parseFormText(JSON.stringify(builtInForm("bao-cao-dan-chu-quy"))).ok).toBe(true);
  });

  it("summarises a flood of problems", () => {
    const lines = summarize(Array.from({ length: 30 }, (_, i) => ({ path: `/fields/${i}`, message: "sai" })), 5);
    expect(lines).toEqual(["fields[0]: sai", "fields[1]: sai", "fields[2]: sai", "fields[3]: sai", "fields[4]: sai", "… và 25 lỗi khác."]);
  });
});
