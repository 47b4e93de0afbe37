import { checkDocument } from "../../../src/domain/documentCheck";
import { parseField } from "../../../src/domain/fieldValues";
import { findCitations } from "../../../src/domain/import/citations/parse";
import { recognizedFigures, recognizedObservations } from "../../../src/domain/import/observations";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { validateFigures } from "../../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../fixtures/referenceReport";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";

const recognitions = recognizeFigures(REFERENCE_TEXT, REPORT);
const typedFields = REPORT.fields.filter((f) => !f.formula);
const bound = [...recognitions].flatMap(([id, r]) => (r.state === "bound" ? r.occurrences.map((o) => ({ id, o })) : []));

describe("recognizeFigures on the reference report", () => {
  const raw = recognizedFigures(REPORT, recognitions);

  it("binds at least 90% of the typed fields, each to the value a clerk would type", () => {
    const right = typedFields.filter((f) => {
      const seen = raw[f.id];
      return seen !== undefined && JSON.stringify(parseField(f, seen)) === JSON.stringify(parseField(f, REFERENCE_FIGURES[f.id]!));
    });
    expect(right.length / typedFields.length).toBeGreaterThanOrEqual(0.9);
    expect(right.length).toBe(typedFields.length);
  });

  it("binds no field wrongly", () => {
    const wrong = Object.entries(raw).filter(([id, text]) => {
      const field = REPORT.byId.get(id)!;
      return JSON.stringify(parseField(field, text)) !== JSON.stringify(parseField(field, REFERENCE_FIGURES[id]!));
    });
    expect(wrong).toEqual([]);
  });

  it("gives offsets that slice exactly the figure text", () => {
    expect(bound.length).toBeGreaterThan(80);
    for (const { o } of bound) expect(REFERENCE_TEXT.slice(o.start, o.end)).toBe(o.text);
  });

  it("finds repeated figures in both places, located by the corrected numbering", () => {
    const places = (id: string) => {
      const r = recognitions.get(`bcdc:${id}`);
      return r?.state === "bound" ? r.occurrences.map((o) => [o.text, o.where, o.line]) : r?.state;
    };
    expect(places("bienChe.congChucGiao")).toEqual([["55", "mục I", 15], ["55", "mục III.1.a", 67]]);
    expect(places("bienChe.nam")).toEqual([["2026", "mục I", 15], ["2025", "mục III.1.a", 67]]);
    expect(places("ksthc.soQuyetDinhCongBo")).toEqual([["61", "mục III.2.c", 147], ["61", "mục III.2.c", 151]]);
    expect(places("hcc.tyLeDangGiaiQuyet")).toEqual([["9,7%", "mục III.2.c", 163]]);
    expect(places("motCuaVp.tyLeDaGiaiQuyet")).toEqual([["95,06%", "mục III.2.b", 139]]);
  });

  it("never binds a number that is part of a citation, a date of a citation, or 100%", () => {
    const citations = findCitations(REFERENCE_TEXT);
    expect(citations.length).toBeGreaterThan(20);
    for (const { id, o } of bound) {
      const inside = citations.find((c) => o.start >= c.start && o.end <= c.end);
      expect([id, inside?.raw]).toEqual([id, undefined]);
      expect(o.text).not.toBe("100%");
    }
  });

  it("leaves the period fields unbound: the structure check reads the quarters", () => {
    expect(recognitions.get("bcdc:ky.quy")).toEqual({ state: "notFound" });
  });

  it("reproduces exactly the reference problems through validateFigures and checkDocument", () => {
    const review = validateFigures(REPORT, raw, REFERENCE_PERIOD);
    const problems = [...review.problems, ...checkDocument(REPORT, review.values, recognizedObservations(recognitions))];
    expect(problems.map((p) => [p.key, p.severity]).sort()).toEqual(
      [
        ["hcc.daGiaiQuyetTong", "error"],
        ["hcc.tong", "error"],
        ["doc.computed:bcdc:hcc.tyLeDangGiaiQuyet", "warning"],
        ["doc.disagree:bcdc:bienChe.nam", "warning"],
        ["hcc.kySoLieu", "warning"],
      ].sort(),
    );
    const disagree = problems.find((p) => p.key === "doc.disagree:bcdc:bienChe.nam");
    expect(disagree?.message).toBe("«Năm của số liệu biên chế» được ghi khác nhau trong văn bản: 2026 (mục I), 2025 (mục III.1.a).");
  });

  it("follows a figure edited in one place only, and reads Word's non-breaking spaces", () => {
    const edited = REFERENCE_TEXT.replace("Văn phòng được giao: 55 biên chế", "Văn phòng được giao:\u00a060 biên chế");
    const r = recognizeFigures(edited, REPORT).get("bcdc:bienChe.congChucGiao");
    expect(r?.state === "bound" && r.occurrences.map((o) => [o.text, o.where])).toEqual([["55", "mục I"], ["60", "mục III.1.a"]]);
    const review = validateFigures(REPORT, recognizedFigures(REPORT, recognizeFigures(edited, REPORT)), REFERENCE_PERIOD);
    const keys = checkDocument(REPORT, review.values, recognizedObservations(recognizeFigures(edited, REPORT))).map((p) => p.key);
    expect(keys).toContain("doc.disagree:bcdc:bienChe.congChucGiao");
  });
});
