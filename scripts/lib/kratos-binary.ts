import { ensureGoBinary } from "./go-binary";
import { KRATOS } from "./go-programs";

/** Path of a runnable Kratos: $KRATOS_BIN, the cached build, or a fresh build. */
export function ensureKratosBinary(): Promise<string> {
  return ensureGoBinary(KRATOS);
}
