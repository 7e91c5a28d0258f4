import { defaultTimetableId, shippedTimetable } from '../../src/io/loadTimetable.js';

/** The shipped 2018 timetable, loaded and checked as a run loads it. */
export const timetable2018 = shippedTimetable(defaultTimetableId);
