import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";

const published = "2025-04-07";
const pages: [string, string, RegExp][] = [
  [
    "Russian",
    "Министр иностранных дел в понедельник встретился со своим коллегой в Москве. Стороны обсудили тарифы и экономическое сотрудничество между двумя странами, говорится в заявлении министерства. Иван Петров заявил, что переговоры продолжатся.",
    /Cyrillic/,
  ],
  [
    "Chinese",
    "外交部长周一在北京会见了他的同行。双方讨论了关税问题以及两国之间的经济合作。外交部发言人王明表示，会谈将继续进行。",
    /Chinese/,
  ],
  ["Japanese", "外務大臣は月曜日に東京で相手国の外相と会談した。両者は関税と経済協力について話し合ったと外務省は発表した。", /Japanese/],
  ["Korean", "외교부 장관은 월요일 서울에서 상대국 장관과 만났다. 양측은 관세와 경제 협력에 대해 논의했다고 외교부가 밝혔다.", /Korean/],
  [
    "German",
    "Der Außenminister hat sich am Montag mit seinem Amtskollegen in Berlin getroffen. Die beiden Politiker sprachen über Zölle und die wirtschaftliche Zusammenarbeit zwischen den beiden Ländern, teilte das Ministerium mit. Anna Weber sagte, die Gespräche würden fortgesetzt.",
    /other than English/,
  ],
  [
    "French",
    "Le ministre des Affaires étrangères a rencontré lundi son homologue à Paris. Les deux responsables ont discuté des tarifs douaniers et de la coopération économique entre les deux pays, selon un communiqué publié par le ministère. Jean Dupont a déclaré que les discussions continueraient.",
    /other than English/,
  ],
];

describe("language", () => {
  for (const [name, text, instead] of pages) {
    it(`says clearly that only English is extracted, and extracts nothing, from ${name}`, () => {
      const b = extractBriefing({ text, published });
      const warning = b.warnings.find((w) => w.startsWith("Only English is extracted"));
      expect(warning).toMatch(instead);
      expect(b.sources[0]?.language).toBe("und");
      expect(b.sources[0]?.text).toBe(text);
      expect([b.entities, b.statements, b.figures, b.times, b.events].every((list) => list.length === 0)).toBe(true);
    });
  }

  it("reads an English article quoting another language as English", () => {
    const text = `${sampleArticleText}\n\nA banner in the crowd read «Миру — мир», and a second one «和平».`;
    const b = extractBriefing({ text, published });
    expect(b.sources[0]?.language).toBe("en");
    expect(b.warnings.join(" ")).not.toMatch(/Only English/);
    expect(b.entities.length).toBeGreaterThan(3);
  });
});
