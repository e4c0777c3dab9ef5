import { expectTypeOf, test } from "vitest";
import type { Briefing, ComposedBriefing, ComposedItem, Entity, Evidence, Figure, SectionId, Statement, TimeExpression } from "./index.js";
import { composeBriefing, parseBriefing, renderText } from "./index.js";

test("the types front ends rely on", () => {
  expectTypeOf(parseBriefing).parameter(0).toEqualTypeOf<unknown>();
  expectTypeOf(parseBriefing).returns.toEqualTypeOf<Briefing>();
  expectTypeOf(composeBriefing).parameter(0).toEqualTypeOf<Briefing>();
  expectTypeOf(composeBriefing).returns.toEqualTypeOf<ComposedBriefing>();
  expectTypeOf(renderText).parameter(0).toEqualTypeOf<ComposedBriefing>();

  expectTypeOf<ComposedBriefing["sections"][number]["id"]>().toEqualTypeOf<SectionId>();
  expectTypeOf<SectionId>().toEqualTypeOf<
    "key-points" | "what-happened" | "whos-who" | "who-said-what" | "key-figures" | "timeline" | "sources"
  >();
  expectTypeOf<ComposedItem>().toEqualTypeOf<{
    id: string;
    emphasis: string | null;
    text: string;
    meta: string | null;
    group: string | null;
    when: { value: string; precision: string } | null;
    entityIds: string[];
    evidence: Evidence[];
  }>();
  expectTypeOf<Evidence>().toEqualTypeOf<{ sourceId: string; start: number; end: number; text: string }>();
  expectTypeOf<Entity["type"]>().toEqualTypeOf<"person" | "organization" | "place">();
  expectTypeOf<Statement["speakerId"]>().toEqualTypeOf<string | null>();
  expectTypeOf<Statement["kind"]>().toEqualTypeOf<"direct" | "reported">();
  expectTypeOf<Figure["attribution"]>().toEqualTypeOf<{ kind: "entity"; entityId: string; evidence: Evidence[] } | { kind: "source" }>();
  expectTypeOf<TimeExpression["value"]>().toEqualTypeOf<string | null>();
  expectTypeOf<Briefing["schemaVersion"]>().toEqualTypeOf<1>();
});
