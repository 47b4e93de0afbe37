/**
 * The corpus suites first, longest first, then jest's own order. On a fresh clone jest has no timings and orders by
 * file size, so the small files that each run a part of a corpus suite (metamorphic.partN.test.ts) came last and two
 * workers ended with one of them running alone (stop 50's CI missed its 90 minutes).
 */
const Sequencer = require("@jest/test-sequencer").default;

/** Longest first, as measured in stop 50's CI (metamorphic 1,363 s in one file, hugeText, paneReach, hostileFiles …). */
const LONG = [
  /\/metamorphic(\.part\d)?\.test\.ts$/,
  /\/hugeText\.test\.ts$/,
  /\/paneReach(\.part\d)?\.test\.ts$/,
  /\/hostileFiles\.test\.ts$/,
  /\/recognitionCorpus\.test\.ts$/,
  /\/scoreBound\.test\.ts$/,
];

const rank = (path) => {
  const i = LONG.findIndex((pattern) => pattern.test(path.replace(/\\/g, "/")));
  return i === -1 ? LONG.length : i;
};

class LongFirstSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    return ordered
      .map((test, i) => ({ test, i }))
      .sort((a, b) => rank(a.test.path) - rank(b.test.path) || a.i - b.i)
      .map(({ test }) => test);
  }
}

module.exports = LongFirstSequencer;
