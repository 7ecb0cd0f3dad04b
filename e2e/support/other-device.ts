import type { LoginFlow } from "../../lib/kratos/types";
import { KratosBrowser } from "../../scripts/lib/kratos-http";
import type { Account } from "./accounts";
import { KRATOS_PUBLIC_URL } from "./urls";

export type OtherDevice = {
  /** Whether Kratos still accepts this device's session cookie (GET /sessions/whoami). */
  signedIn(): Promise<boolean>;
};

/** The account signed in with its password on another "device": its own cookie jar, Kratos's browser flow. */
export async function signInOnOtherDevice(account: Account): Promise<OtherDevice> {
  const browser = new KratosBrowser(KRATOS_PUBLIC_URL, "Other device");
  const { body: login } = await browser.get<LoginFlow>("/self-service/login/browser");
  await browser.submit(login.ui, { method: "password", identifier: account.email, password: account.password }, 200);
  return {
    async signedIn() {
      const response = await browser.request("/sessions/whoami");
      await response.body?.cancel();
      if (response.status !== 200 && response.status !== 401) throw new Error(`GET /sessions/whoami answered ${response.status}`);
      return response.status === 200;
    },
  };
}
