/**
 * What the pane's ES5 build needs on Internet Explorer 11 (the webview of Office 2016/2019
 * volume licences): Promise, Map, Set, Symbol and iterators, Array.from/find/includes,
 * Object.assign/entries/values, String padStart/startsWith/includes, Number.isInteger…
 * core-js's stable set, loaded before the pane's own code. EdgeHTML and WebView2 already
 * have all of it and run the same code; unorm adds String.prototype.normalize only where missing.
 */
import 'core-js/stable';
// core-js leaves out String.prototype.normalize (Unicode tables); core folds Vietnamese marks with it.
import 'unorm';
