/**
 * Statistics that respect privacy: views of solution pages and downloads of files, counted per day. A count is kept
 * only for a reader's GET (not HEAD, not a prefetch, not a logged-in staff member, not a known robot), and nothing
 * about the reader is stored: no address, no cookie, no user agent. Counts are held in memory for a few seconds and
 * added to the day's row, so a busy page costs no write per request.
 */
package pl.innowacje.katalog.stats;
