// Prints the sample article's reference briefing as text: the main job until the front ends exist.
import { composeBriefing, renderText } from "../dist/index.js";
import { referenceBriefing } from "../dist/sample/index.js";

process.stdout.write(renderText(composeBriefing(referenceBriefing)));
