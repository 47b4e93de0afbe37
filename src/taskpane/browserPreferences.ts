import type { Preferences } from "./store/types";

/** The clerk's preferences in the browser's storage; storage can be refused (private mode, policy), so it may fail. */
export function browserPreferences(prefix = "bcdc."): Preferences {
  return {
    get: (key) => {
      try {
        return window.localStorage.getItem(prefix + key);
      } catch {
        return null; // no storage: the clerk types the name again, nothing else is lost
      }
    },
    set: (key, value) => {
      try {
        window.localStorage.setItem(prefix + key, value);
      } catch {
        // same as above: a preference is a convenience, never a reason to fail
      }
    },
  };
}
