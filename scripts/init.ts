/**
 * `npm run init`: replaces the sample team in content/ with a small starter for your
 * own (site settings, your people, a first roadbook chapter to fill in), and rewrites
 * .github/CODEOWNERS for it. In a terminal it asks for what the flags leave out.
 * The logic lives in src/lib/init/; this file only talks to the terminal.
 */
import { existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { answerProblems, initHelp, InitError, parseInitArgs, parsePerson, timeZoneProblem, type InitAnswers, type InitCommand } from '../src/lib/init/answers.ts';
import { applyInit, filesToReplace, planInit, summarizeRemoved } from '../src/lib/init/init.ts';
import { hashFolder, manifestFile } from '../src/lib/init/sample.ts';
import { localTimeZone } from '../src/lib/init/starter.ts';
import { starterSecretPolicy } from '../src/lib/init/secret-policy-starter.ts';
import { secretPolicyFile } from '../src/schemas/metric-secrets.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { codeownersForContent, codeownersPath } from '../src/lib/codeowners.ts';
import { buildNow } from '../src/lib/now.ts';
import { isoDay } from '../src/lib/dates.ts';
import { contentDir } from '../src/lib/paths.ts';

const root = process.cwd();
const shown = (abs: string) => path.relative(root, abs) || '.';

/** Asks in a terminal for every answer the flags left out. */
async function askMissing(answers: InitCommand['answers']): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.on('SIGINT', () => {
    console.log('\nCancelled: nothing was changed.');
    process.exit(130);
  });
  /** Asks until the answer is given (if required) and `valid` has nothing to say about it. */
  const ask = async (prompt: string, required: boolean, valid: (answer: string) => string | undefined = () => undefined): Promise<string | undefined> => {
    for (;;) {
      let answer: string;
      try {
        answer = (await rl.question(`${prompt}${required ? '' : ' (optional)'}: `)).trim();
      } catch (error) {
        // Ctrl+D closes the input: cancelling, not a crash.
        if ((error as Error).name === 'AbortError') throw new InitError(['cancelled']);
        throw error;
      }
      if (!answer && !required) return undefined;
      const problem = answer ? valid(answer) : undefined;
      if (answer && !problem) return answer;
      if (problem) console.log(`  ${problem}`);
    }
  };
  const only = (field: 'email' | 'repo') => (answer: string) => answerProblems({ people: [parsePerson('A B <a@b.example>')], team: 'x', company: 'x', email: 'a@b.example', [field]: answer })[0];
  try {
    answers.team ??= await ask('Your team\'s name, the wiki\'s title (like "Quillbase DevRel")', true);
    answers.company ??= await ask('Your company', true);
    answers.email ??= await ask('The team\'s e-mail address', true, only('email'));
    answers.chat ??= await ask('The team\'s chat channel (like #devrel)', false);
    if (answers.people.length === 0) {
      console.log('\nThe team: one person per line, as "Full Name <e-mail>", optionally followed by @github-handle. An empty line ends the list.');
      const guessedZone = localTimeZone();
      for (;;) {
        const line = await ask(`Person ${answers.people.length + 1}`, answers.people.length === 0);
        if (!line) break;
        let person;
        try {
          person = parsePerson(line);
        } catch (error) {
          console.log(`  ${(error as Error).message}`);
          continue;
        }
        // Enter keeps the guess; the file then carries a template: line to check it.
        person.timezone = await ask(`  ${person.name}'s time zone, like Europe/Berlin (Enter for ${guessedZone})`, false, timeZoneProblem);
        person.role = await ask(`  ${person.name}'s role, like "Developer Advocate" (Enter to fill in later)`, false);
        answers.people.push(person);
      }
    }
    answers.repo ??= await ask('The repository\'s web address, for "Edit this page" links', false, only('repo'));
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  let command: InitCommand;
  try {
    command = parseInitArgs(process.argv.slice(2));
  } catch (error) {
    return fail(error);
  }
  if (command.help) {
    console.log(initHelp);
    return 0;
  }
  if (command.updateSampleManifest) {
    // For the wiki's maintainers, after editing the sample: what init recognises as "still the sample".
    writeFileSync(manifestFile, `${JSON.stringify(hashFolder(contentDir), null, 1)}\n`);
    console.log(`✓ recorded the sample in ${shown(new URL(manifestFile).pathname)}`);
    return 0;
  }
  if (process.stdin.isTTY && process.stdout.isTTY) {
    try {
      // Before any question: answering them all to be refused would waste the team's time.
      filesToReplace(contentDir, { force: command.force, display: `${shown(contentDir)}/` });
      await askMissing(command.answers);
    } catch (error) {
      return fail(error);
    }
  }
  const problems = answerProblems(command.answers);
  if (problems.length) return fail(new InitError(problems));
  const answers = command.answers as InitAnswers;

  let plan;
  try {
    plan = planInit(contentDir, answers, { display: `${shown(contentDir)}/`, force: command.force, today: isoDay(buildNow()), timeZone: localTimeZone() });
  } catch (error) {
    return fail(error);
  }
  applyInit(contentDir, plan);
  if (plan.remove.length) console.log(`Removed the sample team from ${shown(contentDir)}/: ${summarizeRemoved(plan.remove)}; ${plan.remove.length} files.`);
  console.log(`Wrote ${plan.write.map((f) => `${shown(contentDir)}/${f.path}`).join(', ')}.`);

  // The sample's CODEOWNERS names the sample's people; rewrite it from the new content.
  const codeowners = path.join(root, codeownersPath);
  let rewrote = false;
  if (existsSync(codeowners)) {
    const result = codeownersForContent(checkContent(contentDir, root), root);
    if (result) {
      writeFileSync(codeowners, result.text);
      rewrote = true;
      console.log(`Rewrote ${codeownersPath} for your team.`);
    }
  }

  // The sample's metric sources are gone: so are the hosts their secrets could be sent to.
  const secretPolicy = path.join(root, secretPolicyFile);
  let resetPolicy = false;
  // A plain file only: a link would have init write wherever it points (the policy loader refuses one too).
  const policyStat = existsSync(secretPolicy) ? lstatSync(secretPolicy) : undefined;
  if (policyStat && !policyStat.isFile()) {
    console.log(`Left ${secretPolicyFile} alone: it is not a plain file (a symbolic link or a folder), and the pull sends no secret until it is one.`);
  } else if (policyStat) {
    const current = readFileSync(secretPolicy, 'utf8');
    const starter = starterSecretPolicy(current);
    if (starter !== current) {
      writeFileSync(secretPolicy, starter);
      resetPolicy = true;
      console.log(`Reset ${secretPolicyFile}: only GITHUB_TOKEN, only to the GitHub API; list your own metric sources' secrets there (README, "Metric sources").`);
    }
  }

  const noHandle = answers.people.filter((p) => !p.github);
  console.log(`
Next:
  1. npm start                 builds your wiki and serves it at http://localhost:4321/
  2. npm run check             lists what is still the starter's template (each template: line):
                               the chapter ${shown(contentDir)}/roadbook/01-your-first-week.mdx, the tagline, focus areas.
  3. Set your logo and colour: the brand: block in ${shown(contentDir)}/site.yaml.${noHandle.length ? `
  4. Add github: <handle> to ${noHandle.map((p) => `${shown(contentDir)}/team/${p.id}.yaml`).join(', ')}, so pull requests reach them (npm run check warns until then).` : ''}
  Then write your first pages: npm run new -- recap "Name of the event", or npm run new -- --help for the rest.
  Commit ${[`${shown(contentDir)}/`, ...(rewrote ? [codeownersPath] : []), ...(resetPolicy ? [secretPolicyFile] : [])].join(', ')}.`);
  return 0;
}

function fail(error: unknown): number {
  if (error instanceof InitError) {
    for (const problem of error.problems) console.error(`error  ${problem}`);
    console.error('\nNothing was changed.');
    return 1;
  }
  throw error;
}

process.exitCode = await main();
