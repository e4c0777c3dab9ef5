export { sampleArticleMeta, sampleArticleText } from "./article.js";
export { referenceBriefing } from "./reference.js";
