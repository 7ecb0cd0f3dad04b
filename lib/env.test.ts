import { afterEach, describe, expect, it, vi } from "vitest";
import { readConfig } from "./env";

afterEach(() => vi.unstubAllEnvs());

describe("readConfig", () => {
  it("defaults to the local Kratos", () => {
    vi.stubEnv("KRATOS_PUBLIC_URL", "");
    vi.stubEnv("KRATOS_BROWSER_URL", "");
    const config = readConfig();
    expect(config.kratosPublicUrl.href).toBe("http://localhost:4433/");
    expect(config.kratosBrowserUrl.href).toBe("http://localhost:4433/");
  });

  it("lets the browser reach Kratos at another address than the server", () => {
    vi.stubEnv("KRATOS_PUBLIC_URL", "http://kratos:4433");
    vi.stubEnv("KRATOS_BROWSER_URL", "https://auth.example.com");
    const config = readConfig();
    expect(config.kratosPublicUrl.href).toBe("http://kratos:4433/");
    expect(config.kratosBrowserUrl.href).toBe("https://auth.example.com/");
  });

  it("lets form posts end at sign-in providers and at the allowed return addresses, each origin once", () => {
    vi.stubEnv("CSP_FORM_ACTION_ORIGINS", "https://accounts.google.com");
    vi.stubEnv("ALLOWED_RETURN_URLS", "https://app.example.com/welcome, https://app.example.com/other https://accounts.google.com/x");
    expect(readConfig().extraFormActions).toEqual(["https://accounts.google.com", "https://app.example.com"]);
    vi.stubEnv("ALLOWED_RETURN_URLS", "app.example.com");
    expect(() => readConfig()).toThrow('ALLOWED_RETURN_URLS has "app.example.com", which is not an http(s) address such as https://app.example.com/welcome.');
  });

  it("names the variable and the problem in one line", () => {
    vi.stubEnv("KRATOS_PUBLIC_URL", "localhost:4433");
    expect(() => readConfig()).toThrow('KRATOS_PUBLIC_URL="localhost:4433" must start with http:// or https://.');
    vi.stubEnv("KRATOS_PUBLIC_URL", "not a url");
    expect(() => readConfig()).toThrow(/KRATOS_PUBLIC_URL="not a url" is not a valid URL/);
    vi.stubEnv("KRATOS_PUBLIC_URL", "");
    vi.stubEnv("KRATOS_TIMEOUT_MS", "-5");
    expect(() => readConfig()).toThrow('KRATOS_TIMEOUT_MS="-5" must be a positive whole number.');
  });
});
