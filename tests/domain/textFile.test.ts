/** Files as they arrive: every Unicode form with a BOM, UTF-8 without; anything else refused with the reason. */
import { decodeText, TextFileError } from "../../src/domain/textFile";

const SAMPLE = "BÁO CÁO\r\nKết quả thực hiện công tác dân chủ quý I năm 2026: 9 780 hồ sơ.";
const EXPECTED = SAMPLE.replace(/\r\n/g, "\n");

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return Uint8Array.from(out);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM, and UTF-16 LE and BE with a BOM, to the same text", () => {
    expect(decodeText(utf8(SAMPLE))).toBe(EXPECTED);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]))).toBe(EXPECTED);
    expect(decodeText(utf16(SAMPLE, false))).toBe(EXPECTED);
    expect(decodeText(utf16(SAMPLE, true))).toBe(EXPECTED);
  });

  it("says an empty file, or one of only spaces, is empty", () => {
    expect(() => decodeText(new Uint8Array())).toThrow("tệp rỗng (0 byte)");
    expect(() => decodeText(utf8(" \r\n\t "))).toThrow("chỉ có khoảng trắng");
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf]))).toThrow("chỉ có khoảng trắng");
  });

  it("refuses a legacy code page (Windows-1258 bytes are not UTF-8), naming the problem", () => {
    // "Văn phòng" in Windows-1258: ă = 0xE3, ò = 0xF2.
    const cp1258 = Uint8Array.from([0x56, 0xe3, 0x6e, 0x20, 0x70, 0x68, 0xf2, 0x6e, 0x67]);
    expect(() => decodeText(cp1258)).toThrow(TextFileError);
    expect(() => decodeText(cp1258)).toThrow("không phải UTF-8");
  });

  it("refuses UTF-16 without a BOM and UTF-32, naming them", () => {
    expect(() => decodeText(utf16(SAMPLE, false, false))).toThrow("UTF-16 nhưng không có dấu BOM");
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toThrow("UTF-32");
  });

  it("refuses text typed in a TCVN3 or VNI font (Vietnamese shown as Latin-1 symbols)", () => {
    const tcvn3 = "V¨n phßng UBND tØnh b¸o c¸o kÕt qu¶ thùc hiÖn c«ng t¸c d©n chñ quý I n¨m 2026. ".repeat(3);
    expect(() => decodeText(utf8(tcvn3))).toThrow("phông chữ cũ (TCVN3/ABC hoặc VNI)");
    const vni = "Vaên phoøng UBND tænh baùo caùo keát quaû thöïc hieän coâng taùc daân chuû. ".repeat(3);
    expect(() => decodeText(utf8(vni))).toThrow("phông chữ cũ");
  });

  it("does not mistake ordinary Vietnamese with a few symbols for a legacy font", () => {
    const text = `${EXPECTED} Tỷ lệ 95,06% ± 0,5; nhiệt độ 25°C; «trích dẫn» § 3. `.repeat(10);
    expect(decodeText(utf8(text))).toBe(text);
  });
});
