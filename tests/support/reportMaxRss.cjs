/* Preloaded into a child `npm run check` by the hostile-file tests: prints the process's peak memory on exit. */
process.on("exit", () => {
  process.stderr.write(`\nmaxRssKb=${process.resourceUsage().maxRSS}\n`);
});
