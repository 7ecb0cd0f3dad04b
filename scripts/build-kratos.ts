// `npm run kratos:build`: makes sure a Kratos binary is available (builds it once
// into the user cache) and prints where it is.
import { ensureKratosBinary } from "./lib/kratos-binary";

const binary = await ensureKratosBinary();
console.log(`Kratos binary: ${binary}`);
