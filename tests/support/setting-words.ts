/**
 * Words for clinic settings of the tests' own, not the site's (content/values/, content/routes/), so
 * the rules that choose and fill them are tested apart from any practice's wording. Each form is
 * marked, so a test shows which one was chosen.
 */
import type { SettingWords } from '../../src/lib/clinic-values';
import { PRACTICAL_DETAIL_NAMES, PRACTICAL_LINK_NAMES, type PracticalWords } from '../../src/lib/practical';
import { ROUTES } from '../../src/schemas/names';

const source = { title: 'A test source', publisher: 'Tests', url: 'https://example.org/' };

export const TEST_SETTING_WORDS: SettingWords = {
  values: {
    time: {
      minutes: '{n} min',
      hour: '{n} hr',
      hours: '{n} hrs',
      halfHours: '{n}½ hrs',
      hoursAndMinutes: '{hours} {minutes} min',
      range: '{low}–{high}',
      rangeStartHours: '{n}',
      rangeStartHalfHours: '{n}½',
    },
    driving: { nextDay: '[next day]', hours: '[for {hours}]' },
    rideHome: { escortRequired: '[escort]', ownWay: '[own way]' },
    outOfHoursCall: '[call {phone}]',
    practical: {
      topics: Object.fromEntries(
        PRACTICAL_DETAIL_NAMES.map((name) => [name, `[${name} topic]`]),
      ) as PracticalWords['topics'],
      links: Object.fromEntries(
        PRACTICAL_LINK_NAMES.map((name) => [name, `[${name} link]`]),
      ) as PracticalWords['links'],
      // The blanks in another order than the sample's, as a translation may put them.
      askUs: '[ask about {topic}: email {email} or call {phone}]',
    },
  },
  routes: Object.fromEntries(
    ROUTES.map((route) => [route, { words: `[${route}]`, timing: `[${route} timing]`, sources: [source] }]),
  ) as SettingWords['routes'],
};
