import type { ReactNode } from "react";
import { t } from "@/lib/i18n/catalogue";
import { formatTime } from "@/lib/i18n/format-time";
import type { Session } from "@/lib/kratos/types";
import { displayIpAddress, summariseUserAgent } from "@/lib/user-agent";

type Device = NonNullable<Session["devices"]>[number];

type Props = { session: Session; headingId: string; children?: ReactNode };

/** A device as people name it, from its user agent: "Firefox on Windows". */
export function deviceName(userAgent: string | undefined): string {
  const { browser, os } = summariseUserAgent(userAgent);
  return t("sessions.device", { browser: browser ?? t("sessions.unknownBrowser"), os: os ?? t("sessions.unknownOs") });
}

/**
 * One session as Kratos records it: the device(s) it was used from (a device is
 * added at every sign-in, including confirmations), and when it was signed in
 * and runs out. Kratos 1.3 records no time of last use.
 */
export function SessionItem({ session, headingId, children }: Props) {
  const devices = session.devices ?? [];
  return (
    <li className="space-y-3 rounded-xl border border-border p-4" data-testid="session" data-session-id={session.id}>
      <h3 id={headingId} className="font-semibold">
        {deviceName(devices[0]?.user_agent)}
      </h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {devices.map((device) => (
          <DeviceDetails key={device.id} device={device} />
        ))}
        {session.authenticated_at && (
          <Detail term={t("sessions.signedInAt")}>
            <time dateTime={session.authenticated_at}>{formatTime(session.authenticated_at)}</time>
          </Detail>
        )}
        {session.expires_at && (
          <Detail term={t("sessions.expiresAt")}>
            <time dateTime={session.expires_at}>{formatTime(session.expires_at)}</time>
          </Detail>
        )}
      </dl>
      {devices.some((device) => device.user_agent) && (
        <details className="text-sm">
          <summary className="cursor-pointer text-text-muted">{t("sessions.userAgent")}</summary>
          <ul className="mt-2 space-y-1">
            {devices.map((device) =>
              device.user_agent ? (
                <li key={device.id}>
                  <code className="font-mono text-xs break-all" data-testid="session-user-agent">
                    {device.user_agent}
                  </code>
                </li>
              ) : null,
            )}
          </ul>
        </details>
      )}
      {children}
    </li>
  );
}

function DeviceDetails({ device }: { device: Device }) {
  const ip = displayIpAddress(device.ip_address);
  return (
    <>
      {ip && (
        <Detail term={t("sessions.ipAddress")}>
          <span data-testid="session-ip">{ip}</span>
        </Detail>
      )}
      {device.location && <Detail term={t("sessions.location")}>{device.location}</Detail>}
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-text-muted">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
