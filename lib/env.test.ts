import { afterEach, describe, expect, it, vi } from "vitest";
import { readConfig, readServerConfig } from "./env";

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
    expect(() => readConfig()).toThrow(
      'ALLOWED_RETURN_URLS has "app.example.com", which is not an http(s) address such as https://app.example.com/welcome.',
    );
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

describe("the admin area and account deletion", () => {
  it("are off unless Kratos's admin API is configured", () => {
    for (const name of ["KRATOS_ADMIN_URL", "ADMIN_IDENTITIES", "ACCOUNT_DELETION", "PRIVILEGED_SESSION_MAX_AGE"]) vi.stubEnv(name, "");
    const config = readConfig();
    expect(config.kratosAdminUrl).toBeUndefined();
    expect(config.adminIdentities).toEqual([]);
    expect(config.accountDeletion).toBe("off");
    expect(config.privilegedSessionMaxAgeMs).toBe(15 * 60_000);
  });

  it("reads the admin API, the admins (emails in lower case), the deletion mode and the privileged window", () => {
    vi.stubEnv("KRATOS_ADMIN_URL", "http://kratos-admin:4434");
    vi.stubEnv("ADMIN_IDENTITIES", "Support@Example.com, 6f1c2b1e-8e0e-4d3c-9a0a-1b2c3d4e5f60");
    vi.stubEnv("ACCOUNT_DELETION", "deactivate");
    vi.stubEnv("PRIVILEGED_SESSION_MAX_AGE", "1h");
    const config = readConfig();
    expect(config.kratosAdminUrl?.href).toBe("http://kratos-admin:4434/");
    expect(config.adminIdentities).toEqual(["support@example.com", "6f1c2b1e-8e0e-4d3c-9a0a-1b2c3d4e5f60"]);
    expect(config.accountDeletion).toBe("deactivate");
    expect(config.privilegedSessionMaxAgeMs).toBe(3_600_000);
  });

  it("refuses a deletion mode it does not know, deletion without the admin API, and a bad duration", () => {
    vi.stubEnv("KRATOS_ADMIN_URL", "http://kratos-admin:4434");
    vi.stubEnv("ACCOUNT_DELETION", "yes");
    expect(() => readConfig()).toThrow('ACCOUNT_DELETION="yes" must be one of: off, delete, deactivate.');
    vi.stubEnv("ACCOUNT_DELETION", "delete");
    vi.stubEnv("KRATOS_ADMIN_URL", "");
    expect(() => readConfig()).toThrow('ACCOUNT_DELETION="delete" needs KRATOS_ADMIN_URL');
    vi.stubEnv("ACCOUNT_DELETION", "");
    vi.stubEnv("PRIVILEGED_SESSION_MAX_AGE", "15 minutes");
    expect(() => readConfig()).toThrow('PRIVILEGED_SESSION_MAX_AGE="15 minutes" must be a duration such as 15m, 1h or 90s.');
  });
});

describe("the staff-only switch (SELF_SERVICE)", () => {
  it("serves the self-service pages unless it is off", () => {
    vi.stubEnv("SELF_SERVICE", "");
    expect(readConfig().selfService).toBe(true);
    vi.stubEnv("SELF_SERVICE", "on");
    expect(readConfig().selfService).toBe(true);
    vi.stubEnv("SELF_SERVICE", "off");
    vi.stubEnv("KRATOS_ADMIN_URL", "http://kratos-admin:4434");
    vi.stubEnv("ACCOUNT_DELETION", "");
    expect(readConfig().selfService).toBe(false);
  });

  it("refuses an unknown value, a staff instance without the admin API, and account deletion on it", () => {
    vi.stubEnv("KRATOS_ADMIN_URL", "http://kratos-admin:4434");
    vi.stubEnv("SELF_SERVICE", "false");
    expect(() => readConfig()).toThrow('SELF_SERVICE="false" must be one of: on, off.');
    vi.stubEnv("SELF_SERVICE", "off");
    vi.stubEnv("ACCOUNT_DELETION", "delete");
    expect(() => readConfig()).toThrow('ACCOUNT_DELETION="delete" has no effect with SELF_SERVICE="off"');
    vi.stubEnv("ACCOUNT_DELETION", "");
    vi.stubEnv("KRATOS_ADMIN_URL", "");
    expect(() => readConfig()).toThrow('SELF_SERVICE="off" needs KRATOS_ADMIN_URL');
  });
});

describe("readServerConfig", () => {
  it("listens on localhost:3000 with metrics off by default", () => {
    for (const name of ["HOST", "PORT", "METRICS_PORT", "DRAIN_TIMEOUT_MS", "KEEP_ALIVE_TIMEOUT_MS"]) vi.stubEnv(name, "");
    expect(readServerConfig()).toEqual({ host: "localhost", port: 3000, drainTimeoutMs: 10_000, keepAliveTimeoutMs: 65_000 });
  });

  it("takes a container's bind address, ports and limits", () => {
    vi.stubEnv("HOST", "0.0.0.0");
    vi.stubEnv("PORT", "8080");
    vi.stubEnv("METRICS_PORT", "9464");
    vi.stubEnv("DRAIN_TIMEOUT_MS", "25000");
    vi.stubEnv("KEEP_ALIVE_TIMEOUT_MS", "620000");
    expect(readServerConfig()).toEqual({
      host: "0.0.0.0",
      port: 8080,
      metricsPort: 9464,
      drainTimeoutMs: 25_000,
      keepAliveTimeoutMs: 620_000,
    });
    vi.stubEnv("HOST", "::");
    expect(readServerConfig().host).toBe("::");
  });

  it("names the variable and the problem", () => {
    vi.stubEnv("HOST", "http://0.0.0.0");
    expect(() => readServerConfig()).toThrow('HOST="http://0.0.0.0" must be a host name or an IP address');
    vi.stubEnv("HOST", "");
    for (const port of ["0", "65536", "3000x", "-1"]) {
      vi.stubEnv("PORT", port);
      expect(() => readServerConfig()).toThrow(`PORT="${port}" must be a port number from 1 to 65535.`);
    }
    vi.stubEnv("PORT", "3000");
    vi.stubEnv("METRICS_PORT", "3000");
    expect(() => readServerConfig()).toThrow('METRICS_PORT="3000" must differ from PORT');
    vi.stubEnv("METRICS_PORT", "");
    vi.stubEnv("DRAIN_TIMEOUT_MS", "soon");
    expect(() => readServerConfig()).toThrow('DRAIN_TIMEOUT_MS="soon" must be a positive whole number.');
  });
});
