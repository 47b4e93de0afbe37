/** Hostile text for property tests: what a clerk can paste into a figure box, and what fuzzing adds to it. */
import fc from "fast-check";

/** Inputs named in the issue, each of them not a number a count can take. */
export const NAMED_NON_NUMBERS = [
  "99999999999999999999999",
  "9.007.199.254.740.993",
  "１２３",
  "1e9",
  "1E+9",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "+5",
  "7,5",
  "9.78",
  "1".repeat(10_000),
  "a".repeat(10_000),
  `<w:t>&"'</w:t>`,
  "<&>\"'",
  "\u200f55",
  "5\u202e5",
  "\u202e55",
  "5\u200b5",
  "5\ufeff5", // a BOM at either end is whitespace (String.prototype.trim), inside it is not
  "5\u000b5",
  "x\r",
  "\u0000",
  "\ud800",
] as const;

/** Any text at all: printable, full Unicode with controls and half surrogates, long, or one of the named ones. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 12_000 }),
  fc.constantFrom(...NAMED_NON_NUMBERS),
);

/**
 * Text that is certainly not a figure: arbitrary text with something no number has inside it (a letter, a
 * metacharacter, a bidi or zero-width mark, a full-width digit, a sign...).
 */
export const nonNumber: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMED_NON_NUMBERS),
  fc
    .tuple(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("x", "<", "&", ">", '"', "'", "\u200f", "\u202e", "\u200b", "１", "e", "NaN", "%", "-", "/"),
      fc.string({ unit: "binary", maxLength: 12 }),
    )
    .map(([before, odd, after]) => `${before}${odd}${after}`)
    .filter((text) => /\S/.test(text)),
);

/** A letter with a Vietnamese diacritic: messages are written in Vietnamese, not passed through from an engine. */
export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
