/**
 * Word's automatic numbering (w:numPr), as the reader sees it: a heading numbered by Word shows "II." although the
 * text has no "II.". The numbering definitions (word/numbering.xml: w:abstractNum/w:lvl with w:start, w:numFmt,
 * w:lvlText; w:num → w:abstractNumId, w:lvlOverride/w:startOverride) are read, and each numbered paragraph gets the
 * label Word would show, counted per list (numId) and level, deeper levels restarting when a level above moves on
 * (ECMA-376 Part 1, §17.9 "Numbering"; Microsoft Learn "Working with paragraphs: numbering" in the Open XML SDK
 * docs). Numbering set by a paragraph style (w:pStyle → w:numPr in styles.xml) is not followed.
 */
import { DOMParser } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** The label for a paragraph with w:numPr (numId, ilvl), counting it; null if the list is unknown. */
  label(numId: string, level: number): string | null;
}

interface El {
  localName?: string | null;
  namespaceURI?: string | null;
  getAttributeNS(ns: string, name: string): string | null;
  childNodes: ArrayLike<El>;
}

const children = (node: El, name: string): El[] =>
  Array.from(node.childNodes).filter((c) => c.namespaceURI === W && c.localName === name);
const child = (node: El, name: string): El | undefined => children(node, name)[0];
const val = (node: El | undefined): string | null => node?.getAttributeNS(W, "val") ?? null;

export function readNumbering(xml: string): Numbering {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const abstract = new Map<string, Map<number, Level>>();
  const lists = new Map<string, { levels: Map<number, Level> }>();
  if (root) {
    for (const a of children(root, "abstractNum")) {
      const levels = new Map<number, Level>();
      for (const lvl of children(a, "lvl")) levels.set(Number(lvl.getAttributeNS(W, "ilvl") ?? 0), level(lvl));
      // Levels 0–8 only (ECMA-376 §17.9.3: nine levels); "4294967295" or "x" would give an array that long, or NaN.
      for (const ilvl of levels.keys()) if (!isLevel(ilvl)) levels.delete(ilvl);
      abstract.set(a.getAttributeNS(W, "abstractNumId") ?? "", levels);
    }
    for (const n of children(root, "num")) {
      const base = abstract.get(val(child(n, "abstractNumId")) ?? "") ?? new Map<number, Level>();
      const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
      for (const o of children(n, "lvlOverride")) {
        const ilvl = Number(o.getAttributeNS(W, "ilvl") ?? 0);
        if (!isLevel(ilvl)) continue;
        const start = val(child(o, "startOverride"));
        const own = child(o, "lvl");
        if (own) levels.set(ilvl, level(own));
        else if (start !== null && levels.has(ilvl)) levels.get(ilvl)!.start = Number(start);
      }
      lists.set(n.getAttributeNS(W, "numId") ?? "", { levels });
    }
  }
  const counters = new Map<string, number[]>();
  return {
    label(numId, ilvl) {
      const list = lists.get(numId);
      const lvl = isLevel(ilvl) ? list?.levels.get(ilvl) : undefined;
      if (!list || !lvl) return null;
      const counts = counters.get(numId) ?? [];
      counters.set(numId, counts);
      counts[ilvl] = counts[ilvl] === undefined ? lvl.start : counts[ilvl]! + 1;
      counts.length = ilvl + 1;
      if (lvl.format === "bullet") return /^[-+•–]$/.test(lvl.text) ? lvl.text : "•";
      if (lvl.format === "none") return "";
      return lvl.text.replace(/%(\d)/g, (_, k: string) => {
        const at = Number(k) - 1;
        const shown = list.levels.get(at);
        return format(counts[at] ?? shown?.start ?? 1, shown?.format ?? "decimal");
      });
    },
  };
}

const isLevel = (ilvl: number) => Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8;

/*
 * A hostile numbering.xml must not make a label huge: a start of 2,000,000,000 in upper roman was two million "M"s
 * per paragraph, and a lvlText of a thousand "%1"s repeats it. Labels are what a reader sees before a heading: the
 * level text is cut at MAX_LEVEL_TEXT characters and numbers past MAX_LIST_NUMBER are written in digits.
 */
const MAX_LEVEL_TEXT = 64;
const MAX_LIST_NUMBER = 32_767;

function level(lvl: El): Level {
  const start = Number(val(child(lvl, "start")) ?? 1);
  return {
    start: Number.isSafeInteger(start) ? start : 1,
    format: val(child(lvl, "numFmt")) ?? "decimal",
    text: (val(child(lvl, "lvlText")) ?? "").slice(0, MAX_LEVEL_TEXT),
  };
}

const ROMAN: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

function roman(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN) while (n >= value) [out, n] = [out + digits, n - value];
  return out;
}

/** Word's letters run a…z, then aa, bb… (§17.18.59 ST_NumberFormat). */
function letter(n: number): string {
  const base = String.fromCharCode(97 + ((n - 1) % 26));
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

function format(n: number, numFmt: string): string {
  if (n < 1 || n > MAX_LIST_NUMBER) return String(n);
  switch (numFmt) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n).toUpperCase();
    case "lowerLetter":
      return letter(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
