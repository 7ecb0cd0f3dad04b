// `npm run stack:prod`: the production-like stack (README: "A production-like
// stack"). Runs until Ctrl-C or SIGTERM; `--reuse-build` skips `next build`
// when a production build exists.
import { requireNodeVersion } from "./lib/prerequisites";
import { startProdStack } from "./lib/prod/stack";
import { URLS } from "./lib/stack-config";

requireNodeVersion(20, 9);
await startProdStack({ reuseBuild: process.argv.includes("--reuse-build") });
console.log(`
Production-like stack ready:
  UI (nginx → localhost:3001, localhost:3002)   ${URLS.ui}
  Kratos public API                               ${URLS.kratosPublic}
  Kratos admin API                                ${URLS.kratosAdmin}
  MailDev                                         ${URLS.maildev}
  PostgreSQL                                      localhost:5433 (logs and data: .data/prod/)

Ctrl-C stops everything.
`);
