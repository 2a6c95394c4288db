import type ssh2 from 'ssh2';
import type {ChannelTerminal} from './ChannelTerminal.js';

/**
 * Watches for a client that stops reading: once a write finds the channel full, the
 * client has `seconds` to drain it, or `onStall` runs. Meanwhile frames coalesce in
 * the renderer, so the server holds at most the SSH window and one frame.
 * Returns a function that stops the watch.
 */
export function watchOutputStall(
  terminal: ChannelTerminal,
  stream: ssh2.ServerChannel,
  seconds: number,
  onStall: () => void,
): () => void {
  let stall: NodeJS.Timeout | undefined;
  const write = terminal.write.bind(terminal);
  terminal.write = data => {
    const flowing = write(data);
    if (!flowing && !stall) stall = setTimeout(onStall, seconds * 1000);
    return flowing;
  };
  const drained = () => {
    clearTimeout(stall);
    stall = undefined;
  };
  stream.on('drain', drained);
  return () => {
    clearTimeout(stall);
    stream.off('drain', drained);
  };
}
