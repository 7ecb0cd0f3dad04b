import { describe, expect, it } from "vitest";
import { kratosEndpoint, uiRoute } from "./routes";

describe("uiRoute", () => {
  it("keeps the UI's own routes and folds everything else", () => {
    expect(uiRoute("/")).toBe("/");
    expect(uiRoute("/login")).toBe("/login");
    expect(uiRoute("/settings/")).toBe("/settings");
    expect(uiRoute("/admin/identities/0dcae2fb-4ee7-4809-b8e2-b3b6b2af7382")).toBe("/admin/identities/{id}");
    expect(uiRoute("/admin/courier")).toBe("/admin/courier");
    expect(uiRoute("/verification/required")).toBe("/verification/required");
    expect(uiRoute("/_next/static/chunks/abc123.js")).toBe("/_next/static");
    expect(uiRoute("/_next/image")).toBe("/_next");
    expect(uiRoute("/wp-admin.php")).toBe("other");
    expect(uiRoute("/login/../../etc/passwd")).toBe("other");
  });

  it("reads routes below the UI's base path", () => {
    expect(uiRoute("/account", "/account")).toBe("/");
    expect(uiRoute("/account/login", "/account")).toBe("/login");
    expect(uiRoute("/account/_next/static/chunks/a.js", "/account")).toBe("/_next/static");
    expect(uiRoute("/login", "/account")).toBe("other");
    expect(uiRoute("/accounting/login", "/account")).toBe("other");
  });
});

describe("kratosEndpoint", () => {
  it("names the endpoint with ids replaced", () => {
    expect(kratosEndpoint("/self-service/login/flows")).toBe("/self-service/login/flows");
    expect(kratosEndpoint("/sessions/whoami")).toBe("/sessions/whoami");
    expect(kratosEndpoint("/sessions")).toBe("/sessions");
    expect(kratosEndpoint("/sessions/8b6c1a1e-2f0d-4d2e-9a57-1b8f0f3c2a11")).toBe("/sessions/{id}");
    expect(kratosEndpoint("/schemas/ZGVmYXVsdA")).toBe("/schemas/{id}");
    expect(kratosEndpoint("/self-service/errors")).toBe("/self-service/errors");
  });

  it("strips the path Kratos is served below", () => {
    expect(kratosEndpoint("/kratos/sessions/whoami", "/kratos/")).toBe("/sessions/whoami");
  });

  it("labels Hydra's admin calls apart from Kratos's, folding unknown ones", () => {
    expect(kratosEndpoint("hydra:/admin/oauth2/auth/requests/consent/accept")).toBe("hydra:/admin/oauth2/auth/requests/consent/accept");
    expect(kratosEndpoint("hydra:/admin/oauth2/auth/sessions/consent")).toBe("hydra:/admin/oauth2/auth/sessions/consent");
    expect(kratosEndpoint("hydra:/admin/clients/0dcae2fb-4ee7-4809-b8e2-b3b6b2af7382")).toBe("hydra:other");
    expect(kratosEndpoint("kratos-admin:/admin/identities/0dcae2fb-4ee7-4809-b8e2-b3b6b2af7382/credentials/totp")).toBe(
      "kratos-admin:/admin/identities/{id}/credentials/totp",
    );
    expect(kratosEndpoint("kratos-admin:/admin/sessions/0dcae2fb-4ee7-4809-b8e2-b3b6b2af7382")).toBe("kratos-admin:/admin/sessions/{id}");
    expect(kratosEndpoint("kratos-admin:/admin/identities")).toBe("kratos-admin:/admin/identities");
    expect(kratosEndpoint("kratos-admin:/admin/anything/else")).toBe("kratos-admin:other");
  });

  it("folds anything unexpected into one label", () => {
    expect(kratosEndpoint("/admin/identities")).toBe("other");
    expect(kratosEndpoint("/self-service/login/flows/extra")).toBe("other");
  });
});
