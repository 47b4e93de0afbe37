/**
 * Two pages: the task pane Word loads (taskpane.html) and the preview host (index.html) that runs the same pane
 * beside a simulated document, for machines without Word. The task pane loads office.js from Microsoft's CDN (what
 * AppSource requires, and what Word needs to find its host scripts); OFFICE_JS_URL=/office/office.js uses the copy from
 * the npm package instead, for offline checks outside Office.
 * BENCH_FLOOR=1 adds a third page, floor.html (scripts/bench/floor): the bare Fluent page `npm run bench` measures the
 * pane's start against, built by this same configuration. Production builds leave it out.
 */
const path = require("path");
const { NormalModuleReplacementPlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { manifestForHost } = require("./scripts/addinManifest");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const officeJsUrl = process.env.OFFICE_JS_URL || CDN_OFFICE_JS;
  const https = process.env.HTTPS === "1";
  // ADDIN_URL=https://host/folder: dist/manifest.xml points there (README, "Deploying to an office"); unset: localhost.
  const addinUrl = process.env.ADDIN_URL;
  if (addinUrl) manifestForHost("", addinUrl); // fail before building when the address is unusable
  const benchFloor = process.env.BENCH_FLOOR === "1";
  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      ...(benchFloor ? { floor: "./scripts/bench/floor/floor.tsx" } : {}),
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    devtool: process.env.SOURCE_MAP ? "source-map" : production ? false : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The browser parses and serializes XML itself; @xmldom/xmldom stays for Node (see src/domain/xml/nativeXmlDom.ts).
      alias: { "@xmldom/xmldom$": path.resolve(__dirname, "src/domain/xml/nativeXmlDom.ts") },
    },
    module: {
      rules: [
        // Fluent UI ships its styles as CSS text inside JavaScript (Griffel's __styles); moving that text into a
        // stylesheet takes about 14 kB gzip off the task pane's first-load JavaScript and saves inserting rules at run
        // time. Griffel sorts the extracted rules itself; style-loader cannot be used beside it.
        {
          test: /\.js$/,
          include: [/node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      // Fluent's token table, computed instead of shipped (see src/taskpane/fluentTokens.ts).
      // Replaced before resolving, so the replacement goes through the TypeScript loader.
      new NormalModuleReplacementPlugin(/^\.\.?\/tokens\.js$/, (request) => {
        if (/@fluentui[\\/]tokens[\\/]lib/.test(request.context)) request.request = path.resolve(__dirname, "src/taskpane/fluentTokens.ts");
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], officeJsUrl }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      ...(benchFloor ? [new HtmlWebpackPlugin({ filename: "floor.html", template: "./scripts/bench/floor/floor.html", chunks: ["floor"] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: addinUrl ? (content) => manifestForHost(content.toString("utf8"), addinUrl) : undefined,
          },
          // Already minified by Microsoft; Terser would spend a minute and a half on it.
          { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office/office.js", info: { minimized: true } },
          // office.js looks for this table beside itself before it decides it is outside Office.
          {
            from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js",
            to: "office/o15apptofilemappingtable.js",
            info: { minimized: true },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT || 3000),
      server: https ? "https" : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: false },
    },
  };
};
