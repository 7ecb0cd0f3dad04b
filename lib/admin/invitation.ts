import "server-only";
import { config } from "@/lib/config";
import { formatTime } from "@/lib/i18n/format-time";
import { isLocale } from "@/lib/i18n/locale";
import { createKratosClient } from "@/lib/kratos/client";
import type { Admin } from "./gate";

/** How long an invitation's link and code stay valid. */
const INVITATION_LIFESPAN = "24h";

/**
 * Invites the person behind a new identity (made without a password) by mail,
 * through Kratos's courier:
 *
 * 1. the admin API makes a recovery link and code for the identity (its flow
 *    works in any browser: Kratos skips the CSRF check for admin-made flows);
 * 2. a recovery flow for the person's address is submitted with that link and
 *    code in its transient_payload, so Kratos mails them: its recovery-code
 *    template (kratos/courier/recovery_code/valid) writes an invitation when
 *    the payload holds one, and its usual text otherwise.
 *
 * The person opens the link, enters the code, and lands in settings signed in,
 * where they choose a password. The mail is in the language of the identity's
 * `locale` trait (`language`), and so is the expiry it names. True when Kratos
 * accepted both steps.
 */
export async function sendInvitation({ api }: Admin, identityId: string, email: string, language: unknown): Promise<boolean> {
  const { data: recovery } = await api.POST("/admin/recovery/code", { body: { identity_id: identityId, expires_in: INVITATION_LIFESPAN } });
  if (!recovery) return false;
  // A native (API) flow, with none of the admin's cookies: it only carries the mail.
  const kratos = createKratosClient(new Headers());
  const { data: flow } = await kratos.GET("/self-service/recovery/api");
  if (!flow) return false;
  const { response } = await kratos.POST("/self-service/recovery", {
    params: { query: { flow: flow.id } },
    body: {
      method: "code",
      email,
      transient_payload: {
        invitation_link: recovery.recovery_link,
        invitation_code: recovery.recovery_code,
        invitation_expires_at: recovery.expires_at
          ? formatTime(recovery.expires_at, typeof language === "string" && isLocale(language) ? language : config().languages.fallback)
          : "",
      } as unknown as Record<string, never>,
    },
  });
  return response.ok;
}
