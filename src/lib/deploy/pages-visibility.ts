/**
 * Whether the deploy workflow may publish to GitHub Pages. Pages sites are public on
 * most plans, and a wiki is internal unless `content/site.yaml` says `public: true`; the
 * `noindex` it carries keeps it out of search engines, not out of anyone's browser. So
 * an internal wiki is published only when GitHub reports the Pages site private
 * (`GET /repos/{owner}/{repo}/pages` → `"public": false`, GitHub Enterprise Cloud's
 * private Pages), or when the maintainers say so with the repository variable
 * `WIKI_PAGES_PRIVATE=true` after putting an access proxy in front of it. Anything
 * unknown refuses: publishing by mistake cannot be undone.
 */

/** What GitHub said about the Pages site. */
export type PagesAnswer =
  | { kind: 'site'; public: boolean | undefined }
  | { kind: 'not-found' }
  | { kind: 'failed'; why: string };

export interface PagesDecision {
  publish: boolean;
  /** One paragraph for the workflow's log: why, and what to do when refused. */
  message: string;
}

const fix = [
  'To publish it anyway, do one of these, then run the workflow again:',
  '  - make the Pages site private (GitHub Enterprise Cloud: Settings → Pages → Visibility → Private), so only people with access to the repository can read it;',
  '  - or serve the wiki behind your company sign-in (an identity-aware proxy such as oauth2-proxy in front of nginx, Cloudflare Access; README, "Keeping the wiki internal") and set the repository variable WIKI_PAGES_PRIVATE to true (Settings → Secrets and variables → Actions → Variables);',
  '  - or, if everything in it may be read by anyone on the internet, set public: true in content/site.yaml.',
].join('\n');

/** The decision, from the site's own setting, the override variable and GitHub's answer. */
export function pagesDecision(sitePublic: boolean, override: string | undefined, pages: PagesAnswer): PagesDecision {
  if (sitePublic) return { publish: true, message: 'content/site.yaml says public: true, so the wiki may be read by anyone: publishing.' };
  const said = (override ?? '').trim().toLowerCase();
  if (said === 'true') return { publish: true, message: 'The repository variable WIKI_PAGES_PRIVATE is true: the maintainers say only colleagues can reach the site. Publishing.' };
  if (said !== '' && said !== 'false') {
    return { publish: false, message: `The repository variable WIKI_PAGES_PRIVATE must be true or false, not something else; nothing was published.\n${fix}` };
  }
  if (pages.kind === 'site' && pages.public === false) return { publish: true, message: 'GitHub reports the Pages site as private (only people with access to the repository can read it). Publishing.' };
  const why =
    pages.kind === 'site'
      ? pages.public === true
        ? 'GitHub reports the Pages site as public: anyone on the internet could read this internal wiki'
        : 'GitHub did not say whether the Pages site is public'
      : pages.kind === 'not-found'
        ? 'GitHub Pages is not set up for this repository yet, so its visibility is unknown (Settings → Pages → Build and deployment → Source: GitHub Actions)'
        : `GitHub's answer about the Pages site could not be read (${pages.why})`;
  return { publish: false, message: `Not published: content/site.yaml does not say public: true, and ${why}.\n${fix}` };
}
