/** The production build's computed Fluent token table agrees with @fluentui/tokens for every token name. */
import { tokens as fluentTokens } from "@fluentui/react-components";
import { tokens, tokenVariable } from "../../src/taskpane/fluentTokens";

describe("computed Fluent tokens", () => {
  const names = Object.keys(fluentTokens);

  it("covers Fluent's whole table", () => {
    expect(names.length).toBeGreaterThan(400);
  });

  it("gives every token the CSS variable Fluent gives it", () => {
    const table = fluentTokens as unknown as Record<string, string>;
    const differing = names.filter((name) => tokens[name] !== table[name]);
    expect(differing).toEqual([]);
  });

  it("keeps the stacking-order fallbacks", () => {
    expect(tokenVariable("zIndexPopup")).toBe("var(--zIndexPopup, 2000)");
    expect(tokens.colorNeutralForeground1).toBe("var(--colorNeutralForeground1)");
  });
});
