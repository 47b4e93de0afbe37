import { readStoredReport, storedReportFromXml, storedReportToXml, type StoredReport } from "../../src/domain/storedReport";

const sample: StoredReport = {
  period: { quarter: 1, year: 2026 },
  figures: { "bcdc:hcc.tiepNhan": "9.780", "bcdc:anSinh.tenXa": `<w:t>&"'</w:t>` },
  written: { "bcdc:hcc.tiepNhan": "9.780" },
  history: [{ field: "bcdc:hcc.tiepNhan", from: "9.700", to: "9.780", at: "2026-03-05T08:00:00.000Z", by: "Nguyễn Văn A <&>" }],
};

describe("stored report XML", () => {
  it("round-trips figures, writes and history, escaping markup in user text", () => {
    const xml = storedReportToXml(sample);
    expect(xml).not.toContain("<w:t>");
    expect(xml).toContain("&lt;w:t&gt;&amp;");
    expect(storedReportFromXml(xml)).toEqual(sample);
  });

  it("keeps a 10,000-character value intact", () => {
    const long = "ạ".repeat(10_000);
    const xml = storedReportToXml({ ...sample, figures: { "bcdc:anSinh.tenXa": long } });
    expect(storedReportFromXml(xml)?.figures["bcdc:anSinh.tenXa"]).toBe(long);
  });

  it.each([
    ["damaged XML", "<baoCao"],
    ["another namespace", `<baoCao xmlns="urn:other" quy="1" nam="2026"/>`],
    ["a quarter that does not exist", `<baoCao xmlns="urn:bcdc:bao-cao-dan-chu:1" quy="5" nam="2026"/>`],
  ])("returns null for %s", (_name, xml) => {
    expect(storedReportFromXml(xml)).toBeNull();
  });

  it("writes well-formed XML that reads back the same, whatever line ends, controls or half surrogates the text holds", () => {
    const typed = "Phòng A\u000bPhòng B\u0001\ud800\r\nPhòng C\rPhòng D";
    const xml = storedReportToXml({ ...sample, figures: { "bcdc:toChuc.danhSach": typed }, history: [{ ...sample.history[0]!, from: "\u0007" }] });
    expect([...xml].filter((ch) => ch < " " && !"\t\n\r".includes(ch))).toEqual([]);
    const back = storedReportFromXml(xml);
    expect(back?.figures["bcdc:toChuc.danhSach"]).toBe("Phòng A\nPhòng B\ufffd\ufffd\nPhòng C\nPhòng D");
    expect(back?.history[0]?.from).toBe("\ufffd");
  });
});

describe("figures not yet updated for a new quarter", () => {
  it("round-trip, so the marks survive closing and reopening the document", () => {
    const rolled: StoredReport = { ...sample, period: { quarter: 2, year: 2026 }, unconfirmed: ["bcdc:hcc.tiepNhan", "bcdc:anSinh.tenXa"] };
    const xml = storedReportToXml(rolled);
    expect(xml).toContain(`<chuaCapNhat id="bcdc:hcc.tiepNhan"/>`);
    expect(storedReportFromXml(xml)?.unconfirmed).toEqual(["bcdc:hcc.tiepNhan", "bcdc:anSinh.tenXa"]);
  });

  it("are absent from a report that has none", () => {
    expect(storedReportFromXml(storedReportToXml(sample))?.unconfirmed).toBeUndefined();
  });
});

describe("figures whose own style the clerk kept", () => {
  it("round-trip; a hostile id is escaped, not spliced, and refused when read back", () => {
    const kept: StoredReport = { ...sample, keptStyles: ["bcdc:hcc.tiepNhan", 'bcdc:x"/><soLieu id="y'] };
    const xml = storedReportToXml(kept);
    expect(xml).toContain(`<giuKieuViet id="bcdc:hcc.tiepNhan"/>`);
    expect(xml).not.toContain(`<soLieu id="y"`);
    expect(storedReportFromXml(xml)?.keptStyles).toEqual(["bcdc:hcc.tiepNhan"]);
    expect(storedReportFromXml(storedReportToXml(sample))?.keptStyles).toBeUndefined();
  });
});

