/* skg.h: status codes, error reports and the TRY macro shared by all modules. */
#ifndef SKG_H
#define SKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SKG_VERSION "0.1.0"

typedef enum {
  SKG_OK = 0,
  SKG_ERR_USAGE,    /* bad option or argument */
  SKG_ERR_SYNTAX,   /* input is not what its format says */
  SKG_ERR_ENCODING, /* input is not valid UTF-8 text */
  SKG_ERR_IO,       /* cannot read an input */
  SKG_ERR_WRITE,    /* cannot write an output */
  SKG_ERR_NOMEM,
  SKG_ERR_INTERNAL,
  SKG_STATUS_COUNT
} skg_status;

/* Where and why something failed. line/col are 1-based; 0 means unknown.
   byte is the 0-based byte offset, or SIZE_MAX when it does not apply. */
typedef struct {
  skg_status st;
  char file[512];
  unsigned line, col;
  size_t byte;
  char msg[512];
} skg_error;

/* Names a status ("invalid UTF-8", ...); never NULL. */
const char *skg_strerror(skg_status st);

/* Fills err (when not NULL) and returns st, so callers can
   `return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "...")`. */
skg_status skg_err(skg_error *err, skg_status st, const char *file,
                   unsigned line, unsigned col, size_t byte, const char *fmt,
                   ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Formats err as one line "FILE:LINE:COL: message" (parts that are unknown
   are left out) into buf. */
void skg_error_format(const skg_error *err, char *buf, size_t size);

#define SKG_TRY(st, expr)                                                      \
  do {                                                                         \
    if (((st) = (expr)) != SKG_OK)                                             \
      return (st);                                                             \
  } while (0)

#define SKG_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Quiet readers keep their warnings and notes (an unbalanced template,
   a file of a folder skipped) to themselves: --quiet. Set before
   reading (status.c); read-only afterwards. */
void skg_read_set_quiet(bool quiet);
bool skg_read_quiet(void);

#endif
