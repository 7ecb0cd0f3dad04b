import { deviceName } from "@/components/account/session-item";
import { assuranceName } from "@/components/account/assurance";
import { methodName } from "@/components/flow/unknown-ui";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";
import type { Identity, Session } from "@/lib/kratos/types";

/** Active or inactive, in words. */
export function StateText({ state }: { state: Identity["state"] }) {
  return <>{state === "inactive" ? t("admin.state.inactive") : t("admin.state.active")}</>;
}

/** An identity's verifiable addresses, each with whether it is verified. */
export function AddressList({ identity }: { identity: Identity }) {
  const addresses = identity.verifiable_addresses ?? [];
  if (addresses.length === 0) return <span className="text-sm text-text-muted">{t("admin.none")}</span>;
  return (
    <ul className="space-y-1 text-sm">
      {addresses.map((address) => (
        <li key={address.id ?? address.value} className="break-all">
          {address.value}{" "}
          <span className={address.verified ? "text-success" : "text-text-muted"}>
            ({address.verified ? t("admin.address.verified") : t("admin.address.unverified")})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The kinds of credentials an identity has (password, totp, oidc, …). */
export function credentialTypes(identity: Identity): string[] {
  return Object.keys(identity.credentials ?? {}).sort();
}

/** A credential type in words, as the settings page names the method ("Authenticator app"); a type we have no words for as Kratos names it. */
export function credentialName(type: string): string {
  return methodName(type) ?? type;
}

/**
 * One session as support staff tell sessions apart: the device it was signed in
 * from, when, and whether it took a second step (Kratos's aal1/aal2, in words).
 */
export function SessionFacts({ session }: { session: Session }) {
  const aal = session.authenticator_assurance_level;
  return (
    <span>
      <span className="block font-medium">{deviceName(session.devices?.[0]?.user_agent)}</span>
      {session.authenticated_at && (
        <span className="block">{t("admin.identity.sessionSince", { time: formatTime(session.authenticated_at) })}</span>
      )}
      {aal && <span className="block text-text-muted">{assuranceName(aal)}</span>}
    </span>
  );
}
