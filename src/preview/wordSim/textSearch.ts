/**
 * Word's plain Find over a paragraph's text, as pure functions: matches are found left to right without overlap,
 * case-insensitively unless `matchCase`. Only the options the add-in uses are simulated; asking for another one
 * fails loudly rather than silently searching differently from Word.
 */
import { SimError } from "./simError";

export interface SimSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** Word's Find refuses longer search strings. */
export const MAX_SEARCH_LENGTH = 255;

const NOT_SIMULATED = ["matchWholeWord", "matchWildcards", "matchPrefix", "matchSuffix", "ignorePunct", "ignoreSpace"] as const;

/**
 * Checks the search at sync, as Word does: the error rejects the sync, not the call. Word's code for a string over
 * 255 characters is SearchStringInvalidOrTooLong ("The search string maximum is 255 characters":
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling); an empty
 * string is taken as "invalid" under the same code (not verified in Word).
 */
export function checkSearch(needle: string, options: SimSearchOptions): void {
  if (needle === "" || needle.length > MAX_SEARCH_LENGTH) {
    throw new SimError("SearchStringInvalidOrTooLong", `The search string is invalid or too long (maximum ${MAX_SEARCH_LENGTH} characters).`, "search");
  }
  // "^" starts Word's special codes: only a tab (^t) and a caret (^^) are simulated; another code fails loudly.
  decodeFind(needle);
  const unsupported = NOT_SIMULATED.find((name) => options[name] === true);
  if (unsupported) throw new SimError("InvalidArgument", `Search option ${unsupported} is not simulated.`, "search");
}

/** Start offsets of the non-overlapping matches of `needle` in `haystack`. */
export function findMatches(haystack: string, needle: string, matchCase: boolean): number[] {
  const hay = matchCase ? haystack : haystack.toLowerCase();
  const pin = matchCase ? needle : needle.toLowerCase();
  // Lower-casing keeps lengths for Vietnamese; if it ever did not, offsets would be wrong: search exactly then.
  const [h, n] = hay.length === haystack.length && pin.length === needle.length ? [hay, pin] : [haystack, needle];
  const found: number[] = [];
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) found.push(at);
  return found;
}

/**
 * The text a search string stands for: "^t" is a tab and "^^" a caret (the special characters table of
 * https://learn.microsoft.com/en-us/office/dev/add-ins/word/search-option-guidance). The other codes (^p, ^#, ^?…)
 * are not simulated.
 */
export function decodeFind(needle: string): string {
  return needle.replace(/\^(.?)/g, (_code, next: string) => {
    if (next === "t") return "\t";
    if (next === "^") return "^";
    throw new SimError("InvalidArgument", `The search code '^${next}' (Word's special codes) is not simulated.`, "search");
  });
}
