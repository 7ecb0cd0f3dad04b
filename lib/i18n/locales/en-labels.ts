/**
 * English names that Kratos does not send as texts of their own, and which every
 * other catalogue translates key for key.
 *
 * `traits`: field labels by node name, for every trait of the identity schemas in
 * kratos/, and the names of a trait's allowed values by node name and value
 * (`traits.plan.free`: an enum trait has no properties, so the two cannot clash). English pages keep the schema's own `title` (an operator may reword it
 * there); these equal those titles and fix the keys other languages must cover.
 *
 * `methods`: Kratos credential types in words, as they read inside a sentence
 * ("You can sign in using {available_methods}.").
 *
 * `reasons`: the JSON-schema validator's English that Kratos passes on as the
 * free-text reason of 4000001 (kratos-reasons.ts recognises it); English pages
 * keep Kratos's own wording.
 */
export const enTraits = {
  "traits.email": "Email",
  "traits.name": "Full name",
  "traits.locale": "Preferred language",
  "traits.website": "Website",
  "traits.age": "Age",
  "traits.newsletter": "Send me the newsletter",
  "traits.plan": "Plan",
  "traits.plan.free": "Free",
  "traits.plan.team": "Team",
  "traits.plan.enterprise": "Enterprise",
} as const;

export const enMethods = {
  password: "your password",
  code: "a code sent by email",
  oidc: "social sign-in",
  passkey: "your passkey",
  webauthn: "a security key",
  totp: "your authenticator app",
  lookup_secret: "a recovery code",
} as const;

export const enReasons = {
  "format.email": '"{value}" is not a valid email address.',
  "format.uri": '"{value}" is not a complete web address. It should start with https://.',
  format: '"{value}" does not have the expected format ({format}).',
  enum: "Please choose one of the offered values.",
} as const;

export type TraitLabelKey = keyof typeof enTraits;
export type MethodKey = keyof typeof enMethods;
export type ReasonKey = keyof typeof enReasons;
