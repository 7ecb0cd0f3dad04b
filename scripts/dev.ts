// `npm run dev`: Kratos, MailDev and the UI in watch mode, stopped together with Ctrl-C.
import { requireNodeVersion } from "./lib/prerequisites";
import { startStack } from "./lib/stack";
import { URLS } from "./lib/stack-config";

requireNodeVersion(22, 13);
await startStack({ mode: "dev" });

const external = process.env.KRATOS_PUBLIC_URL?.trim();
console.log(`
Ready:
  UI                  ${URLS.ui}
  Kratos public API   ${external ?? URLS.kratosPublic}${
    external
      ? ""
      : `
  Kratos admin API    ${URLS.kratosAdmin}
  Hydra public API    ${URLS.hydraPublic}
  Hydra admin API     ${URLS.hydraAdmin}
  Demo OAuth2 app     ${URLS.demoApp}   (sign in there to see single sign-on)
  MailDev             ${URLS.maildev}`
  }

Ctrl-C stops everything.
`);
