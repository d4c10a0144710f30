/** "Print this handout": opens the browser's print dialog; the print stylesheet does the rest. */
export function run(): void {
  window.print();
}
