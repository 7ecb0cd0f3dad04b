// Compiles server.ts and the lib/ files it imports into one ES module, dist/server.js,
// which `npm start` (and the container) runs with plain Node. Packages stay imports.
import { build } from "esbuild";

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
console.log("Compiled server.ts to dist/server.js.");
