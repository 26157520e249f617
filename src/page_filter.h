/* page_filter.h: the cheap "is this page about a film or a series?" test
   of MediaWiki dumps, made on the raw wikitext before any rendering or
   rule runs, and the run-wide choice of when it applies. It only ever
   keeps too much: a page it keeps is rendered and still goes through the
   --only-works test of the extraction (skg_extract_is_work); a page it
   drops has no work infobox, no work category and no work noun in its
   lead paragraph. */
#ifndef SKG_PAGE_FILTER_H
#define SKG_PAGE_FILTER_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  SKG_WORKS_DUMPS, /* default: pages of a dump (a file of 2+ pages) only */
  SKG_WORKS_ALL,   /* --only-works: every page of every export */
  SKG_WORKS_OFF    /* --all-pages: every article */
} skg_works_mode;

/* The message of a page the filter drops (reported through the sink's
   skipped with status SKG_OK), so that a run counts it as not a work. */
extern const char SKG_PAGE_NOT_WORK[];

/* Set before reading; read-only afterwards. */
void skg_page_filter_set(skg_works_mode mode);
skg_works_mode skg_page_filter_mode(void);

/* True when the wikitext text[0..n) may be about a film or a series: a
   work infobox (data/work_infoboxes.txt), a work category
   (data/work_categories.txt) or a work noun (data/work_nouns.tsv) in the
   lead's first paragraph. */
bool skg_page_maybe_work(const char *text, size_t n);

#endif
