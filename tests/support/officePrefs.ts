/** Preferences of a computer whose clerk has already filled in an office: the reference report's, as in the samples. */
import { REFERENCE_OFFICE } from "../../src/domain/template/settings";
import { memoryPreferences, type Preferences } from "../../src/taskpane/store/createAppStore";

export function referenceOfficePrefs(): Preferences {
  const prefs = memoryPreferences();
  prefs.set("officeSettings", JSON.stringify(REFERENCE_OFFICE));
  return prefs;
}
