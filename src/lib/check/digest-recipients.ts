/**
 * The content gate's rule for the digest's recipients (`digest.email.to` in
 * content/site.yaml): every address must be in a domain the maintainers allow
 * (`DIGEST_ALLOWED_DOMAINS`, or the contact e-mail's domain). The same rule runs in
 * `npm run digest:send` before anything is sent, so a recipient outside the company is
 * refused on the pull request that adds it and again at sending time.
 */
import { checkAddress, isAddressError } from '../../schemas/email-address.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { allowedDomains, describeAllowed, isAllowed } from '../digest/send/allowed-domains.ts';
import type { Problem } from './problem.ts';

type Locate = (path: PropertyKey[]) => { line?: number; column?: number };

/**
 * @param setting the value of DIGEST_ALLOWED_DOMAINS
 */
export function checkDigestRecipients(site: SiteConfig, file: string, locate: Locate, setting: string | undefined): Problem[] {
  const to = site.digest?.email?.to ?? [];
  if (to.length === 0) return [];
  const allowed = allowedDomains(setting, site.contact.email);
  const problems: Problem[] = [];
  const field = 'digest.email.to';
  if (allowed.invalid.length) {
    problems.push({
      severity: 'error',
      file,
      ...locate(['digest', 'email', 'to']),
      field,
      message: `DIGEST_ALLOWED_DOMAINS lists ${allowed.invalid.map((d) => `"${d}"`).join(', ')}, which ${allowed.invalid.length === 1 ? 'is not a domain' : 'are not domains'}`,
      hint: 'the maintainers set DIGEST_ALLOWED_DOMAINS (a repository variable in CI) to domains separated by commas, like "company.example, *.company.example"',
    });
  }
  to.forEach((value, i) => {
    const result = checkAddress(value);
    if (isAddressError(result) || isAllowed(result.domain, allowed)) return;
    problems.push({
      severity: 'error',
      file,
      ...locate(['digest', 'email', 'to', i]),
      field: `${field}[${i}]`,
      message: `"${value}" is outside the domains the digest may be sent to (${describeAllowed(allowed)})`,
      hint:
        allowed.source === 'contact.email'
          ? `the digest goes only to addresses at the contact e-mail's domain; to allow another company domain, the maintainers set DIGEST_ALLOWED_DOMAINS`
          : `DIGEST_ALLOWED_DOMAINS, set by the maintainers, allows ${describeAllowed(allowed)}; use an address there or ask them`,
    });
  });
  return problems;
}
