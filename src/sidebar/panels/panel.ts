// What a sidebar panel is: a tab with a title that renders itself into a container.
import type { RpcOutput } from '../../rpc/contract';

export interface SidebarState {
  shell: RpcOutput<'getShellInfo'> | null;
  /** Re-renders the shell header (after setup, say). */
  refreshShell(): Promise<void>;
  /** Switches to another panel. */
  show(panelId: string): void;
}

export interface Panel {
  id: string;
  title: string;
  render(container: HTMLElement, state: SidebarState): void | Promise<void>;
}
