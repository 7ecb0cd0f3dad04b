import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { basePathMismatch } from "./built-base-path";

function buildWith(basePath: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "built-base-path-"));
  writeFileSync(path.join(dir, "required-server-files.json"), JSON.stringify({ config: { basePath } }));
  return dir;
}

describe("basePathMismatch", () => {
  it("accepts the build's own base path, and a missing build", () => {
    expect(basePathMismatch(buildWith("/account"), "/account")).toBeUndefined();
    expect(basePathMismatch(buildWith(""), undefined)).toBeUndefined();
    expect(basePathMismatch(buildWith(""), "/")).toBeUndefined();
    expect(basePathMismatch(path.join(os.tmpdir(), "no-build-here"), "/account")).toBeUndefined();
  });

  it("says in one line what to do when server and build disagree", () => {
    const dir = buildWith("/account");
    expect(basePathMismatch(dir, "")).toBe(
      `BASE_PATH is "" but the build in ${dir} was made with "/account": run \`npm run build\` again with BASE_PATH="", or start with BASE_PATH=/account.`,
    );
  });
});
