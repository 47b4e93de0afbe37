/**
 * The add-in manifest for a given host: `ADDIN_URL=https://… npm run build` writes dist/manifest.xml with every URL
 * pointing there (webpack.config.js), and `node scripts/addinManifest.js https://…` prints it (CI validates that
 * output against Microsoft's schema). manifest.xml in the repository is the development one, on
 * https://localhost:3000; its URLs are replaced here, and nothing of localhost may remain.
 *
 * Office loads add-ins only over HTTPS ("You must use SSL for all URLs in the <Image> element":
 * https://learn.microsoft.com/en-us/javascript/api/manifest/image), so any other scheme is refused.
 */
const fs = require("fs");
const { URL } = require("url");
const path = require("path");

const DEV_ORIGIN = "https://localhost:3000";

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Checks ADDIN_URL and gives the base every file URL starts with (no trailing slash) and its origin. */
function parseAddinUrl(addinUrl) {
  let url;
  try {
    url = new URL(addinUrl);
  } catch (error) {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(addinUrl)}`, { cause: error });
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): ${addinUrl}`);
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`ADDIN_URL must be a plain folder address, without query, fragment or credentials: ${addinUrl}`);
  }
  return { base: url.href.replace(/\/+$/, ""), origin: url.origin };
}

/** The manifest text with the development origin replaced by the deployment's: file URLs by the base, AppDomain by the origin. */
function manifestForHost(template, addinUrl) {
  const { base, origin } = parseAddinUrl(addinUrl);
  const out = template
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(escapeXml(base));
  if (/localhost/i.test(out)) throw new Error("The manifest still names localhost after replacing the development origin.");
  return out;
}

module.exports = { manifestForHost, parseAddinUrl, DEV_ORIGIN };

if (require.main === module) {
  const addinUrl = process.argv[2] || process.env.ADDIN_URL;
  if (!addinUrl) {
    process.stderr.write("usage: node scripts/addinManifest.js https://host/folder  (or ADDIN_URL=…)\n");
    process.exit(2);
  }
  const template = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
  process.stdout.write(manifestForHost(template, addinUrl));
}
