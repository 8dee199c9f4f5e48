/**
 * The MongoDB collection where Agenda keeps the jobs' queue. The jobs create and run them; staff read and retry them
 * through the API, which reads the collection directly and never imports the jobs.
 */
export const JOBS_COLLECTION = 'agendaJobs';
