import { goModuleDir } from "./go-binary";
import { KRATOS } from "./go-programs";

export { repoRoot } from "./go-programs";
export const KRATOS_VERSION = KRATOS.version;

/** Directory of the pinned Kratos module in Go's module cache, downloading it if needed. */
export function kratosModuleDir(): Promise<string> {
  return goModuleDir(KRATOS);
}
