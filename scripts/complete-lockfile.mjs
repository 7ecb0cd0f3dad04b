// @ts-check
// The npm registry these machines reach serves only the Linux builds of packages
// such as @next/swc-*, @tailwindcss/oxide-* and @unrs/resolver-binding-*, so
// `npm install` leaves the other platforms' optional builds out of
// package-lock.json and `npm ci` then refuses the lock file as out of sync.
// This adds an entry for each missing optional platform build, with the os and
// cpu its name states, so npm skips it on non-matching machines without
// fetching it. Plain JavaScript: it runs before `npm ci` has installed anything.
//
//   node scripts/complete-lockfile.mjs          add the missing entries
//   node scripts/complete-lockfile.mjs --check  exit 1 if any are missing
import { readFileSync, writeFileSync } from "node:fs";

const LOCKFILE = new URL("../package-lock.json", import.meta.url);
const OPERATING_SYSTEMS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "wasm32"];
const CPUS = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];

/** @param {string} name @returns {{ os: string[], cpu: string[] } | undefined} */
export function platformOf(name) {
  const tokens = name.split("/").pop()?.split("-") ?? [];
  const os = tokens.find((token) => OPERATING_SYSTEMS.includes(token));
  const cpu = tokens.find((token) => CPUS.includes(token));
  if (!os || !cpu) return undefined;
  // wasm32 builds run anywhere in principle, but nothing here needs them: mark them as their own platform.
  return { os: [os === "wasm32" ? "wasi" : os], cpu: [cpu] };
}

const lock = JSON.parse(readFileSync(LOCKFILE, "utf8"));
/** @type {Record<string, Record<string, unknown>>} */
const packages = lock.packages;
const added = [];
for (const [location, entry] of Object.entries(packages)) {
  /** @type {Record<string, string>} */
  const optional = /** @type {Record<string, string>} */ (entry.optionalDependencies ?? {});
  for (const [name, version] of Object.entries(optional)) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    const flags = entry.dev ? { dev: true } : entry.devOptional ? { devOptional: true } : {};
    packages[`node_modules/${name}`] = { version, ...platform, ...flags, optional: true };
    added.push(`${name}@${version}`);
  }
}

if (process.argv.includes("--check")) {
  if (added.length) {
    console.error(
      `package-lock.json lacks ${added.length} platform builds npm ci needs: run \`node scripts/complete-lockfile.mjs\` and commit.`,
    );
    process.exit(1);
  }
  console.log("package-lock.json lists every platform build.");
} else if (added.length) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
  writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Added ${added.length} platform builds to package-lock.json.`);
}
