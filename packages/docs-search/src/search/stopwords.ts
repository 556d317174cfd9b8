// Words dropped from queries: they carry no topic, and each one kept would widen the OR match to
// much of the index (slower, and noisier ranking). Topic words such as "get" or "list" stay.

export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    "a about also am an and any are as at be been being but by can could did do does doing done",
    "for from going had has have how i if in into is it its just me my need of on or our should",
    "so that the their them then there these they this those through to us use used using want",
    "was we were what when where which who whom why will with would you your",
    // Words that only frame a request ("only when the main one fails", "without copying it"):
    // they would count as half the question when a page's share of it is measured.
    "able again already another anyone anything else even ever every im instead",
    "like lot lots maybe much one only other own please really same some someone something",
    "still such than thing things too very way ways without yet",
    // What is left of "don't", "it's", "I'm", "can't" once apostrophes split words.
    "s t m d ll ve re don doesn didn isn aren wasn won shouldn couldn wouldn",
    // Every page of the corpus is about Cloudflare: the word matches half of all passages.
    "cloudflare",
  ]
    .join(" ")
    .split(" "),
);
