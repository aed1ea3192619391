// Word segmentation for the search index of languages written without spaces between words
// (Thai, Chinese): ICU's dictionaries through Intl.Segmenter. The page cuts the reader's query into
// the words this wrote (docs/assets/js/md-base.js), not with the browser's segmenter, whose
// dictionaries differ by browser and version. Reads {"locale", "texts"} as JSON on stdin and
// writes the texts back with U+200B between words (a separator of the search index).
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { locale, texts } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
const out = texts.map((text) => Array.from(segmenter.segment(text), (s) => s.segment).join("\u200b"));
process.stdout.write(JSON.stringify(out));
