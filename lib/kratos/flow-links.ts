import { flowPagePath } from "./browser-flows";
import type { FlowKind, LoginFlow, RegistrationFlow, SelfServiceFlow } from "./types";
import { appPath } from "@/lib/http/app-path";

/**
 * Links between flows keep what the journey depends on: where to return to,
 * and the OAuth2 login challenge when Kratos is someone's login provider.
 */
export function linkToFlow(kind: FlowKind, from: SelfServiceFlow): string {
  const challenge = "oauth2_login_challenge" in from ? (from as LoginFlow | RegistrationFlow).oauth2_login_challenge : undefined;
  return appPath(
    flowPagePath(kind, {
    return_to: from.return_to || undefined,
      login_challenge: challenge || undefined,
    }),
  );
}
