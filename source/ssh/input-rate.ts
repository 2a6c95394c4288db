import type ssh2 from 'ssh2';

/**
 * Holds a session's input to `bytesPerSecond` (a token bucket of one second's worth).
 * Input beyond the rate pauses the channel: the client's SSH window fills and it
 * waits, so a fast paste is slowed, never dropped, and nothing piles up here.
 * Returns the check to run on each chunk; `onInput` hears of every chunk let in.
 */
export function limitInputRate(
  stream: ssh2.ServerChannel,
  bytesPerSecond: number,
  onInput: () => void,
): (data: Buffer) => boolean {
  let tokens = bytesPerSecond;
  let refilledAt = Date.now();
  return data => {
    const now = Date.now();
    tokens = Math.min(bytesPerSecond, tokens + ((now - refilledAt) / 1000) * bytesPerSecond);
    refilledAt = now;
    tokens -= data.length;
    if (tokens < 0) {
      stream.pause();
      setTimeout(() => stream.resume(), Math.ceil((-tokens / bytesPerSecond) * 1000));
    }
    onInput();
    return true;
  };
}
