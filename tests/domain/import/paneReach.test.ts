/**
 * What the engine binds in a corpus document, the pane must be able to place in Word: every figure bound is given a
 * search address (addresses.ts), or the clerk gets a list of figures «đã nhận diện» that the document never shows.
 * Measured on the .txt documents as the preview opens them (one paragraph a line). A list written over several lines
 * is one thing a single control cannot hold; the other is a value written twice in one row of a typed table («Giấy
 * khen (cá nhân)   0   01   01», 954): no stretch of the row holds the later «01» first, so the pane lists it for the
 * clerk with its reason (addresses.ts).
 */
import { paneReachSuite } from "../../support/paneReachSuite";

// Part 1 of 2 (tests/support/paneReachSuite.ts deals the documents over the files so that jest runs them side by side).
paneReachSuite(0);
