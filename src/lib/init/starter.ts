/**
 * The starter content `npm run init` writes for a new team: site settings, one file per
 * person, and one roadbook chapter, "Your first week", written as a template to fill in.
 * Everything in it passes the content check without an error and builds, and none of it
 * names the sample company: the team's own answers are the only names in it. What init
 * could only guess (the tagline, a role or time zone nobody gave, each person's focus,
 * the chapter) carries a `template:` marker line, so `npm run check` warns, naming the
 * file and line, until the team rewrites it (src/lib/check/template-markers.ts).
 */
import type { InitAnswers, Person } from './answers.ts';
import { isTimeZone } from '../../schemas/common.ts';
import { commentLine, templateMarker } from '../check/template-markers.ts';

export interface StarterFile {
  /** Path inside the content folder, `/`-separated. */
  path: string;
  text: string;
}

/** A YAML scalar that reads back as exactly `value` (a JSON string is valid YAML). */
const q = (value: string): string => JSON.stringify(value);

/** The machine's time zone, which new people most likely share; UTC if it has none. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

function siteYaml(answers: InitAnswers): string {
  const lines = [
    '# Site-wide settings. Every field is documented in src/schemas/site.ts (your editor shows the notes on hover).',
    `title: ${q(answers.team)}`,
    templateMarker('yaml', 'say in one sentence what your team does for developers and for the company (shown at the top of the homepage)'),
    `tagline: ${q(`We help developers succeed with ${answers.company}, and bring what they tell us back to the company.`)}`,
    `company: ${q(answers.company)}`,
    'contact:',
    `  email: ${q(answers.email)}`,
    ...(answers.chat ? [`  chat: ${q(answers.chat)}`] : []),
    '# The wiki is internal: search engines are asked not to index it. Set to true for a public site.',
    'public: false',
    '# Metrics shown as headline cards on the homepage, in order (ids from content/metrics/), once you have',
    '# some: three or four the company should look at first, like headlineMetrics: [forum-mau, sdk-downloads].',
    'headlineMetrics: []',
    '# Your logo and colour: a logo file in this folder (SVG or PNG) and a hex colour for links,',
    '# buttons and charts. `npm run check` says if the colour is too light or dark to read.',
    '# brand:',
    '#   logo: logo.svg',
    '#   accent: "#1d5fbf"',
  ];
  if (answers.repo) {
    lines.push(
      '# Where the wiki is edited: pages link to "Edit this page" there.',
      'repository:',
      `  url: ${q(answers.repo.replace(/\/+$/, '').replace(/\.git$/, ''))}`,
      '  branch: main',
    );
  } else {
    lines.push('# Where the wiki is edited, for "Edit this page" links:', '# repository:', '#   url: https://github.com/your-company/devrel-wiki', '#   branch: main');
  }
  return `${lines.join('\n')}\n`;
}

function personYaml(person: Person, timeZone: string): string {
  return [
    '# A team member. Every field is documented in src/schemas/team.ts.',
    `name: ${q(person.name)}`,
    '# What you do, as a colleague outside the team would understand it.',
    ...(person.role ? [] : [templateMarker('yaml', `write ${person.name}'s role (npm run init -- --role sets it)`)]),
    `role: ${q(person.role ?? 'Developer Relations')}`,
    '# What to ask you about: products, SDKs, regions, programs.',
    templateMarker('yaml', `list what colleagues should ask ${person.name} about`),
    'focus:',
    '  - Developer relations',
    ...(person.timezone ? [] : [templateMarker('yaml', `check ${person.name}'s time zone: init took this computer's (npm run init -- --timezone sets it)`)]),
    `timezone: ${q(person.timezone ?? timeZone)}`,
    `email: ${q(person.email)}`,
    ...(person.github ? [`github: ${q(person.github)}`] : ['# Your GitHub handle, without the @, so pull requests that change your pages ask you to review:', '# github: your-handle']),
    '',
  ].join('\n');
}

function firstWeek(owner: Person, today: string, answers: InitAnswers): string {
  return `---
title: Your first week
order: 1
summary: >-
  What a new teammate does in their first five days: who to meet, what to read, what to
  install, and one small thing to ship before Friday.
owner: ${owner.id}
reviewed: ${today}
---

${templateMarker('mdx', `rewrite this chapter for ${answers.team}: keep what fits, cut the rest, and delete these notes`)}
${commentLine('mdx', 'Every new teammate reads this chapter first, so it is worth an hour. Notes like this one are comments: readers never see them.')}

Welcome to ${answers.team}. This page gets you through your first week; the rest of the
roadbook goes deeper.

## Day 1: accounts and people

${commentLine('mdx', 'List every account a newcomer needs and who grants it.')}

- [ ] Log in to e-mail, chat and the team's shared drive
- [ ] Join the team's chat channel${answers.chat ? ` (${answers.chat})` : ''}
- [ ] Read the [team page](/team/) and book a short intro with each person

## Day 2: use the product like a user

${commentLine('mdx', `The first hours with ${answers.company}'s product are the closest a newcomer ever gets to a developer's first look. Ask them to write down what confused them.`)}

- [ ] Sign up and build something small from the public docs
- [ ] Write down every step that confused you

## Days 3 to 5: the team's work

${commentLine('mdx', 'Point to the programs, meetings and recaps that show how the team works.')}

- [ ] Read the latest [event recaps](/recaps/) and [updates](/updates/)
- [ ] Join one of the team's [meetings](/meetings/)
- [ ] Fix one thing in this wiki that confused you, and open a pull request
`;
}

/**
 * The starter's files. `today` (YYYY-MM-DD) is the chapter's review date; `timeZone`
 * goes into the file of each person whose own zone was not given (marked to check).
 */
export function starterFiles(answers: InitAnswers, { today, timeZone }: { today: string; timeZone: string }): StarterFile[] {
  return [
    { path: 'site.yaml', text: siteYaml(answers) },
    ...answers.people.map((person) => ({ path: `team/${person.id}.yaml`, text: personYaml(person, timeZone) })),
    { path: 'roadbook/01-your-first-week.mdx', text: firstWeek(answers.people[0]!, today, answers) },
  ];
}
