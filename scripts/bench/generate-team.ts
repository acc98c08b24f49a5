/**
 * Writes a synthetic DevRel team for the benchmark: the sample wiki (so every
 * collection, metric and reference is real) plus N recaps spread over years and
 * programs, with realistic bodies, a mix of .md and .mdx, and proportional numbers of
 * programs, people, updates and metrics. Deterministic: the same N gives the same files.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cities = ['Berlin', 'Lisbon', 'New York', 'Toronto', 'Singapore', 'São Paulo', 'Madrid', 'London', 'Austin', 'Bangalore', 'Sydney', 'Paris'];
const topics = ['kubernetes', 'typescript', 'python', 'go', 'observability', 'security', 'serverless', 'databases', 'ai', 'community', 'open-source', 'workshop', 'meetup', 'conference', 'hackathon', 'university', 'edge', 'testing', 'devex', 'platform'];
const paragraphs = [
  'We arrived the evening before to check the room, the projector and the Wi-Fi, which is where most workshops go wrong. The organisers had printed our QR codes on every table, so the sign-up form filled before the first talk.',
  'Most questions were about running the runtime in production: upgrades without downtime, how many partitions a topic needs, and what happens to in-flight events when a node restarts. We wrote each question down and filed the three we could not answer as docs issues.',
  'Attendance counted badge scans at the door; the livestream peak came from the platform dashboard. We do not add the two: the recap reports the room and the stream separately, as the roadbook asks.',
  'The hands-on part ran long. Next time we will ship a pre-built container image so nobody spends twenty minutes installing toolchains on conference Wi-Fi.',
  'Three attendees asked about becoming ambassadors; we sent them the application form the same evening and introduced them to the local meetup organiser.',
  'Sales asked for the list of companies that stopped by; we shared it in the CRM with the conversation notes, not as a scanned-badge dump.',
];

export interface GeneratedTeam {
  recaps: number;
  programs: number;
  people: number;
  updates: number;
  /** Metrics (one per generated program, with monthly data and a chart). */
  metrics: number;
}

function body(rand: () => number, mdx: boolean, heading: string): string {
  const pick = () => paragraphs[Math.floor(rand() * paragraphs.length)]!;
  const lines = [`## What happened`, '', pick(), '', pick(), '', '## What developers told us', '', `- ${pick()}`, `- ${pick()}`, '', `## ${heading}`, '', pick(), ''];
  if (mdx) lines.push('{/* MDX comment: this recap was generated for the benchmark. */}', '');
  return lines.join('\n');
}

