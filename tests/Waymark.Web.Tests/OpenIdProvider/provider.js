// The OpenID provider the web tests sign in through. It listens on 127.0.0.1 on a free port, prints its issuer on
// the first line of its output, and serves until its input closes. A person signs in by typing a login (any
// password), which becomes their subject: an email is given as their verified email, an email ending in "#unverified"
// as an unverified one, and a login without "@" gives no email at all.
// Besides the client "waymark", three clients receive ID tokens a relying party must refuse: one meant for another
// audience, one signed by a key that is not the provider's, and one that expired an hour ago.
import http from 'node:http';
import * as jose from 'jose';
import Provider from 'oidc-provider';

const secret = process.env.OIDC_CLIENT_SECRET ?? 'test-secret';
const redirect = process.env.OIDC_REDIRECT_URI ?? 'https://localhost/signin-oidc';
const kinds = ['waymark', 'waymark-wrong-audience', 'waymark-bad-signature', 'waymark-expired'];

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signing = { ...(await jose.exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
const { privateKey: strangerKey } = await jose.generateKeyPair('RS256');

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: kinds.map((id) => ({
    client_id: id,
    client_secret: secret,
    redirect_uris: [redirect],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  })),
  jwks: { keys: [signing] },
  cookies: { keys: ['waymark-test-cookies'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const unverified = id.endsWith('#unverified');
    const email = unverified ? id.slice(0, -'#unverified'.length) : id;
    return {
      accountId: id,
      async claims() {
        return email.includes('@') ? { sub: id, email, email_verified: !unverified } : { sub: id };
      },
    };
  },
});

async function spoil(idToken, client) {
  const claims = jose.decodeJwt(idToken);
  const header = { alg: 'RS256', kid: 'test-key', typ: 'JWT' };
  if (client === 'waymark-wrong-audience') {
    return new jose.SignJWT({ ...claims, aud: 'another-service' }).setProtectedHeader(header).sign(privateKey);
  }
  if (client === 'waymark-bad-signature') {
    return new jose.SignJWT(claims).setProtectedHeader(header).sign(strangerKey);
  }
  const now = Math.floor(Date.now() / 1000);
  return new jose.SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 }).setProtectedHeader(header).sign(privateKey);
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
    const client = ctx.oidc?.client?.clientId;
    if (client && client !== 'waymark') {
      ctx.body = { ...ctx.body, id_token: await spoil(ctx.body.id_token, client) };
    }
  }
});

server.on('request', provider.callback());
process.stdout.write(`${issuer}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
