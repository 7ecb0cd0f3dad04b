// Kratos's courier templates for every mail it sends here, in every language of
// lib/i18n/locales, written out as Go templates (kratos/courier/). Kratos picks
// none of our catalogues up by itself: each template branches on the person's
// `locale` trait (filled at sign-up, editable in settings) and falls back to the
// default language for identities without one.
import { interpolate, t, type Vars } from "../../lib/i18n/catalogue";
import { locales, textDirection, type Locale } from "../../lib/i18n/locale";
import type { UiMessageKey } from "../../lib/i18n/locales/en";

export type MailSettings = {
  /** The company's name, shown atop every mail (BRAND_NAME); none by default, as the sender's name already says who writes. */
  brand?: string;
  /** The language of identities that have chosen none (DEFAULT_LANGUAGE). */
  fallback: Locale;
};

/** What a mail says: its subject, an optional link, the code, and a closing line. */
type MailText = {
  subject: UiMessageKey;
  /** Paragraphs before the link or code, in order. */
  intro: UiMessageKey[];
  link?: { label?: UiMessageKey; href: string };
  /** Absent from the link-only mails (flows.*.use: link). */
  code?: { before?: UiMessageKey; value: string };
  outro: UiMessageKey;
};

/** One template Kratos renders: where the person's language is read, and what it says. */
type MailKind = {
  /** The folder under kratos/courier/, as Kratos's config names the template. */
  folder: string;
  /** A Go template expression for the person's chosen language ("" when none). */
  language: string;
  /** The Go template expressions for the catalogue's placeholders. */
  vars: Vars;
  text: MailText;
  /** Kratos's recovery-code mail doubles as the admin area's invitation (lib/admin/invitation.ts). */
  invitation?: { when: string; text: MailText };
};

const FROM_IDENTITY = 'dig "traits" "locale" "" .Identity';

const KINDS: MailKind[] = [
  {
    folder: "recovery_code/valid",
    language: FROM_IDENTITY,
    vars: { email: "{{ .To }}", expires: "{{ .TransientPayload.invitation_expires_at }}" },
    text: {
      subject: "mail.recovery.subject",
      intro: ["mail.greeting", "mail.recovery.body"],
      code: { value: "{{ .RecoveryCode }}" },
      outro: "mail.ignore",
    },
    invitation: {
      when: ".TransientPayload.invitation_link",
      text: {
        subject: "mail.invitation.subject",
        intro: ["mail.greeting", "mail.invitation.body"],
        link: { href: "{{ .TransientPayload.invitation_link }}" },
        code: { before: "mail.invitation.code", value: "{{ .TransientPayload.invitation_code }}" },
        outro: "mail.invitation.expires",
      },
    },
  },
  {
    folder: "recovery/valid",
    language: FROM_IDENTITY,
    vars: { email: "{{ .To }}" },
    text: {
      subject: "mail.recovery.subject",
      intro: ["mail.greeting", "mail.recovery.linkBody"],
      link: { href: "{{ .RecoveryURL }}" },
      outro: "mail.ignore",
    },
  },
  {
    folder: "verification/valid",
    language: FROM_IDENTITY,
    vars: { email: "{{ .To }}" },
    text: {
      subject: "mail.verification.subject",
      intro: ["mail.greeting", "mail.verification.linkBody"],
      link: { href: "{{ .VerificationURL }}" },
      outro: "mail.ignore",
    },
  },
  {
    folder: "verification_code/valid",
    language: FROM_IDENTITY,
    vars: { email: "{{ .To }}" },
    text: {
      subject: "mail.verification.subject",
      intro: ["mail.greeting", "mail.verification.body"],
      code: { value: "{{ .VerificationCode }}" },
      link: { label: "mail.verification.link", href: "{{ .VerificationURL }}" },
      outro: "mail.ignore",
    },
  },
  {
    folder: "login_code/valid",
    language: FROM_IDENTITY,
    vars: {},
    text: {
      subject: "mail.login.subject",
      intro: ["mail.greeting", "mail.login.body"],
      code: { value: "{{ .LoginCode }}" },
      outro: "mail.ignore",
    },
  },
  {
    folder: "registration_code/valid",
    // No identity exists yet: the traits being registered carry the choice.
    language: 'dig "locale" "" .Traits',
    vars: {},
    text: {
      subject: "mail.registration.subject",
      intro: ["mail.greeting", "mail.registration.body"],
      code: { value: "{{ .RegistrationCode }}" },
      outro: "mail.ignore",
    },
  },
];

/** The three files Kratos reads per mail, as kratos.yml names them. */
const PARTS = ["email.subject.gotmpl", "email.body.plaintext.gotmpl", "email.body.gotmpl"] as const;
type Part = (typeof PARTS)[number];

const HEADER = "{{- /* Written by `npm run mail-templates` from lib/i18n/locales: edit the catalogues, not this file. */ -}}\n";

