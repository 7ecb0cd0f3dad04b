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
