import { describe, expect, it } from 'vitest';
import { channelNames, eventChannelNames } from '../../../../electron/ipc/channel-names';
import { channels, eventNames } from '../../../../electron/ipc/contract';

describe('channel-names', () => {
  it('lists exactly the channels and events of the contract', () => {
    expect([...channelNames].sort()).toEqual([...channels].sort());
    expect([...eventChannelNames].sort()).toEqual([...eventNames].sort());
  });
});
