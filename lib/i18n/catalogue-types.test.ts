import { describe, expect, it } from "vitest";
import type { LocaleCatalogue } from "./catalogue-types";
import { de } from "./locales/de";

// These checks run in `tsc --noEmit`: each @ts-expect-error fails the typecheck
// if the line below it ever compiles, i.e. if the catalogue type stops catching it.
function without<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

const uiWithoutOneKey = without(de.ui, "login.title");
const kratosWithoutOneId = without(de.kratos, 1010001);

// @ts-expect-error a catalogue missing one of our texts
const missingUi = { ...de, ui: uiWithoutOneKey } satisfies LocaleCatalogue;
// @ts-expect-error a catalogue missing one Kratos message id
const missingKratos = { ...de, kratos: kratosWithoutOneId } satisfies LocaleCatalogue;
const extraUi = {
  ...de,
  // @ts-expect-error a text English does not have
  ui: { ...de.ui, "login.titel": "Anmelden" },
} satisfies LocaleCatalogue;
const extraKratos = {
  ...de,
  // @ts-expect-error an id Kratos v1.3.1 never sends
  kratos: { ...de.kratos, 1010020: "Code" },
} satisfies LocaleCatalogue;
const missingTrait = {
  ...de,
  // @ts-expect-error a catalogue missing a trait label
  traits: { "traits.email": "E-Mail-Adresse" },
} satisfies LocaleCatalogue;

describe("LocaleCatalogue", () => {
  it("is what the catalogues are checked against (the checks themselves run in tsc)", () => {
    expect([missingUi, missingKratos, extraUi, extraKratos, missingTrait].every((catalogue) => typeof catalogue.ui === "object")).toBe(
      true,
    );
  });
});
