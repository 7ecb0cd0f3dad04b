import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { interpolate } from "./catalogue";
import { isKratosMessageId, kratosMessages } from "./kratos-messages";
import { placeholders } from "./placeholders";

type RecordedText = { id: number; text: string; context?: Record<string, unknown>; file: string };

const fixtureDir = path.resolve(import.meta.dirname, "../../test/fixtures/kratos");

/** Every UI text in the JSON recorded from Kratos v1.3.1, wherever it sits in a flow. */
function recordedTexts(): RecordedText[] {
  const texts: RecordedText[] = [];
  const walk = (value: unknown, file: string) => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, file));
    if (typeof value !== "object" || value === null) return;
    const node = value as Record<string, unknown>;
    if (typeof node.id === "number" && typeof node.text === "string" && typeof node.type === "string") {
      texts.push({ id: node.id, text: node.text, context: node.context as Record<string, unknown> | undefined, file });
    }
    Object.values(node).forEach((child) => walk(child, file));
  };
  for (const file of readdirSync(fixtureDir).filter((name) => name.endsWith(".json"))) {
    walk(JSON.parse(readFileSync(path.join(fixtureDir, file), "utf8")), file);
  }
  return texts;
}

/** The placeholder names a context provides, raw and derived (the conventions in kratos-messages.ts). */
function providedNames(context: Record<string, unknown> = {}): Set<string> {
  const names = new Set(Object.keys(context));
  for (const key of Object.keys(context)) {
    if (key.endsWith("_unix")) names.add(key.slice(0, -5)).add(`${key.slice(0, -5)}_relative`);
  }
  if ("available_credential_types" in context) names.add("available_methods");
  return names;
}

// Texts Kratos computes in ways a template cannot reproduce: a Go time, minutes
// since expiry, a sentence composed from optional parts, recovery codes joined.
const COMPOSED = new Set([1050014, 1050015, 1060001, 4000028, 4010001, 4040001, 4050001, 4060005, 4070005]);

const texts = recordedTexts();

describe("the Kratos message table", () => {
  it("has one entry for each of the 135 ids Kratos v1.3.1 constructs, and none it only declares", () => {
    expect(Object.keys(kratosMessages)).toHaveLength(135);
    for (const declaredOnly of [1010000, 1010020, 1020000, 1030000, 4060003, 4070004, 5000000]) {
      expect(isKratosMessageId(declaredOnly)).toBe(false);
    }
  });

  it("knows every id in the recorded Kratos responses", () => {
    expect(texts.length).toBeGreaterThan(100);
    const unknown = texts.filter((text) => !isKratosMessageId(text.id)).map((text) => `${text.id} in ${text.file}`);
    expect(unknown).toEqual([]);
  });

  it("uses only placeholders that the recorded contexts provide", () => {
    const mismatches = texts.flatMap((text) => {
      if (!isKratosMessageId(text.id)) return [];
      const provided = providedNames(text.context);
      return placeholders(kratosMessages[text.id])
        .filter((name) => !provided.has(name))
        .map((name) => `${text.id} {${name}} (${text.file})`);
    });
    expect(mismatches).toEqual([]);
  });

  it("gives back Kratos's own text when filled with the recorded context", () => {
    const checked = texts.filter((text) => isKratosMessageId(text.id) && !COMPOSED.has(text.id));
    expect(new Set(checked.map((text) => text.id)).size).toBeGreaterThan(50);
    for (const text of checked) {
      const vars = Object.fromEntries(Object.entries(text.context ?? {}).map(([key, value]) => [key, String(value)]));
      expect(interpolate(kratosMessages[text.id as keyof typeof kratosMessages], vars), `${text.id} in ${text.file}`).toBe(text.text);
    }
  });

  it("matches recorded contexts of messages with values (spot checks)", () => {
    const contextOf = (id: number) => texts.find((text) => text.id === id)?.context;
    expect(Object.keys(contextOf(4000003) ?? {}).sort()).toEqual(["actual_length", "min_length"]);
    expect(Object.keys(contextOf(4000020) ?? {}).sort()).toEqual(["actual", "maximum"]);
    expect(Object.keys(contextOf(1070002) ?? {})).toEqual(["title"]);
    expect(Object.keys(contextOf(1050014) ?? {}).sort()).toEqual(["used_at", "used_at_unix"]);
    expect(Object.keys(contextOf(4000028) ?? {}).sort()).toEqual([
      "available_credential_types",
      "available_oidc_providers",
      "credential_identifier_hint",
    ]);
  });
});
