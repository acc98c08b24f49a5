/**
 * `node scripts/pages-visibility.ts`: the deploy workflow's gate before it publishes to
 * GitHub Pages (src/lib/deploy/pages-visibility.ts decides). Reads `public:` from
 * content/site.yaml, the repository variable WIKI_PAGES_PRIVATE, and asks GitHub's API
 * whether the Pages site is public, with the workflow's token (Pages: read). Exit 0 to
 * publish, 1 to refuse; the message says what to do. GitHub's answer is never printed.
 */
import { checkContent } from '../src/lib/check/check-content.ts';
import { pagesDecision, type PagesAnswer } from '../src/lib/deploy/pages-visibility.ts';
import { contentDir } from '../src/lib/paths.ts';

async function askGithub(): Promise<PagesAnswer> {
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return { kind: 'failed', why: 'GITHUB_REPOSITORY is not set to owner/name' };
  const api = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const token = process.env.GITHUB_TOKEN;
  try {
    const response = await fetch(`${api}/repos/${repository}/pages`, {
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'devrel-wiki-deploy', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      signal: AbortSignal.timeout(20_000),
      // The token goes to the API and nowhere else.
      redirect: 'error',
    });
    if (response.status === 404) return { kind: 'not-found' };
    if (!response.ok) return { kind: 'failed', why: `HTTP ${response.status}${response.status === 403 || response.status === 401 ? '; the workflow needs pages: read (write includes it)' : ''}` };
    const text = await response.text();
    if (text.length > 1_000_000) return { kind: 'failed', why: 'the answer was too large' };
    const visible = (JSON.parse(text) as { public?: unknown }).public;
    return { kind: 'site', public: typeof visible === 'boolean' ? visible : undefined };
  } catch (error) {
    return { kind: 'failed', why: (error as Error).name === 'SyntaxError' ? 'it was not JSON' : 'no answer' };
  }
}

const report = checkContent(contentDir);
const sitePublic = report.site.public === true;
const decision = pagesDecision(sitePublic, process.env.WIKI_PAGES_PRIVATE, sitePublic ? { kind: 'site', public: undefined } : await askGithub());
if (decision.publish) console.log(decision.message);
else {
  console.error(decision.message);
  // One annotation on the run's summary page: its first line, our own words with no content value in them.
  if (process.env.GITHUB_ACTIONS) console.log(`::error title=Not published::${decision.message.split('\n')[0]}`);
}
process.exitCode = decision.publish ? 0 : 1;
