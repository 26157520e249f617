/* status.c: names of status codes and the one helper that fills skg_error. */
#include "skg.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const NAMES[SKG_STATUS_COUNT] = {
    [SKG_OK] = "success",
    [SKG_ERR_USAGE] = "usage error",
    [SKG_ERR_SYNTAX] = "syntax error",
    [SKG_ERR_ENCODING] = "invalid UTF-8",
    [SKG_ERR_IO] = "cannot read input",
    [SKG_ERR_WRITE] = "cannot write output",
    [SKG_ERR_NOMEM] = "out of memory",
    [SKG_ERR_INTERNAL] = "internal error",
};

const char *skg_strerror(skg_status st) {
  if ((unsigned)st >= SKG_STATUS_COUNT)
    return "unknown status";
  return NAMES[st];
}

skg_status skg_err(skg_error *err, skg_status st, const char *file,
                   unsigned line, unsigned col, size_t byte, const char *fmt,
                   ...) {
  if (!err)
    return st;
  err->st = st;
  snprintf(err->file, sizeof err->file, "%s", file ? file : "");
  err->line = line;
  err->col = col;
  err->byte = byte;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return st;
}

void skg_error_format(const skg_error *err, char *buf, size_t size) {
  char where[600] = "";
  if (err->file[0] && err->line)
    snprintf(where, sizeof where, "%s:%u:%u: ", err->file, err->line,
             err->col);
  else if (err->file[0])
    snprintf(where, sizeof where, "%s: ", err->file);
  snprintf(buf, size, "%s%s", where,
           err->msg[0] ? err->msg : skg_strerror(err->st));
}

static bool quiet_readers;

void skg_read_set_quiet(bool quiet) { quiet_readers = quiet; }
bool skg_read_quiet(void) { return quiet_readers; }
