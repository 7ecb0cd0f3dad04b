import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

// Pages set their HTTP status while rendering (lib/http/request-context.ts);
// streaming would send the status line before they decide.
describe("nothing streams a page before it sets its status", () => {
  it("has no loading.tsx anywhere under app/", () => {
    expect(sourceFiles("app").filter((file) => /(^|\/)loading\.tsx?$/.test(file))).toEqual([]);
  });

  it("uses no Suspense boundary in app/ or in the page components", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("components/page")].filter((file) =>
      /\bSuspense\b/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
