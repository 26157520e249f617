/* test_jsonlist.c: list fields of the GraphML and CSV exports as JSON
   arrays: "[]" for none, values kept whole (a "|" or "," inside one is not
   a separator), quotes, backslashes and control characters escaped. */
#include "harness.h"
#include "write_jsonlist.h"

/* The list of the n values in v, as the writers build it. */
static void list(const char *const *v, size_t n, const char *want) {
  skg_buf b = SKG_BUF_INIT;
  for (size_t i = 0; i < n; i++)
    skg_jlist_add(&b, v[i]);
  STR_EQ(skg_jlist_end(&b), want);
  skg_buf_free(&b);
}

int main(void) {
  list(NULL, 0, "[]");
  const char *one[] = {"Ida Quell"};
  list(one, 1, "[\"Ida Quell\"]");
  const char *two[] = {"Tin | Harbour", "Quell, Ida"};
  list(two, 2, "[\"Tin | Harbour\",\"Quell, Ida\"]");
  const char *esc[] = {"say \"hi\"", "back\\slash", "tab\there\x01"};
  list(esc, 3,
       "[\"say \\\"hi\\\"\",\"back\\\\slash\",\"tab\\u0009here\\u0001\"]");
  const char *utf[] = {"Élodie 東京 🎬", ""};
  list(utf, 2, "[\"Élodie 東京 🎬\",\"\"]");
  /* b stays empty when nothing was added: the writers test b.len */
  skg_buf b = SKG_BUF_INIT;
  skg_jlist_end(&b);
  OK(b.len == 0, "an empty list leaves the buffer empty (len %zu)", b.len);
  skg_buf_free(&b);
  return DONE();
}