/** Every template file, by its path under kratos/courier/. */
export function mailTemplates(settings: MailSettings): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of KINDS) {
    for (const part of PARTS) files.set(`${kind.folder}/${part}`, HEADER + template(kind, part, settings) + "\n");
  }
  return files;
}

function template(kind: MailKind, part: Part, settings: MailSettings): string {
  // Every action trims the whitespace around it, so a subject or body starts and ends with its own text.
  // The fallback language answers for every language not listed, and for none.
  const others = locales.filter((locale) => locale !== settings.fallback);
  const branches = others.map(
    (locale, index) => `{{- ${index === 0 ? "if" : "else if"} eq $lang "${locale}" -}}\n${body(kind, part, locale, settings)}\n`,
  );
  const fallback = body(kind, part, settings.fallback, settings);
  const closing = others.length ? "{{- end -}}" : "{{- /* one language */ -}}";
  return `{{- $lang := ${kind.language} -}}\n${branches.join("")}${others.length ? "{{- else -}}\n" : ""}${fallback}\n${closing}`;
}

function body(kind: MailKind, part: Part, locale: Locale, settings: MailSettings): string {
  const render = (text: MailText) => RENDERERS[part](text, { locale, vars: kind.vars, brand: settings.brand });
  if (!kind.invitation) return render(kind.text);
  return `{{- if ${kind.invitation.when} -}}\n${render(kind.invitation.text)}\n{{- else -}}\n${render(kind.text)}\n{{- end -}}`;
}

type RenderContext = { locale: Locale; vars: Vars; brand?: string };

/** A catalogue text with its placeholders left as they are, refusing what Go would read as an action. */
function raw(key: UiMessageKey, locale: Locale): string {
  const text = t(key, {}, locale);
  if (text.includes("{{") || text.includes("}}"))
    throw new Error(`${locale} ${key} contains "{{" or "}}", which Go templates would execute.`);
  return text;
}

function plain(key: UiMessageKey, { locale, vars }: RenderContext): string {
  return interpolate(raw(key, locale), vars);
}

function html(key: UiMessageKey, { locale, vars }: RenderContext): string {
  return interpolate(escapeHtml(raw(key, locale)), vars);
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** A link with no label of its own leads, and the code follows it; a labelled link is the alternative to the code. */
function codeAndLink<T>(text: MailText, code: T[], link: T[]): T[] {
  return text.link?.label ? [...code, ...link] : [...link, ...code];
}

/** A Go string literal: the brand is configuration, never template code. */
function goString(text: string): string {
  return `{{ ${JSON.stringify(text)} }}`;
}

const RENDERERS: Record<Part, (text: MailText, context: RenderContext) => string> = {
  "email.subject.gotmpl": (text, context) => plain(text.subject, context),

  "email.body.plaintext.gotmpl": (text, context) => {
    const lines: string[] = [];
    if (context.brand) lines.push(goString(context.brand), "");
    for (const key of text.intro) lines.push(plain(key, context), "");
    const code = text.code ? [...(text.code.before ? [plain(text.code.before, context), ""] : []), text.code.value, ""] : [];
    const link = text.link ? [...(text.link.label ? [plain(text.link.label, context), ""] : []), text.link.href, ""] : [];
    lines.push(...codeAndLink(text, code, link));
    lines.push(plain(text.outro, context));
    return lines.join("\n");
  },

  "email.body.gotmpl": (text, context) => {
    const paragraph = (content: string, style = "margin:0 0 16px") => `<p style="${style}">${content}</p>`;
    const code = text.code
      ? [
          ...(text.code.before ? [paragraph(html(text.code.before, context))] : []),
          paragraph(
            `<code>${text.code.value}</code>`,
            "margin:0 0 24px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:28px;font-weight:700;letter-spacing:4px",
          ),
        ]
      : [];
    const link = text.link
      ? [
          ...(text.link.label ? [paragraph(html(text.link.label, context))] : []),
          paragraph(`<a href="${text.link.href}" style="color:#1d4ed8;word-break:break-all">${text.link.href}</a>`),
        ]
      : [];
    return [
      "<!DOCTYPE html>",
      `<html lang="${context.locale}" dir="${textDirection(context.locale)}">`,
      '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${html(text.subject, context)}</title></head>`,
      "<body style=\"margin:0;padding:24px;background:#ffffff;color:#1f2937;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5\">",
      '<div style="max-width:560px;margin:0 auto">',
      ...(context.brand ? [paragraph(goString(context.brand), "margin:0 0 24px;font-size:18px;font-weight:600")] : []),
      ...text.intro.map((key) => paragraph(html(key, context))),
      ...codeAndLink(text, code, link),
      paragraph(html(text.outro, context), "margin:0;color:#4b5563;font-size:14px"),
      "</div>",
      "</body>",
      "</html>",
    ].join("\n");
  },
};
