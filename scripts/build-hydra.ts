// `npm run hydra:build`: makes sure a Hydra binary is available (builds it once
// into the user cache) and prints where it is.
import { ensureGoBinary } from "./lib/go-binary";
import { HYDRA } from "./lib/go-programs";

const binary = await ensureGoBinary(HYDRA);
console.log(`Hydra binary: ${binary}`);
