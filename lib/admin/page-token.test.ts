import { describe, expect, it } from "vitest";
import { nextPageToken, pageSizeFrom } from "./page-token";

describe("nextPageToken", () => {
  it("reads the next page's token from Kratos's Link header", () => {
    const link =
      '</admin/identities?page_size=25&page_token=eyJvZmZzZXQiOiIyNSJ9>; rel="first",</admin/identities?page_size=25&page_token=eyJwYWdlIjoiMiJ9>; rel="next"';
    expect(nextPageToken(link)).toBe("eyJwYWdlIjoiMiJ9");
  });

  it("has none on the last page", () => {
    expect(nextPageToken('</admin/identities?page_size=25&page_token=abc>; rel="first"')).toBeUndefined();
    expect(nextPageToken(null)).toBeUndefined();
  });
});

describe("pageSizeFrom", () => {
  it("takes only the sizes offered", () => {
    expect(pageSizeFrom("50")).toBe(50);
    expect(pageSizeFrom("1000")).toBe(25);
    expect(pageSizeFrom(undefined)).toBe(25);
  });
});
