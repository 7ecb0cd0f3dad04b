/**
 * Every message id Kratos v1.3.1 can put in a UI text (each constructor in its
 * `text/message_*.go`), with its English wording written as our template. Ids
 * that Kratos declares but never sends (block roots such as 1010000, and 1010020,
 * 4060003, 4070004) are left out, so a catalogue cannot carry dead entries.
 *
 * Placeholders are the keys of the message's `context`, with these values
 * (prepared by `context-vars.ts` in the reader's language):
 * - numbers are formatted with Intl.NumberFormat;
 * - lists become one phrase with Intl.ListFormat: "a, b or c" for `available_*`
 *   and `allowed_*`, "a, b and c" otherwise;
 * - `{x}` for a `x_unix` timestamp is the date and time (Intl.DateTimeFormat, UTC),
 *   and `{x_relative}` the distance from now ("3 minutes ago", "in 15 minutes");
 * - `{property}` is the field's translated label when the catalogue has one;
 * - `{title}` (a field label from the identity schema) likewise, when it is the
 *   English title of one of our schemas' traits; otherwise the schema's own title;
 * - `{reason}` of 4000001 is said in the reader's language when it is one of the
 *   JSON-schema validator's sentences that kratos-reasons.ts recognises;
 * - `{available_methods}` (derived) names the ways into an existing account:
 *   its credential types in words, with the social sign-in providers by name.
 * The English templates follow Kratos's wording, so that filling one in with a
 * recorded context gives back the text Kratos sent (see kratos-messages.test.ts).
 */
