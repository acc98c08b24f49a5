/**
 * The places the digest can be sent, their names in messages and the environment
 * variable each chat service's webhook URL comes from. A leaf file, so the record, the
 * settings and the composer share it without importing one another.
 */

/** The chat services, in the order they are sent to and reported. */
export const chatChannels = ['slack', 'teams', 'google-chat'] as const;
export type ChatChannel = (typeof chatChannels)[number];

/** Every channel: e-mail first. */
export type Channel = 'email' | ChatChannel;

/** The environment variable that holds each chat service's webhook URL. */
export const webhookVariables: Record<ChatChannel, string> = {
  slack: 'DIGEST_SLACK_WEBHOOK_URL',
  teams: 'DIGEST_TEAMS_WEBHOOK_URL',
  'google-chat': 'DIGEST_GOOGLE_CHAT_WEBHOOK_URL',
};

/** How the command names each channel in what it prints. */
export const channelNames: Record<Channel, string> = {
  email: 'e-mail',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  'google-chat': 'Google Chat',
};
