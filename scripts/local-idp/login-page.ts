const escape = (value: string): string => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The local provider's sign-in page: type any email, choose what to share, sign in or decline. */
export function loginPage(uid: string, clientName: string): string {
  const action = `/interaction/${escape(uid)}/login`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Local IdP · Sign in</title>
<style>body{font:16px system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .3rem}
input[type=email],input[type=text]{width:100%;padding:.5rem;font:inherit}button{margin:1rem .5rem 0 0;padding:.5rem 1rem;font:inherit}</style></head>
<body>
<h1>Local IdP</h1>
<p>A test identity provider for ${escape(clientName)}. Any address works; there is no password.</p>
<form method="post" action="${action}">
<label for="email">Email</label><input id="email" name="email" type="email" required autocomplete="email">
<label for="name">Name (optional)</label><input id="name" name="name" type="text">
<label><input type="checkbox" name="share_email" value="yes" checked> Share my email address</label>
<button type="submit" name="action" value="login">Sign in</button>
<button type="submit" name="action" value="deny" formnovalidate>Decline</button>
</form>
</body>
</html>`;
}
