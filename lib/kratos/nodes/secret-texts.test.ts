import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { isTextNode, type TextNode } from "./nodes";
import { recoveryCodesDataUrl, recoveryCodesOf, secretOf, unusedCodes } from "./secret-texts";
import type { SettingsFlow } from "../types";

function textNode(flow: SettingsFlow, id: string): TextNode {
  const node = flow.ui.nodes.filter(isTextNode).find((candidate) => candidate.attributes.id === id);
  if (!node) throw new Error(`no text node ${id}`);
  return node;
}

describe("recovery codes as Kratos sends them", () => {
  it("reads the twelve fresh codes from the list's context", () => {
    const node = textNode(fixture("settings-second-factors"), "lookup_secret_codes");
    const codes = recoveryCodesOf(node.attributes.text)!;
    expect(codes).toHaveLength(12);
    expect(codes.every((entry) => !entry.used)).toBe(true);
    // Kratos's flat text lists the same codes, comma-separated.
    expect(unusedCodes(codes).join(", ")).toBe(node.attributes.text.text);
  });

  it("keeps a used code as 'used' with the time Kratos recorded, and only the others as codes", () => {
    const codes = recoveryCodesOf(textNode(fixture("settings-recovery-codes-revealed"), "lookup_secret_codes").attributes.text)!;
    expect(codes[0]).toEqual({ used: true, usedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string });
    expect(unusedCodes(codes)).toHaveLength(11);
    expect(unusedCodes(codes).every((code) => /^[a-z0-9]{8}$/.test(code))).toBe(true);
  });

  it("is not a list for any other text, such as the TOTP secret", () => {
    expect(recoveryCodesOf(textNode(fixture("settings"), "totp_secret_key").attributes.text)).toBeUndefined();
  });
});

describe("recoveryCodesDataUrl", () => {
  it("is a UTF-8 text file with the intro and one code per line", () => {
    const url = recoveryCodesDataUrl("Keep these safe – each works once.", ["abcd1234", "efgh5678"]);
    expect(url.startsWith("data:text/plain;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe("Keep these safe – each works once.\n\nabcd1234\nefgh5678\n");
  });
});

describe("secretOf", () => {
  it("is the authenticator app secret from the text's context", () => {
    const text = textNode(fixture("settings"), "totp_secret_key").attributes.text;
    expect(secretOf(text)).toMatch(/^[A-Z2-7]{32}$/);
    expect(secretOf(text)).toBe(text.text);
  });
});
