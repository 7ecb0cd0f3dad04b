import { expect } from "@playwright/test";
import { en } from "../../lib/i18n/locales/en";
import { KRATOS_ADMIN_URL } from "./kratos-admin";
import { MAILDEV_URL } from "./urls";

// MailDev catches what Kratos's courier sends over SMTP, so reading it proves
// real delivery. Its store is shared by every test running in parallel: it is
// only ever read here, never cleared, and every query names its recipient.

/** A mail as MailDev's REST API returns it (the fields tests read). */
export type Mail = {
  id: string;
  subject: string;
  to: { address: string }[];
  text: string;
  html: string;
  /** The mail's Date header, which has whole-second precision. */
  date: string;
};

export type MailQuery = {
  to: string;
  subject?: string | RegExp;
  /** Only mails sent at or after this moment, or received after this mail. */
  after?: Date | Mail;
};

/** A message in Kratos's courier queue (admin API). */
export type CourierMessage = { id: string; recipient: string; subject: string; status: string; template_type: string; created_at: string };

/** Every mail MailDev holds, in the order it received them. */
async function allMails(): Promise<Mail[]> {
  const response = await fetch(`${MAILDEV_URL}/email`);
  if (!response.ok) throw new Error(`MailDev answered GET /email with ${response.status}`);
  return (await response.json()) as Mail[];
}

/** The mails matching `query`, oldest first. */
export async function findMails({ to, subject, after }: MailQuery): Promise<Mail[]> {
  const mails = await allMails();
  let candidates = mails;
  if (after && !(after instanceof Date)) {
    const index = mails.findIndex((mail) => mail.id === after.id);
    if (index === -1) throw new Error(`MailDev no longer holds mail ${after.id}`);
    candidates = mails.slice(index + 1);
  }
  // The Date header drops milliseconds, so compare at the precision it has.
  const since = after instanceof Date ? Math.floor(after.getTime() / 1000) * 1000 : undefined;
  return candidates.filter(
    (mail) =>
      mail.to.some((recipient) => recipient.address.toLowerCase() === to.toLowerCase()) &&
      (subject === undefined || (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject))) &&
      (since === undefined || Date.parse(mail.date) >= since),
  );
}

/** Waits until a matching mail has arrived and returns the newest one. */
export async function waitForMail(query: MailQuery, timeout = 15_000): Promise<Mail> {
  let newest: Mail | undefined;
  await expect
    .poll(
      async () => {
        newest = (await findMails(query)).at(-1);
        return newest !== undefined;
      },
      { message: `no mail to ${query.to} with subject ${String(query.subject ?? "(any)")} arrived in MailDev`, timeout },
    )
    .toBe(true);
  if (!newest) throw new Error("unreachable: the poll above only passes once a mail was found");
  return newest;
}

/** The 6-digit code Kratos puts into recovery, verification and sign-in mails. */
export function codeFrom(mail: Mail): string {
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
  if (!code) throw new Error(`mail "${mail.subject}" carries no 6-digit code:\n${mail.text}`);
  return code;
}

/** The first link in the mail's HTML part, decoded (Kratos escapes & as &amp;). */
export function linkFrom(mail: Mail): string {
  const href = /<a\s[^>]*href="([^"]+)"/i.exec(mail.html)?.[1];
  if (!href) throw new Error(`mail "${mail.subject}" carries no link:\n${mail.html}`);
  return href.replaceAll("&amp;", "&");
}

/**
 * What Kratos's courier queued for a recipient, sent or not. Kratos queues a
 * message within the request that asks for it, so an empty answer right after
 * that request means nothing will ever be sent.
 */
export async function courierMessages(recipient: string): Promise<CourierMessage[]> {
  const response = await fetch(`${KRATOS_ADMIN_URL}/admin/courier/messages?recipient=${encodeURIComponent(recipient)}`);
  if (!response.ok) throw new Error(`Kratos admin courier API answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CourierMessage[];
}

/** Subjects of the English mails (kratos/courier, written from the catalogue by `npm run mail-templates`). */
export const SUBJECTS = {
  recovery: en.ui["mail.recovery.subject"],
  verification: en.ui["mail.verification.subject"],
  loginCode: en.ui["mail.login.subject"],
  registrationCode: en.ui["mail.registration.subject"],
  invitation: en.ui["mail.invitation.subject"],
} as const;
