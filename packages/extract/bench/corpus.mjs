// Benchmark corpus: the sample article plus articles written for this benchmark (no third-party
// text), repeated with varied numbers and dates until it is at least 1 MB, cut into article-sized pieces.
import { sampleArticleText } from "@briefing/core/sample";

const own = [
  `The Harbour Authority of Westmere said on Tuesday that container traffic rose 12% in March, the busiest month since the port opened in 1998.
Port director Alma Ruiz told reporters that the new cranes, bought for $40 million from Nordlift Industries, had doubled the number of ships handled each day.
“We expect the growth to continue through the summer,” Ruiz said, adding that 300 new jobs would be created by the end of the year.
According to figures from the Westmere Chamber of Commerce, exports through the port were worth $2.3 billion in 2024, up from $1.9 billion a year earlier.
The city council will vote on April 14 on a plan to widen the access road, which Mayor Tomas Berg called “the missing piece”.`,
  `Finance Minister Leila Haddad on Wednesday presented a budget that cuts spending by 4% and raises the tax on fuel, drawing protests from the opposition Green Union party.
The International Monetary Fund (IMF) had urged the government to reduce its deficit, which reached 6.2% of gross domestic product last year, according to the central bank.
Haddad told parliament that the measures would save about 1.2 billion euros over two years. “There is no painless way to balance the books,” she said.
Opposition leader Marek Nowak said the fuel tax would hit rural families hardest and promised to challenge it in the Constitutional Court.
The budget must be approved by March 31. Analysts at Baltic Capital Partners expect inflation to stay near 3% through 2026.`,
  `Rescue teams in the northern province of Sarlat searched through the night for 27 people missing after floods swept through three villages on Saturday, the Interior Ministry said.
At least 14 people were killed and more than 2,000 homes were damaged, Civil Protection Agency spokesman Daniel Okoro told a news conference in the capital, Veyra.
The Red Cross said it had sent 40 tonnes of food and medicine. Prime Minister Anna Lind cut short a visit to Brussels and will visit the area on Monday.
Rainfall in the region reached 180 millimetres in 24 hours, the heaviest since records began in 1951, according to the National Weather Service.
“The water came so fast that we only had time to carry the children out,” said farmer Joseph Mensah, 54, whose house was destroyed.`,
];

/** Article-sized texts adding up to at least `minBytes` of UTF-8. */
export function buildCorpus(minBytes = 1_048_576) {
  const texts = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const base = i % 4 === 0 ? sampleArticleText : (own[i % 3] ?? "");
    // Vary figures and years so no two pieces are identical.
    const text = base
      .replace(/\b(\d{2,3})%/g, (_, n) => `${(Number(n) + i) % 97}%`)
      .replace(/\b(19|20)(\d{2})\b/g, (_, c, y) => `${c}${String((Number(y) + i) % 100).padStart(2, "0")}`);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { texts, bytes, words: texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0) };
}
