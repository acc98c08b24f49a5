/**
 * Which domains the digest may be sent to: `DIGEST_ALLOWED_DOMAINS`, a comma-separated
 * list the maintainers set outside content (a repository variable in CI), or, when it
 * is not set, the domain of the wiki's contact e-mail. Recipients are content, and
 * content is untrusted, so this is the fence that keeps the digest inside the company.
 *
 * Matching is exact: `company.example` allows `news@company.example`, not
 * `news@eu.company.example`; write `*.company.example` to allow its subdomains too
 * (the subdomains only). Both sides are compared in lowercase punycode, so upper case
 * and other scripts cannot slip past, and a suffix is only ever matched after a dot,
 * so `evilcompany.example` and `company.example.evil.test` are not `company.example`.
 */
import { asciiDomain } from '../../../schemas/email-address.ts';

export interface AllowedDomain {
  /** Lowercase ASCII domain. */
  domain: string;
  /** True for `*.domain`: subdomains of `domain`, not `domain` itself. */
  subdomains: boolean;
}

export interface AllowedDomains {
  domains: AllowedDomain[];
  /** Where the list came from, for messages. */
  source: 'DIGEST_ALLOWED_DOMAINS' | 'contact.email';
  /** Entries of DIGEST_ALLOWED_DOMAINS that are not domains (reported, never guessed at). */
  invalid: string[];
}

/**
 * @param setting the value of DIGEST_ALLOWED_DOMAINS (undefined or blank: not set)
 * @param contactEmail the wiki's contact e-mail, whose domain is the default
 */
export function allowedDomains(setting: string | undefined, contactEmail: string): AllowedDomains {
  if (setting === undefined || setting.trim() === '') {
    const domain = asciiDomain(contactEmail.slice(contactEmail.lastIndexOf('@') + 1));
    return { domains: domain ? [{ domain, subdomains: false }] : [], source: 'contact.email', invalid: [] };
  }
  const domains: AllowedDomain[] = [];
  const invalid: string[] = [];
  for (const entry of setting.split(',').map((s) => s.trim()).filter(Boolean)) {
    const subdomains = entry.startsWith('*.');
    const domain = asciiDomain(subdomains ? entry.slice(2) : entry);
    if (domain) domains.push({ domain, subdomains });
    else invalid.push(entry);
  }
  return { domains, source: 'DIGEST_ALLOWED_DOMAINS', invalid };
}

/** Whether an address's domain (lowercase ASCII, as `checkAddress` returns it) is allowed. */
export function isAllowed(domain: string, allowed: AllowedDomains): boolean {
  return allowed.domains.some((d) => (d.subdomains ? domain.endsWith(`.${d.domain}`) : domain === d.domain));
}

/** "lumenstack.example and *.lumenstack.example": the list, as a sentence. */
export function describeAllowed(allowed: AllowedDomains): string {
  const names = allowed.domains.map((d) => (d.subdomains ? `*.${d.domain}` : d.domain));
  if (names.length === 0) return 'no domain';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
