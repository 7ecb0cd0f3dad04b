import { describe, expect, it } from "vitest";
import { nginxConf } from "./nginx-conf";

const conf = nginxConf({ dir: "/tmp/x", listen: "localhost:3000", upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"] });

describe("nginxConf", () => {
  it("balances over every UI instance and never takes one out of rotation", () => {
    expect(conf).toContain("server 127.0.0.1:3001 max_fails=0;");
    expect(conf).toContain("server 127.0.0.1:3002 max_fails=0;");
    expect(conf).toContain("listen localhost:3000;");
  });

  it("retries on another instance for idempotent requests only", () => {
    expect(conf).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(conf).not.toContain("non_idempotent;");
  });

  it("forwards the browser's host and replaces, rather than extends, X-Forwarded-For", () => {
    expect(conf).toContain("proxy_set_header Host $http_host;");
    expect(conf).toContain("proxy_set_header X-Forwarded-For $remote_addr;");
    expect(conf).toContain("proxy_set_header X-Forwarded-Proto $scheme;");
  });

  it("keeps every file it writes in its own folder", () => {
    const paths = [...conf.matchAll(/^\s*(?:pid|error_log|access_log|\w+_temp_path) (\S+)/gm)].map((match) => match[1]);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(path?.startsWith("/tmp/x/")).toBe(true);
  });
});
