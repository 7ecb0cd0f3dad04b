// Maps the Local IdP's claims to identity traits. Without a shared email the
// person is asked for one on the sign-up page.
local claims = std.extVar('claims');

{
  identity: {
    traits: {
      [if 'email' in claims && claims.email_verified then 'email' else null]: claims.email,
      [if 'name' in claims then 'name' else null]: claims.name,
    },
  },
}
