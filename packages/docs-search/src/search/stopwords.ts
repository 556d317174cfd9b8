// Words dropped from queries: they carry no topic, and each one kept would widen the OR match to
// much of the index (slower, and noisier ranking). Topic words such as "get" or "list" stay.

export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    "a about also am an and any are as at be been being but by can could did do does doing done",
    "for from going had has have how i if in into is it its just me my need of on or our should",
    "so that the their them then there these they this those through to us use used using want",
    "was we were what when where which who whom why will with would you your",
    // Every page of the corpus is about Cloudflare: the word matches half of all passages.
    "cloudflare",
  ]
    .join(" ")
    .split(" "),
);
