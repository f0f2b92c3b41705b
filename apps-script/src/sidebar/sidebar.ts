/**
 * The sidebar's script (bundled and inlined into sidebar.html at build time). A menu
 * item may set window.dungHanAction before the page finishes loading.
 */
import type { SidebarAction } from '../rpc-types.js';
import { App } from './app.js';
import { render } from './render.js';

declare global {
  interface Window {
    dungHanAction?: SidebarAction;
  }
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const app = new App((a) => render(a, root));
  render(app, root);
  void app.start(window.dungHanAction ?? null);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