/** Write the team into `dir` (created), copying the sample content from `sampleDir` first. */
export function generateTeam(dir: string, sampleDir: string, recapCount: number): GeneratedTeam {
  mkdirSync(dir, { recursive: true });
  cpSync(sampleDir, dir, { recursive: true });
  const rand = random(recapCount);
  const programCount = Math.max(5, Math.round(recapCount / 150));
  const peopleCount = Math.max(7, Math.round(recapCount / 100));
  const updateCount = Math.round(recapCount / 10);
  const priorities = ['self-serve-adoption', 'enterprise-expansion', 'developer-experience'];
  const kinds = ['ambassador', 'hackathon', 'events', 'education', 'content', 'community'];

  const people = Array.from({ length: peopleCount }, (_, i) => `advocate-${i + 1}`);
  for (const [i, id] of people.entries()) {
    writeFileSync(path.join(dir, 'team', `${id}.yaml`), [
      `name: Advocate ${i + 1}`, 'role: Developer Advocate', `focus: [${topics[i % topics.length]}, ${topics[(i + 3) % topics.length]}]`,
      'timezone: Europe/Berlin', `email: advocate${i + 1}@lumenstack.example`, `github: advocate${i + 1}`, '',
    ].join('\n'));
  }
  const programs = Array.from({ length: programCount }, (_, i) => `program-${i + 1}`);
  for (const [i, id] of programs.entries()) {
    writeFileSync(path.join(dir, 'programs', `${id}.mdx`), [
      '---', `title: Program ${i + 1}`, `kind: ${kinds[i % kinds.length]}`, 'status: active',
      `summary: Regional ${topics[i % topics.length]} program number ${i + 1}.`, `owners: [${people[i % people.length]}]`,
      `priorities: [${priorities[i % priorities.length]}]`, 'outcomes:', '  - outcome: Grow the regional community by 20%', '    by: 2026-12-31', '    status: on-track',
      'started: 2022-01-10', 'reviewed: 2026-10-01', '---', '', body(rand, true, 'How to get involved'),
    ].join('\n'));
  }
  // One metric per program, with two years of monthly data, so charts grow with the team too.
  for (const [i, id] of programs.entries()) {
    writeFileSync(path.join(dir, 'metrics', `${id}-members.yaml`), [
      `title: Program ${i + 1} members`, `description: Community members active in program ${i + 1} at the end of each month.`,
      'unit: members', 'source: Community platform export', `owner: ${people[i % people.length]}`, `program: ${id}`,
      `priority: ${priorities[i % priorities.length]}`, 'aggregation: last', 'direction: up', '',
    ].join('\n'));
    const rows = ['date,value'];
    for (let month = 0; month < 24; month++) {
      const end = new Date(Date.UTC(2024, 11 + month, 0)).toISOString().slice(0, 10);
      rows.push(`${end},${100 + month * 10 + Math.floor(rand() * 40)}`);
    }
    writeFileSync(path.join(dir, 'metrics', `${id}-members.csv`), rows.join('\n') + '\n');
  }
  const firstDay = Date.UTC(2019, 0, 1);
  const lastDay = Date.UTC(2026, 10, 20);
  for (let i = 0; i < recapCount; i++) {
    const day = new Date(firstDay + Math.floor(((lastDay - firstDay) * i) / recapCount)).toISOString().slice(0, 10);
    const year = day.slice(0, 4);
    const mdx = i % 3 === 0;
    const tags = [topics[i % topics.length], topics[(i * 7) % topics.length]].filter((t, k, all) => all.indexOf(t) === k);
    const city = cities[i % cities.length]!;
    mkdirSync(path.join(dir, 'recaps', year), { recursive: true });
    writeFileSync(path.join(dir, 'recaps', year, `${day}-bench-${i}.${mdx ? 'mdx' : 'md'}`), [
      '---', `title: "${city} ${tags[0]} meetup #${i}"`, 'event:', `  name: "${city} ${tags[0]} meetup #${i}"`, `  start: ${day}`,
      `  location: ${city}`, `  format: ${['in-person', 'virtual', 'hybrid'][i % 3]}`, `program: ${programs[i % programs.length]}`,
      `audience: ${20 + Math.floor(rand() * 400)}`, `speakers: [${people[i % people.length]}]`,
      `why: Developers in ${city} build ${tags[0]} systems on our runtime and rarely meet the team in person.`,
      `visibility: ${i % 4 === 0 ? 'internal' : 'external'}`, `tags: [${tags.join(', ')}]`,
      'links:', '  - label: Slides', `    url: https://slides.example.com/bench-${i}`, '---', '', body(rand, mdx, 'What we would do differently'),
    ].join('\n'));
  }
  for (let i = 0; i < updateCount; i++) {
    const day = new Date(firstDay + Math.floor(((lastDay - firstDay) * i) / Math.max(1, updateCount))).toISOString().slice(0, 10);
    writeFileSync(path.join(dir, 'updates', `${day}-bench-update-${i}.md`), [
      '---', `title: Update ${i}`, `date: ${day}`, `author: ${people[i % people.length]}`, `programs: [${programs[i % programs.length]}]`, '---', '', paragraphs[i % paragraphs.length]!, '',
    ].join('\n'));
  }
  return { recaps: recapCount, programs: programCount, people: peopleCount, updates: updateCount, metrics: programCount };
}
