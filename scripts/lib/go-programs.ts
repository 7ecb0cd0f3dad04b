// The Ory programs the stack builds from the Go module proxy, each through a
// small wrapper module of ours (kratos/build, hydra/build).
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type GoProgram = {
  name: string;
  /** The Go module and version the wrapper module pins. */
  module: string;
  version: string;
  /** The wrapper module's folder. */
  buildDir: string;
  tags: string;
  /** The package whose `Version` variable `-ldflags -X` sets, so `<program> version` tells the truth. */
  versionPackage: string;
  /** Variable naming an existing binary to use instead of building one. */
  binaryVariable: string;
  /** Variable naming a running instance, which makes the local one unnecessary. */
  runningVariable: string;
  /** First-build duration to announce. */
  expectedMinutes: string;
};

export const KRATOS: GoProgram = {
  name: "Kratos",
  module: "github.com/ory/kratos",
  version: "v1.3.1",
  buildDir: path.join(repoRoot, "kratos", "build"),
  tags: "sqlite,json1",
  versionPackage: "github.com/ory/kratos/driver/config",
  binaryVariable: "KRATOS_BIN",
  runningVariable: "KRATOS_PUBLIC_URL",
  expectedMinutes: "2-6",
};

export const HYDRA: GoProgram = {
  name: "Hydra",
  module: "github.com/ory/hydra/v2",
  // Kratos v1.3.1's CI pairs it with v2.2.0, which does not build outside its own
  // repository (hydra/build/main.go); v2.3.0 has the same login, consent and logout API.
  version: "v2.3.0",
  buildDir: path.join(repoRoot, "hydra", "build"),
  tags: "sqlite",
  versionPackage: "github.com/ory/hydra/v2/driver/config",
  binaryVariable: "HYDRA_BIN",
  runningVariable: "HYDRA_ADMIN_URL",
  expectedMinutes: "2-5",
};
