/**
 * `npm run upgrade -- upstream/main`: merges a newer version of the wiki into a
 * team's fork, keeping content/ and .github/CODEOWNERS exactly as the team has them
 * (src/lib/fork-upgrade.ts says why a plain merge is not enough).
 */
import { teamPaths, upgradeFork, UpgradeError } from '../src/lib/fork-upgrade.ts';

const ref = process.argv[2];
if (!ref || ref.startsWith('-')) {
  console.log(`npm run upgrade -- <ref>: merge a newer version of the wiki, keeping ${teamPaths.join(' and ')} as yours.

  git remote add upstream <the wiki's repository>   (once)
  git fetch upstream
  npm run upgrade -- upstream/main`);
  process.exit(ref ? 0 : 1);
}
try {
  const result = upgradeFork(process.cwd(), ref);
  if (result.upToDate) {
    console.log(`✓ already up to date with ${ref}.`);
    process.exit(0);
  }
  if (result.keptOut.length) console.log(`Left out ${result.keptOut.length} upstream changes to ${teamPaths.join(' and ')} (the sample team's); yours are unchanged.`);
  if (!result.committed) {
    console.log(`Merged ${ref}, but these files of the wiki's own code conflict with your changes to them:\n${result.conflicts.map((f) => `  ${f}`).join('\n')}\nResolve them, then git commit. (git merge --abort undoes the whole upgrade.)`);
    process.exit(1);
  }
  console.log(`✓ merged ${ref}. Next: npm install, npm run check, npm start.`);
} catch (error) {
  if (!(error instanceof UpgradeError)) throw error;
  console.error(`error  ${error.message}\n\nNothing was changed.`);
  process.exit(1);
}
