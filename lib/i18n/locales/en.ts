/**
 * English texts. Our own texts are keyed by name; Kratos texts are keyed by their
 * message id and may use {placeholders} filled from the message's context.
 * English Kratos texts fall back to what Kratos sends, so `kratos` only lists ids
 * whose wording we change; another language lists every id it translates.
 */
export const en = {
  ui: {
    "app.name": "Account",
    "app.skipToContent": "Skip to content",

    "login.title": "Sign in",
    "login.refreshTitle": "Confirm it's you",
    "login.aal2Title": "Two-factor authentication",
    "login.intro": "Welcome back. Sign in to continue.",
    "login.forgotPassword": "Forgot password?",
    "login.noAccount": "New here?",
    "login.createAccount": "Create an account",

    "registration.title": "Create an account",
    "registration.haveAccount": "Already have an account?",
    "registration.signIn": "Sign in instead",

    "recovery.title": "Recover your account",
    "verification.title": "Verify your email address",
    "settings.title": "Account settings",
    "backToSignIn": "Back to sign in",

    "group.default": "Details",
    "group.password": "Password",
    "group.profile": "Profile",
    "group.oidc": "Social sign-in",
    "group.code": "Email code",
    "group.link": "Email link",
    "group.totp": "Authenticator app",
    "group.lookup_secret": "Recovery codes",
    "group.webauthn": "Security keys",
    "group.passkey": "Passkeys",
    "group.identifier_first": "Sign in",
    "form.or": "or",
    "form.messagesLabel": "Messages",

    "home.title": "Your account",
    "home.signedOutTitle": "Welcome",
    "home.signedOutIntro": "Sign in to manage your account, or create one.",
    "home.signedInAs": "You are signed in as {name}.",
    "home.traits": "Profile",
    "home.addresses": "Email addresses",
    "home.verified": "verified",
    "home.unverified": "not verified",
    "home.assurance": "Assurance level",
    "home.methods": "Signed in with",
    "home.expires": "Session expires",
    "home.settings": "Account settings",
    "home.signOut": "Sign out",
    "home.signIn": "Sign in",
    "home.signUp": "Create an account",

    "logout.title": "Sign out",
    "logout.confirm": "Do you want to sign out of your account?",
    "logout.submit": "Sign out",
    "logout.cancel": "Stay signed in",
    "logout.notSignedIn": "You are not signed in.",

    "error.title": "Something went wrong",
    "error.back": "Go to the start page",
    "error.signIn": "Sign in",
    "error.reference": "Reference",
    "error.unknown": "An unexpected error occurred. Please try again.",
    "error.notFound.title": "Page not found",
    "error.notFound.body": "There is nothing at this address.",
    "error.errorNotFound": "This error is no longer available. It may have expired.",
    "error.cookies_required": "Your browser did not send the security cookie this form needs. Please allow cookies for this site and try again.",
    "error.security_csrf_violation": "A security check failed. Please start again from the sign-in page.",
    "error.self_service_flow_return_to_forbidden": "The address you were to be sent to afterwards is not allowed.",
    "error.security_identity_mismatch": "This request belongs to a different account.",
    "error.session_inactive": "You are not signed in.",
    "error.session_already_available": "You are already signed in.",
    "error.self_service_flow_disabled": "This is not available on this site.",
    "error.self_service_flow_expired": "This took too long and has expired. Please start again.",

    "unavailable.title": "Account service unavailable",
    "unavailable.body": "We cannot reach the account service right now. Nothing you entered was lost by us; please try again in a moment.",
    "unavailable.timeout": "The account service is taking too long to answer. Please try again in a moment.",
    "unavailable.retry": "Try again",
  },
  kratos: {} as Record<number, string>,
} as const;

export type UiMessageKey = keyof typeof en.ui;
