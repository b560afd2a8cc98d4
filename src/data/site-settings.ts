import { readSettings } from '../settings';

/** The settings as this build reads them: once, for every page (not once a page). */
export const SETTINGS = readSettings();
