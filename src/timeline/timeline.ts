/**
 * The timeline domain as the rest of the app uses it: build once from the corpus, then query.
 * queryTimeline throws TimelineQueryError (a user error with a ready message) for a malformed
 * or reversed date range.
 */
export { buildTimeline, compareEvents } from "./build.js";
export { TimelineQueryError, timelineMessages } from "./messages.js";
export {
  prepareTimeline,
  prepareTimelineInSteps,
  queryTimeline,
  validateQuery,
  type QueryableTimeline,
} from "./query.js";
export { formatTimelineText } from "./text.js";
export { suggestTopics, topicsOfEvents, topicsOfEventsInSteps, MAX_SUGGESTIONS } from "./topics.js";
