import { methodName } from "@/components/flow/unknown-ui";
import { assuranceName } from "./assurance";
import { t, traitLabel, traitValueName } from "@/lib/i18n/catalogue";
import { enTraits } from "@/lib/i18n/locales/en-labels";
import { formatTime } from "@/lib/i18n/format-time";
import type { Session } from "@/lib/kratos/types";
import { asRecord } from "@/lib/records";

/** Who is signed in, as Kratos records it: traits, addresses, assurance, methods, expiry. */
export function SessionSummary({ session }: { session: Session }) {
  const traits = traitEntries(session.identity?.traits);
  const addresses = session.identity?.verifiable_addresses ?? [];
  const methods = [...new Set((session.authentication_methods ?? []).flatMap((method) => (method.method ? [method.method] : [])))];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-text-muted">{t("home.traits")}</dt>
      <dd>
        <ul data-testid="session-traits">
          {traits.map(([name, value]) => (
            <li key={name}>
              <span className="text-text-muted">{name}: </span>
              <bdi>{value}</bdi>
            </li>
          ))}
        </ul>
      </dd>
      <dt className="font-medium text-text-muted">{t("home.addresses")}</dt>
      <dd>
        <ul data-testid="session-addresses">
          {addresses.map((address) => (
            <li key={address.id ?? address.value}>
              <bdi>{address.value}</bdi> ({t(address.verified ? "home.verified" : "home.unverified")})
            </li>
          ))}
        </ul>
      </dd>
      <dt className="font-medium text-text-muted">{t("home.assurance")}</dt>
      <dd data-testid="session-aal">{assuranceName(session.authenticator_assurance_level)}</dd>
      <dt className="font-medium text-text-muted">{t("home.methods")}</dt>
      <dd data-testid="session-methods">{methods.map(sessionMethodName).join(", ")}</dd>
      {session.expires_at && (
        <>
          <dt className="font-medium text-text-muted">{t("home.expires")}</dt>
          <dd>
            <time dateTime={session.expires_at}>{formatTime(session.expires_at)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Traits by their label in the page's language (English has no schema title at hand here, so it takes its own list). */
function traitEntries(traits: unknown): [string, string][] {
  return Object.entries(asRecord(traits))
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => {
      const name = `traits.${key}`;
      const label = traitLabel(name) ?? (enTraits as Record<string, string>)[name] ?? key;
      return [label, typeof value === "object" ? JSON.stringify(value) : traitValueName(name, String(value))];
    });
}

/** A way of signing in as settings names it (a recovery as the mail it came by); Kratos's word when we have none. */
function sessionMethodName(method: string): string {
  const type = method === "code_recovery" ? "code" : method === "link_recovery" ? "link" : method;
  return methodName(type) ?? method;
}
