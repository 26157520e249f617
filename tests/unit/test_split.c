/* test_split.c: the sentence splitter (split.c): where sentences end and
   where they do not (initials, abbreviations, titles with "!" or "?"),
   line breaks, white space, and text cut inside a character. Every case
   says what goes wrong when it fails. */
#include "doc.h"
#include "harness.h"

/* The sentences of s joined by " | ". */
static const char *split(const char *s) {
  static char out[1024];
  skg_span *v = NULL;
  size_t n = skg_split_sentences(s, strlen(s), &v), o = 0;
  out[0] = '\0';
  for (size_t i = 0; i < n && o + v[i].len + 4 < sizeof out; i++)
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", i ? " | " : "",
                          (int)v[i].len, s + v[i].off);
  free(v);
  return out;
}

static void test_stops(void) {
  STR_EQ(split("Ann Roe left. Ben Pike came."),
         "Ann Roe left. | Ben Pike came.");
  STR_EQ(split("Did she? Yes! It ran."), "Did she? | Yes! | It ran.");
  STR_EQ(split("Really?! Yes."), "Really?! | Yes."); /* one stop, not two */
  STR_EQ(split("Ann left...  Ben came."), "Ann left... | Ben came.");
  STR_EQ(split("Ann left.\tBen came."), "Ann left. | Ben came.");
  /* a closing quote or bracket stays with its sentence */
  STR_EQ(split("She said \"Go.\" Then she left."),
         "She said \"Go.\" | Then she left.");
  STR_EQ(split("It ran (until 2001.) Then it stopped."),
         "It ran (until 2001.) | Then it stopped.");
  /* what may start the next sentence: a digit, a quote, a bracket */
  STR_EQ(split("It opened. 2019 was good."), "It opened. | 2019 was good.");
  STR_EQ(split("It opened. \"Vole\" was next."),
         "It opened. | \"Vole\" was next.");
  STR_EQ(split("It opened. (It closed.)"), "It opened. | (It closed.)");
  STR_EQ(split("It opened. \xE2\x80\x9CYes,\xE2\x80\x9D she said."),
         "It opened. | \xE2\x80\x9CYes,\xE2\x80\x9D she said.");
  /* a capital outside ASCII starts one, a small letter does not */
  STR_EQ(split("It ended. \xC3\x89mile Vole left."),
         "It ended. | \xC3\x89mile Vole left.");
  STR_EQ(split("It ended. \xC3\xA9"
               "clairs were sold."),
         "It ended. \xC3\xA9"
         "clairs were sold.");
}

static void test_no_stops(void) {
  /* initials and abbreviations end no sentence */
  STR_EQ(split("S. J. Vole directed it. It ran."),
         "S. J. Vole directed it. | It ran.");
  STR_EQ(split("Dr. Quell met Mr. Roe at noon."),
         "Dr. Quell met Mr. Roe at noon.");
  STR_EQ(split("Vole Films, Inc. made it. Ann Roe Jr. starred."),
         "Vole Films, Inc. made it. | Ann Roe Jr. starred.");
  STR_EQ(split("It opened on Sept. 4 in Vole City."),
         "It opened on Sept. 4 in Vole City.");
  /* a word with an inner period is an abbreviation: a known cost */
  STR_EQ(split("It aired in the U.S. Later it moved."),
         "It aired in the U.S. Later it moved.");
  /* no space, or a small letter, after the period */
  STR_EQ(split("Roe.Pike came."), "Roe.Pike came.");
  STR_EQ(split("It cost 5 m. and more."), "It cost 5 m. and more.");
  STR_EQ(split("Version 2.5 Beta came out."), "Version 2.5 Beta came out.");
}

static void test_titles(void) {
  /* a title with "!" or "?" that opens a line is not cut */
  STR_EQ(split("Harbor Nights! The Return is a 2019 film. It ran."),
         "Harbor Nights! The Return is a 2019 film. | It ran.");
  STR_EQ(split("Who Is Vole? The Movie\nIt is a film."),
         "Who Is Vole? The Movie | It is a film.");
  STR_EQ(split("What's Up, Doc? Again was released."),
         "What's Up, Doc? Again was released.");
  /* but a sentence of prose that opens a line is */
  STR_EQ(split("She won! The crowd cheered."), "She won! | The crowd cheered.");
  /* and a period never makes a title */
  STR_EQ(split("Harbor Nights. The Return is a film."),
         "Harbor Nights. | The Return is a film.");
  /* in the middle of a line it is prose */
  STR_EQ(split("It ran. Harbor Nights! The Return is a film."),
         "It ran. | Harbor Nights! | The Return is a film.");
}

static void test_lines(void) {
  STR_EQ(split("Cast\nAnn Roe as Vera"), "Cast | Ann Roe as Vera");
  STR_EQ(split("Ann left.\n\n\n  Ben came.\n"), "Ann left. | Ben came.");
  STR_EQ(split("a line\r\nanother"), "a line | another");
  /* a stop followed by a line break: the break ends it */
  STR_EQ(split("Ann left. \nben came."), "Ann left. | ben came.");
}

static void test_spans(void) {
  const char *s = "  Ann left.   Ben came.  ";
  skg_span *v = NULL;
  size_t n = skg_split_sentences(s, strlen(s), &v);
  OK(n == 2, "two sentences, got %zu", n);
  if (n == 2) {
    OK(v[0].off == 2 && v[0].len == 9, "first span [2, 11), got [%zu, %zu)",
       v[0].off, v[0].off + v[0].len);
    OK(v[1].off == 14 && v[1].len == 9, "second span [14, 23), got [%zu, %zu)",
       v[1].off, v[1].off + v[1].len);
  }
  free(v);
  v = NULL;
  OK(skg_split_sentences("", 0, &v) == 0, "empty text has no sentence");
  free(v);
  v = NULL;
  OK(skg_split_sentences(" \n\t \n", 5, &v) == 0, "blank text has none");
  free(v);
}

static void test_cut_text(void) {
  /* the text ends inside a character, or right after a stop: the splitter
     reads no byte past the end (the sanitizer run catches it) */
  static const char cut[] = {'I', 't', ' ', 'e', 'n',
                             'd', 's', '.', ' ', '\xC3'};
  skg_span *v = NULL;
  size_t n = skg_split_sentences(cut, sizeof cut, &v);
  OK(n == 1 && v[0].len == sizeof cut, "a cut lead byte starts nothing");
  free(v);
  static const char curly[] = {'I', 't', '.', ' ', '\xE2', '\x80'};
  v = NULL;
  n = skg_split_sentences(curly, sizeof curly, &v);
  /* the lead byte alone is taken for a letter: a sentence of its own, but
     nothing read past the end */
  OK(n == 2 && v[1].off + v[1].len == sizeof curly,
     "a cut curly quote: two sentences within the text, got %zu", n);
  free(v);
  STR_EQ(split("It ends."), "It ends.");
  STR_EQ(split("It ends. "), "It ends.");
}

int main(void) {
  test_stops();
  test_no_stops();
  test_titles();
  test_lines();
  test_spans();
  test_cut_text();
  return DONE();
}
