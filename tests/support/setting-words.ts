/**
 * Words for clinic settings of the tests' own, not the site's (content/values/, content/routes/), so
 * the rules that choose and fill them are tested apart from any practice's wording. Each form is
 * marked, so a test shows which one was chosen.
 */
import type { SettingWords } from '../../src/lib/clinic-values';
import { ROUTES } from '../../src/schemas/content';

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
  },
  routes: Object.fromEntries(
    ROUTES.map((route) => [route, { words: `[${route}]`, timing: `[${route} timing]`, sources: [source] }]),
  ) as SettingWords['routes'],
};
