import { describe, expect, it } from "vitest";
import { fixture } from "@/test/fixtures";
import { methodStatus, methodStatuses } from "./method-status";
import type { UiNode, UiText } from "../types";

const removeKey = (group: "webauthn" | "passkey", name: string): UiNode => ({
  type: "input",
  group,
  attributes: { name: `${group}_remove`, type: "submit", value: `id-${name}`, disabled: false, node_type: "input" },
  messages: [],
  // Kratos names the key in the label's context (text/message_settings.go); the
  // generated type cannot express an open object, hence the cast.
  meta: {
    label: {
      id: 1050018,
      text: `Remove security key "${name}"`,
      type: "info",
      context: { display_name: name } as unknown as UiText["context"],
    },
  },
});

describe("methodStatus", () => {
  it("on a new account, offers every method as not set up", () => {
    expect(methodStatuses(fixture("settings").ui.nodes)).toEqual([
      { group: "totp", configured: false, items: [] },
      { group: "lookup_secret", configured: false, items: [] },
      { group: "webauthn", configured: false, items: [] },
      { group: "passkey", configured: false, items: [] },
      { group: "oidc", configured: false, items: [] },
    ]);
  });

  it("knows a linked authenticator app by its unlink button, and says nothing of codes still to be confirmed", () => {
    const nodes = fixture("settings-second-factors").ui.nodes;
    expect(methodStatus("totp", nodes)).toEqual({ group: "totp", configured: true, items: [] });
    expect(methodStatus("lookup_secret", nodes)).toBeUndefined();
  });

  it("knows confirmed recovery codes by the buttons to reveal or disable them", () => {
    expect(methodStatus("lookup_secret", fixture("settings-recovery-codes-revealed").ui.nodes)?.configured).toBe(true);
  });

  it("names each registered key", () => {
    const nodes = [...fixture("settings").ui.nodes, removeKey("webauthn", "YubiKey"), removeKey("webauthn", "Backup key")];
    expect(methodStatus("webauthn", nodes)).toEqual({ group: "webauthn", configured: true, items: ["YubiKey", "Backup key"] });
    expect(methodStatus("passkey", nodes)?.configured).toBe(false);
  });

  it("says nothing of methods the flow does not offer", () => {
    expect(
      methodStatus(
        "totp",
        fixture("settings-extended").ui.nodes.filter((node) => node.group !== "totp"),
      ),
    ).toBeUndefined();
  });
});
