import helmet from 'helmet';

/**
 * Helmet's headers; HSTS and `upgrade-insecure-requests` only when the site is public over HTTPS, since over plain
 * HTTP they would send browsers to an address that does not answer.
 */
export function securityHeaders(publicUrl: string) {
  const https = publicUrl.startsWith('https:');
  return helmet({
    strictTransportSecurity: https,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
  });
}
