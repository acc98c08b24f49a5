/**
 * English strings of the homepage's headline metrics when the team has chosen none yet:
 * where the setting is and what to write.
 */
export const homeMetrics = {
  /** The section's heading, as when cards are shown. */
  'homeMetrics.title': 'How we are doing',
  /** {setting} is `headlineMetrics:` and {file} is `content/site.yaml`; {example} a line with the team's own metric ids. */
  'homeMetrics.choose': 'Choose the three or four metrics the company should see first: list their ids under {setting} in {file}, like {example}.',
  /** With no metric at all yet; {command} adds one. */
  'homeMetrics.none': 'The metrics the company should see first will show here. Add one with {command}, then list its id under {setting} in {file}.',
  /** Link to the metrics list, where the ids are. */
  'homeMetrics.all': 'All metrics',
} as const;
