import { describe, expect, it } from "vitest";
import { restoreKratosCookies } from "./cookie-header";

describe("restoreKratosCookies", () => {
  it("undoes Next's percent-encoding of Kratos's session and CSRF cookies", () => {
    const encoded = "ory_kratos_session=MTcx%3D%3D; csrf_token_82b1=UWyB%2FBsf%2BEv%3D; theme=dark%20mode";
    expect(restoreKratosCookies(encoded)).toBe("ory_kratos_session=MTcx==; csrf_token_82b1=UWyB/Bsf+Ev=; theme=dark%20mode");
  });

  it("leaves a header the browser sent as it is", () => {
    const raw = "ory_kratos_session=MTcx==; csrf_token_82b1=UWyB/Bsf+Ev=; other=a%zz";
    expect(restoreKratosCookies(raw)).toBe(raw);
  });

  it("keeps a value that is not valid percent-encoding", () => {
    expect(restoreKratosCookies("ory_kratos_session=abc%E0%A4%A")).toBe("ory_kratos_session=abc%E0%A4%A");
  });

  it("keeps a value that would decode to something Kratos never sets, such as a NUL byte no header may carry", () => {
    expect(restoreKratosCookies("csrf_token_x=%00; ory_kratos_session=a%0Ab")).toBe("csrf_token_x=%00; ory_kratos_session=a%0Ab");
  });
});
