/** Who the review card names for a pending change: the history's writers, Word's name only for changes made in Word. */
import type { HistoryEntry } from "../../src/domain/storedReport";
import { sameName, writerOf, writersOf, writersToAsk } from "../../src/taskpane/components/reviewWriter";

const F = "bcdc:giaoBan.soCuoc";
const write = (from: string, to: string, by: string, at: string, field = F): HistoryEntry => ({ field, from, to, by, at });

describe("writerOf", () => {
  it("names the clerk the history recorded for the write, with its time, not Word's user name", () => {
    const history = [write("11", "12", "Trần Thị Bình", "2026-03-20T08:00:00.000Z")];
    expect(writerOf({ tag: F, deleted: "11", inserted: "12", author: "Chuyên viên" }, history)).toEqual({
      who: "Trần Thị Bình",
      at: "2026-03-20T08:00:00.000Z",
      fromWord: false,
    });
  });

  it("names every clerk whose writes make up one pending change, in order, and the latest time", () => {
    const history = [
      write("11", "12", "Trần Thị Bình", "2026-03-20T08:00:00.000Z"),
      write("5", "6", "Lê Văn C", "2026-03-20T08:30:00.000Z", "bcdc:other"),
      write("12", "13", "Nguyễn Văn A", "2026-03-21T09:00:00.000Z"),
    ];
    expect(writerOf({ tag: F, deleted: "11", inserted: "13", author: "Chuyên viên" }, history)).toEqual({
      who: "Trần Thị Bình, Nguyễn Văn A",
      at: "2026-03-21T09:00:00.000Z",
      fromWord: false,
    });
  });

  it("leaves out writes a leader already decided on (Word on Mac gives no deleted text to stop at)", () => {
    const history: HistoryEntry[] = [
      write("10", "11", "Lê Văn C", "2026-03-19T08:00:00.000Z"),
      { ...write("10", "11", "Phó Chánh Văn phòng", "2026-03-19T10:00:00.000Z"), decision: "accepted" },
      write("11", "12", "Trần Thị Bình", "2026-03-20T08:00:00.000Z"),
    ];
    expect(writerOf({ tag: F, deleted: "", inserted: "12", author: "Chuyên viên" }, history).who).toBe("Trần Thị Bình");
  });

  it("gives Word's name, said to be Word's, for a change the pane did not write (typed into the control in Word)", () => {
    const history = [write("11", "12", "Trần Thị Bình", "2026-03-20T08:00:00.000Z")];
    expect(writerOf({ tag: F, deleted: "12", inserted: "14", author: "Chuyên viên" }, history)).toEqual({ who: "Chuyên viên", fromWord: true });
    expect(writerOf({ tag: F, deleted: "12", inserted: "14", author: " " }, [])).toEqual({ who: "không rõ", fromWord: true });
  });
});

describe("whom the review asks about before a decision (a leader on the clerk's computer)", () => {
  const G = "bcdc:bienChe.congChucGiao";
  const history = [
    write("11", "12", "Trần Thị Mai", "2026-03-20T08:00:00.000Z"),
    write("55", "56", "trần  thị mai", "2026-03-20T08:05:00.000Z", G),
  ];
  const changes = [
    { tag: F, deleted: "11", inserted: "12", author: "Chuyên viên" },
    { tag: G, deleted: "55", inserted: "56", author: "Chuyên viên" },
    { tag: "bcdc:x", deleted: "1", inserted: "2", author: "Chuyên viên" },
  ];

  it("lists every writer once, the history's names first and Word's for a change the pane did not write", () => {
    expect(writersOf(changes, history)).toEqual(["Trần Thị Mai", "Chuyên viên"]);
    expect(writersOf([{ tag: F, deleted: "1", inserted: "2", author: " " }], [])).toEqual([]);
  });

  it("takes one name however it was typed: case, spaces, Unicode composition", () => {
    expect(sameName("Trần Thị Mai", " trần  THỊ mai ")).toBe(true);
    expect(sameName("Trần Thị Mai", "Trần Thị Mai".normalize("NFD"))).toBe(true);
    expect(sameName("Trần Thị Mai", "Trần Thị Mải")).toBe(false);
    expect(sameName("", " ")).toBe(false);
  });

  it("asks when the decision's name is a writer's and nobody confirmed it; never otherwise", () => {
    const writers = ["Trần Thị Mai", "Chuyên viên"];
    expect(writersToAsk("Trần Thị Mai", "", writers)).toEqual(writers);
    expect(writersToAsk("Trần Thị Mai", "Trần Thị Mai", writers)).toEqual([]);
    // A name confirmed earlier is not this one's answer.
    expect(writersToAsk("Trần Thị Mai", "Nguyễn Văn Hùng", writers)).toEqual(writers);
    expect(writersToAsk("Nguyễn Văn Hùng", "", writers)).toEqual([]);
    expect(writersToAsk("Trần Thị Mai", "", [])).toEqual([]);
  });
});
