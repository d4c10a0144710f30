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
    // stays exactly as written in the clinic settings.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
  },
};
