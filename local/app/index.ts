export { createLocalStack, type LocalStack, type LocalStackOptions } from './stack';
export { LOCAL_DIRECTORY } from './directory';
export { LOCAL_SLACK_WEBHOOK, type SlackSink } from './slack';
