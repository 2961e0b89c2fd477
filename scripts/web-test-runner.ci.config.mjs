// The project's web-test-runner config plus a reporter that writes counts to $KEKS_WTR_COUNTS
// (used by scripts/test-all.sh). Everything else comes from ../web-test-runner.config.mjs.
import { defaultReporter } from '@web/test-runner';
import base from '../web-test-runner.config.mjs';
import { countReporter } from './wtr-count-reporter.mjs';

export default {
  ...base,
  reporters: [defaultReporter(), countReporter(process.env.KEKS_WTR_COUNTS || 'test-results/wtr.json')],
};
