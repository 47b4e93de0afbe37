/**
 * The browser's own XML parser and serializer, under the names @xmldom/xmldom exports. The production build maps
 * `@xmldom/xmldom` to this file (webpack.config.js, resolve.alias): the pane runs in a browser that has both, and
 * @xmldom/xmldom would add 30 kB gzip to the task pane's first load. Node (jest, the CLI scripts) keeps @xmldom/xmldom.
 *
 * Differences callers handle: the browser never throws on malformed XML (it returns a document holding a
 * <parsererror> element) and ignores the constructor's options.
 */
export const DOMParser = globalThis.DOMParser;
export const XMLSerializer = globalThis.XMLSerializer;
/** xmldom's "stop at the first error" option; the browser's parser takes no options and always stops there. */
export const onErrorStopParsing = (): void => undefined;