describe("figures recognition left unclear", () => {
  it("round-trip in «chuaRo», each once; a part written before them reads as none", () => {
    const left: StoredReport = { ...sample, unclear: ["bcdc:bienChe.congChucThucHien", "bcdc:hcc.tiepNhan"] };
    const xml = storedReportToXml(left);
    expect(xml).toContain(`<chuaRo id="bcdc:bienChe.congChucThucHien"/>`);
    expect(storedReportFromXml(xml)?.unclear).toEqual(["bcdc:bienChe.congChucThucHien", "bcdc:hcc.tiepNhan"]);
    expect(storedReportFromXml(storedReportToXml(sample))?.unclear).toBeUndefined();
    const twice = xml.replace("<chuaRo ", `<chuaRo id="bcdc:hcc.tiepNhan"/><chuaRo `);
    const read = readStoredReport(twice);
    expect(read.kind === "report" && [read.report.unclear, read.ignored]).toEqual([
      ["bcdc:hcc.tiepNhan", "bcdc:bienChe.congChucThucHien"],
      ["«chuaRo»: số liệu «chưa rõ» của «bcdc:hcc.tiepNhan» ghi hai lần"],
    ]);
  });
});

describe("numbers the clerk bound herself (walk52, 4)", () => {
  it("round-trip in «daChon» with what the form held before and the candidate's place, escaped; each once", () => {
    const hostile = `<"&'>\u0000`;
    const chosen: StoredReport = {
      ...sample,
      chosen: {
        "bcdc:giaoBan.soCuoc": { text: "03", before: "", place: JSON.stringify([45, `…vị ${hostile}: `, "03", " cuộc"]) },
        "bcdc:hcc.tiepNhan": { text: `1.2${hostile}` },
      },
    };
    const xml = storedReportToXml(chosen);
    expect(xml).toContain(`<daChon id="bcdc:giaoBan.soCuoc" so="03" truoc=""`);
    const back = storedReportFromXml(xml)?.chosen;
    expect(back?.["bcdc:giaoBan.soCuoc"]).toEqual(chosen.chosen!["bcdc:giaoBan.soCuoc"]);
    // The one control character XML cannot hold is said as such, the rest kept.
    expect(back?.["bcdc:hcc.tiepNhan"]).toEqual({ text: `1.2<"&'>\ufffd` });
    expect(storedReportFromXml(storedReportToXml(sample))?.chosen).toBeUndefined();
    const twice = xml.replace("<daChon ", `<daChon id="bcdc:hcc.tiepNhan" so="9"/><daChon `);
    const read = readStoredReport(twice);
    expect(read.kind === "report" && [read.report.chosen?.["bcdc:hcc.tiepNhan"], read.ignored]).toEqual([
      { text: "9" },
      ["«daChon»: số đã chọn của «bcdc:hcc.tiepNhan» ghi hai lần; lấy lần đầu"],
    ]);
  });
});

describe("what issue 9 adds to the stored part", () => {
  it("round-trips the tracking choice, the period of each value and a leader's decision", () => {
    const report: StoredReport = {
      ...sample,
      trackChanges: true,
      history: [
        { ...sample.history[0]!, period: { quarter: 1, year: 2026 } },
        { field: "bcdc:hcc.tiepNhan", from: "9.780", to: "9.700", at: "2026-03-06T08:00:00.000Z", by: "Chánh VP", period: { quarter: 1, year: 2026 }, decision: "rejected" },
        { field: "bcdc:giaoBan.soCuoc", from: "11", to: "12", at: "2026-03-06T09:00:00.000Z", by: "Chánh VP", period: { quarter: 1, year: 2026 }, decision: "accepted" },
      ],
    };
    const xml = storedReportToXml(report);
    expect(xml).toContain('<theoDoi bat="1"/>');
    expect(xml).toContain('ketQua="tuChoi"');
    expect(storedReportFromXml(xml)).toEqual(report);
    expect(storedReportFromXml(storedReportToXml({ ...report, trackChanges: false }))?.trackChanges).toBe(false);
    expect(storedReportFromXml(storedReportToXml(sample))?.trackChanges).toBeUndefined();
  });
});
