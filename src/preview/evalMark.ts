/**
 * Imported first by the preview's entry, so it runs before every other module of the bundle: the start trace
 * (npm run bench -- --trace) measures the bundle's evaluation from this mark to the simulated document's.
 */
performance.mark("bcdc:modules");
