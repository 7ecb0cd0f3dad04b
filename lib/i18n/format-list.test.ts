import { describe, expect, it } from "vitest";
import { formatList } from "./format-list";

describe("formatList", () => {
  it("lists items with each language's own separators", () => {
    expect(formatList(["Passkey", "YubiKey"], "en")).toBe("Passkey, YubiKey");
    expect(formatList(["Passkey", "YubiKey", "Titan"], "ar")).toBe("Passkey، وYubiKey، وTitan");
    expect(formatList([], "de")).toBe("");
  });
});