export const kratosMessages = {
  // Sign-in (1010xxx)
  1010001: "Sign in",
  1010002: "Sign in with {provider}",
  1010003: "Please confirm this action by verifying that it is you.",
  1010004: "Please complete the second authentication challenge.",
  1010005: "Verify",
  1010006: "Authentication code",
  1010007: "Backup recovery code",
  1010008: "Sign in with hardware key",
  1010009: "Use Authenticator",
  1010010: "Use backup recovery code",
  1010011: "Sign in with hardware key",
  1010012: "Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue.",
  1010013: "Continue",
  1010014:
    "An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the login.",
  1010015: "Send sign in code",
  1010016:
    'You tried to sign in with "{duplicate_identifier}", but that email is already used by another account. Sign in to your account with one of the options below to add your account "{duplicate_identifier}" at "{provider}" as another way to sign in.',
  1010017: "Sign in and link",
  1010018: "Confirm with {provider}",
  1010019: "Request code to continue",
  1010021: "Sign in with passkey",
  1010022: "Sign in with password",
  1010023: "Send code to {address}",

  // Sign-up (1040xxx)
  1040001: "Sign up",
  1040002: "Sign up with {provider}",
  1040003: "Continue",
  1040004: "Sign up with security key",
  1040005:
    "An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the registration.",
  1040006: "Send sign up code",
  1040007: "Sign up with passkey",
  1040008: "Back",
  1040009: "Please choose a credential to authenticate yourself with.",

  // Settings (1050xxx)
  1050001: "Your changes have been saved!",
  1050002: "Link {provider}",
  1050003: "Unlink {provider}",
  1050004: "Unlink TOTP Authenticator App",
  1050005: "Authenticator app QR code",
  1050006: "{secret}",
  1050007: "Reveal backup recovery codes",
  1050008: "Generate new backup recovery codes",
  1050009: "{secret}",
  1050010: "These are your back up recovery codes. Please keep them in a safe place!",
  1050011: "Confirm backup recovery codes",
  1050012: "Add security key",
  1050013: "Name of the security key",
  1050014: "Secret was used at {used_at}",
  1050015: "{secrets}",
  1050016: "Disable this method",
  1050017: "This is your authenticator app secret. Use it if you can not scan the QR code.",
  1050018: 'Remove security key "{display_name}"',
  1050019: "Add passkey",
  1050020: 'Remove passkey "{display_name}"',

  // Recovery (1060xxx)
  1060001:
    "You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) now: this permission ends {privileged_session_expires_at_relative}.",
  1060002:
    "An email containing a recovery link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.",
  1060003:
    "An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.",

  // Field and button labels (1070xxx)
  1070001: "Password",
  // The identity schema's `title`; pages that know the field's name use traitLabel (catalogue.ts).
  1070002: "{title}",
  1070003: "Save",
  1070004: "ID",
  1070005: "Submit",
  1070006: "Verify code",
  1070007: "Email",
  1070008: "Resend code",
  1070009: "Continue",
  1070010: "Recovery code",
  1070011: "Verification code",
  1070012: "Registration code",
  1070013: "Login code",
  1070014: "Login and link credential",
  1070015: "Please complete the captcha challenge to continue.",

  // Verification (1080xxx)
  1080001:
    "An email containing a verification link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.",
  1080002: "You successfully verified your email address.",
  1080003:
    "An email containing a verification code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.",

  // Validation (4000xxx)
  // Kratos's reason is free English text; the validator's usual ones are recognised (kratos-reasons.ts).
  4000001: "{reason}",
  4000002: "Property {property} is missing.",
  4000003: "length must be >= {min_length}, but got {actual_length}",
  4000004: 'does not match pattern "{pattern}"',
  4000005: "The password can not be used because {reason}.",
  4000006:
    "The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.",
  4000007: "An account with the same identifier (email, phone, username, ...) exists already.",
  4000008: "The provided authentication code is invalid, please try again.",
  4000009: "Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.",
  4000010: "Account not active yet. Did you forget to verify your email address?",
  4000011: "You have no TOTP device set up.",
  4000012: "This backup recovery code has already been used.",
  4000013: "You have no WebAuthn device set up.",
  4000014: "You have no backup recovery codes set up.",
  4000015: "This account does not exist or has no security key set up.",
  4000016: "The backup recovery code is not valid.",
  4000017: "length must be <= {max_length}, but got {actual_length}",
  4000018: "must be >= {minimum} but found {actual}",
  4000019: "must be > {minimum} but found {actual}",
  4000020: "must be <= {maximum} but found {actual}",
  4000021: "must be < {maximum} but found {actual}",
  4000022: "{actual} not multipleOf {base}",
  4000023: "maximum {max_items} items allowed, but found {actual_items} items",
  4000024: "minimum {min_items} items allowed, but found {actual_items} items",
  4000025: "items at index {index_a} and {index_b} are equal",
  4000026: "expected {allowed_types}, but got {actual_type}",
  4000027:
    "An account with the same identifier (email, phone, username, ...) exists already. Please sign in to your existing account to link your social profile.",
  // Kratos composes this text from optional parts; ours names the ways in as one list.
  4000028:
    "You tried signing in with {credential_identifier_hint} which is already in use by another account. You can sign in using {available_methods}.",
  4000029: "must be equal to constant {expected}",
  4000030: "const failed",
  4000031: "The password can not be used because it is too similar to the identifier.",
  4000032: "The password must be at least {min_length} characters long, but got {actual_length}.",
  4000033: "The password must be at most {max_length} characters long, but got {actual_length}.",
  4000034: "The password has been found in data breaches and must no longer be used.",
  4000035: "This account does not exist or has not setup sign in with code.",
  4000036: "The provided traits do not match the traits previously associated with this flow.",
  4000037: "This account does not exist or has no login method configured.",
  4000038: "Captcha verification failed, please try again.",

  // Flow errors (4010xxx to 4070xxx)
  4010001: "The login flow expired {expired_at_relative}, please try again.",
  4010002: "Could not find a strategy to log you in with. Did you fill out the form correctly?",
  4010003: "Could not find a strategy to sign you up with. Did you fill out the form correctly?",
  4010004: "Could not find a strategy to update your settings. Did you fill out the form correctly?",
  4010005: "Could not find a strategy to recover your account with. Did you fill out the form correctly?",
  4010006: "Could not find a strategy to verify your account with. Did you fill out the form correctly?",
  4010007: "The request was already completed successfully and can not be retried.",
  4010008: "The login code is invalid or has already been used. Please try again.",
  4010009: "Linked credentials do not match.",
  4010010: "The address you entered does not match any known addresses in the current account.",
  4040001: "The registration flow expired {expired_at_relative}, please try again.",
  4040002: "The request was already completed successfully and can not be retried.",
  4040003: "The registration code is invalid or has already been used. Please try again.",
  4050001: "The settings flow expired {expired_at_relative}, please try again.",
  4060001: "The request was already completed successfully and can not be retried.",
  4060002: "The recovery flow reached a failure state and must be retried.",
  4060004: "The recovery token is invalid or has already been used. Please retry the flow.",
  4060005: "The recovery flow expired {expired_at_relative}, please try again.",
  4060006: "The recovery code is invalid or has already been used. Please try again.",
  4070001: "The verification token is invalid or has already been used. Please retry the flow.",
  4070002: "The request was already completed successfully and can not be retried.",
  4070003: "The verification flow reached a failure state and must be retried.",
  4070005: "The verification flow expired {expired_at_relative}, please try again.",
  4070006: "The verification code is invalid or has already been used. Please try again.",

  // System (5000xxx); the reason is Kratos's free English text.
  5000001: "{reason}",
} as const;

export type KratosMessageId = keyof typeof kratosMessages;

export function isKratosMessageId(id: number): id is KratosMessageId {
  return Object.hasOwn(kratosMessages, id);
}
