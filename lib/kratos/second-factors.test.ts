import { describe, expect, it } from "vitest";
import { setUpSecondFactors } from "./second-factors";
import type { Identity } from "./types";

type Credential = NonNullable<Identity["credentials"]>[string];

/** A webauthn credential as the admin API answers with include_credential=webauthn. */
function webauthn(keys: unknown[]): Credential {
  return { type: "webauthn", identifiers: ["a@example.org"], config: { credentials: keys } as unknown as Credential["config"] };
}

describe("setUpSecondFactors", () => {
  it("counts TOTP and recovery codes, and security keys only when a key is there", () => {
    expect(setUpSecondFactors({ totp: { type: "totp" }, lookup_secret: { type: "lookup_secret" } })).toEqual(["totp", "lookup_secret"]);
    expect(setUpSecondFactors({ webauthn: webauthn([]) })).toEqual([]);
    expect(setUpSecondFactors({ webauthn: webauthn([{ is_passwordless: true }]) })).toEqual([]);
    expect(setUpSecondFactors({ webauthn: webauthn([{ is_passwordless: false }]) })).toEqual(["webauthn"]);
    expect(setUpSecondFactors(undefined)).toEqual([]);
  });
});
