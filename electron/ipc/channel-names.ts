import type { Channel, EventName } from './contract';

/**
 * Every IPC channel and event name as plain strings, without zod, so the sandboxed preload
 * stays small. The types below fail to compile when this list and contract.ts disagree.
 */
export const channelNames = [
  'workspace:info',
  'workspace:open',
  'article:list',
  'article:search',
  'article:create',
  'article:open',
  'article:read',
  'article:last',
  'article:save',
  'article:save-copy',
  'article:delete',
  'article:import',
  'article:import-bytes',
  'article:recognise',
  'photo:attach',
  'photo:import',
  'photo:recall',
  'credits:recent',
  'export:check',
  'export:run',
  'history:list',
  'history:read',
  'history:restore',
  'history:snapshot',
  'recovery:write',
  'recovery:list',
  'recovery:take',
  'recovery:discard',
  'spelling:words',
  'spelling:add-word',
  'settings:read',
  'settings:update',
  'app:ready-to-close',
  'desk:connect',
  'desk:disconnect',
  'desk:state',
  'desk:list',
  'desk:open',
  'desk:update',
  'desk:heard',
  'desk:awareness',
  'desk:in-step',
  'desk:close',
  'desk:create',
  'desk:photo-attach',
  'desk:photo-import',
  'desk:history-list',
  'desk:history-read',
] as const satisfies readonly Channel[];

/** Events the main process pushes to the renderer. */
export const eventChannelNames = [
  'menu:command',
  'export:progress',
  'app:before-close',
  'desk:update',
  'desk:awareness',
  'desk:state',
  'desk:refused',
  'spelling:words',
  'library:changed',
  'library:progress',
] as const satisfies readonly EventName[];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
// Compile-time completeness: a channel added to contract.ts but not here is a type error.
const everyChannelListed: Missing<Channel, (typeof channelNames)[number]> = true;
const everyEventListed: Missing<EventName, (typeof eventChannelNames)[number]> = true;
void everyChannelListed;
void everyEventListed;
