/** The shared pane: a host shell gives it a bridge and a root element. */
import { h, render } from 'preact';
import { PaneController } from './controller.js';
import type { HostBridge } from './model.js';
import { App } from './views/app.js';

export type { HostBridge } from './model.js';

/** Renders the pane into `root` and starts it (reads the settings and the sheet). */
export function mountPane(root: HTMLElement, bridge: HostBridge): PaneController {
  const ctl = new PaneController(bridge);
  render(h(App, { ctl }), root);
  void ctl.start();
  return ctl;
}
