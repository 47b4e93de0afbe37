/**
 * Ids for what the clerk adds in «Thiết kế mẫu»: made from the Vietnamese words they typed, without diacritics, so a
 * field's id (and its controls' tag) reads like its label ("Hồ sơ tiếp nhận" → hoSoTiepNhan) and never clashes.
 */

/** "Hồ sơ đã giải quyết" → ["ho", "so", "da", "giai", "quyet"]: ASCII words only. */
function asciiWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** A field or rule id from words: camelCase, starting with a letter, at most 60 characters. */
export function idFromWords(text: string, fallback: string): string {
  const words = asciiWords(text);
  const joined = words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join("").slice(0, 60);
  return /^[a-z]/.test(joined) ? joined : `${fallback}${joined.charAt(0).toUpperCase()}${joined.slice(1)}`.slice(0, 60);
}

/** A section id from its title: the words joined by "-" ("Tiếp công dân" → "tiep-cong-dan"). */
export function sectionIdFromTitle(title: string): string {
  const words = asciiWords(title).join("-").slice(0, 36);
  return words === "" ? "muc" : words;
}

/** `base`, or `base2`, `base3`… (`base-2` for section ids), the first not in `taken`. */
export function unique(base: string, taken: ReadonlySet<string>, separator = ""): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${separator}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
