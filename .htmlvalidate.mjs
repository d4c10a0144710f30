/**
 * html-validate settings for every page in dist/ (tests/build/html-validate.test.ts; or run
 * `npx html-validate dist`). Every rule turned off or changed says why.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the guide's own title (the content schema caps it at 70 characters) followed by
    // the clinic's name. Search engines may cut the clinic's name off; the page's own words still show.
    'long-title': 'off',
    // Phone links must not break across lines. The site keeps them whole with the `whitespace-nowrap`
    // class instead of &nbsp; in the text, so the number a screen reader reads and a person copies
    // stays exactly as written in the clinic settings. A crisis button ("Call 623-473-7433",
    // CrisisLines.astro) keeps its number whole in a `whitespace-nowrap` box inside it but may wrap
    // between "Call" and the number, so a long label never pushes the page sideways at 200% text.
    // `search-phone` (the search panel's "call us" link) is `white-space: nowrap` (search.css).
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap', 'crisis-button', 'search-phone'] }],
  },
};
