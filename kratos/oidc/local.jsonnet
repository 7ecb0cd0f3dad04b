// Maps the Local IdP's claims to identity traits. Without a shared email the
// person is asked for one on the sign-up page. The OpenID `locale` claim
// (a BCP 47 tag such as de-AT) chooses the mails' language when this UI has it.
local claims = std.extVar('claims');
local language = if 'locale' in claims && std.isString(claims.locale) then std.asciiLower(std.split(claims.locale, '-')[0]) else '';

{
  identity: {
    traits: {
      [if 'email' in claims && claims.email_verified then 'email' else null]: claims.email,
      [if 'name' in claims then 'name' else null]: claims.name,
      [if std.member(['en', 'de', 'fr', 'es', 'ar'], language) then 'locale' else null]: language,
    },
  },
}
