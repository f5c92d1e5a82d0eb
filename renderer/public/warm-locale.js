/* global document */
// Loaded async ahead of the main bundle: while that bundle streams in and compiles off the main
// thread, the idle main thread pays the first use of the locale data (ICU), which the editor
// (date input, numbers, library dates) would otherwise pay on its first render.
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
(0).toLocaleString();
document.createElement('input').type = 'datetime-local';
