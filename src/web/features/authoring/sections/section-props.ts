import type { Problem } from '../../../../contracts/common.js';
import type { DraftForm, Updater } from '../draft-form.js';

/** Every editor section gets the whole form, a functional updater, and the API's problems. */
export type SectionProps = { form: DraftForm; update: Updater; problems: readonly Problem[] };
