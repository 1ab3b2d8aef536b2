// "该模型支持…", "它整合了…", "其前端…", "The model runs on…", "It supports…": a clause that opens
// with an anaphor is about the item's subject (the first fitting name in the item's heading). Pseudo-mentions let the relation cues
// see that subject; they are never counted as names.
import type { Doc, EntityType, ResolvedMention, Sentence } from "../types.ts";
import { execAll } from "../segment/exec-all.ts";
import { sentencesWith } from "../segment/sentences.ts";

const ANAPHOR = /(?:^|[，,；;：:。]\s*)(?:(?:该|此|这一?|这款|这个|这家)(模型|项目|工具|框架|产品|应用|公司|团队|芯片|方法|系统|平台|智能体|技术|研究|基准|数据集)|(它|其))|(?:^|[,;:]\s+(?:and\s+|but\s+|while\s+)?)(?:[Tt]he|[Tt]his|[Tt]hat) (new )?(model|company|startup|lab|tool|framework|library|project|app|agent|chip|benchmark|dataset|paper|method|system|platform)\b|(?:^|[,;:]\s+(?:and\s+|but\s+)?)([Ii]t)(?= (?:is|was|has|now|also|can|will|supports|runs|uses|beats|outperforms|scores|ranks|achieves|integrates|adds|ships|comes)\b)/g;
/** Every ANAPHOR match holds one of these: sentences without them are not searched. */
const ANAPHOR_CHARS = /[该此这它其]|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]t)\b/g;

const NOUN_TYPES: Record<string, EntityType[]> = {
  模型: ["model"], 项目: ["product", "research"], 工具: ["product"], 框架: ["product", "research"],
  产品: ["product", "hardware"], 应用: ["product"], 公司: ["organization"], 团队: ["organization"],
  家: ["organization"], 芯片: ["hardware"], 方法: ["research"], 系统: ["product", "research"],
  平台: ["product"], 智能体: ["product"], 技术: ["research", "product"], 研究: ["research"],
  基准: ["dataset"], 数据集: ["dataset"],
  model: ["model"], company: ["organization"], startup: ["organization"], lab: ["organization"], tool: ["product"],
  framework: ["product"], library: ["product"], project: ["product", "research"], app: ["product"], agent: ["product"],
  chip: ["hardware"], benchmark: ["dataset"], dataset: ["dataset"], paper: ["research"], method: ["research"],
  system: ["product", "research"], platform: ["product"],
};

/** "它" is a thing; companies are "该公司" or "他们". */
const THINGS: EntityType[] = ["model", "product", "hardware", "research", "dataset"];

export function anaphora(doc: Doc, mentions: readonly ResolvedMention[], sentences: readonly Sentence[], text: string): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const candidates = sentencesWith(ANAPHOR_CHARS, sentences, text);
  sentences.forEach((sentence, index) => {
    if (sentence.item < 0 || candidates[index] !== 1) return;
    const item = doc.items[sentence.item]!;
    const body = text.slice(sentence.span.start, sentence.span.end);
    for (const m of execAll(ANAPHOR, body)) {
      const anaphor = m[0].replace(/^[，,；;：:。]\s*(?:(?:and|but|while)\s+)?/, "");
      const start = sentence.span.start + m.index + m[0].length - anaphor.length;
      const end = start + anaphor.length;
      const noun = m[1] ?? m[4];
      const referent = subjectOf(mentions, item.span, item.headingSpan, m[2] === "它" || m[5] !== undefined ? THINGS : NOUN_TYPES[noun ?? ""], start);
      if (!referent) continue;
      out.push({
        ...referent,
        span: { start, end },
        text: doc.text.slice(start, end),
        extractor: "anaphora",
        reason: `'${anaphor}' refers to the item's subject ${referent.entity}`,
        sentence: index,
        nested: false,
      });
    }
  });
  return out;
}

function subjectOf(mentions: readonly ResolvedMention[], item: { start: number; end: number }, heading: { start: number; end: number }, types: EntityType[] | undefined, before: number): ResolvedMention | undefined {
  const fits = (m: ResolvedMention) => !m.nested && (!types || types.includes(m.type)) && m.span.start < before;
  const inHeading = mentions.find((m) => m.span.start >= heading.start && m.span.end <= heading.end && fits(m));
  return inHeading ?? mentions.find((m) => m.span.start >= item.start && m.span.end <= item.end && fits(m));
}

/**
 * "### Lucy Edit 开源 … > 文本引导视频编辑基础模型，支持Hugging Face、FAL和ComfyUI集成", "> 支持在JAX/PyTorch中使用…"
 * (a quote or list mark may open the body): a Chinese
 * body clause that opens on a verb of use, with no subject of its own, is said of the item's
 * subject (the first thing its heading names). A zero-width pseudo-mention stands before the verb;
 * only the relation cues read it (`readsZeroAnaphora`).
 */
const ZERO_ANAPHOR = /(?:^[>*\-\s]*|[，,；;。：:]\s*)(?:并|还|同时|也|均|现)?(?=(?:已|已经|现已|可)?(?:支持|集成|兼容|适配|接入|基于|在[^，。；]{1,30}?(?:上线|可用|提供|运行|部署)))/g;
/** Every ZERO_ANAPHOR match holds one of these verbs: sentences without them are not searched. */
const ZERO_VERBS = /支持|集成|兼容|适配|接入|基于|在/g;

const ZERO = "zero-anaphora";

export function zeroAnaphora(doc: Doc, mentions: readonly ResolvedMention[], sentences: readonly Sentence[], text: string): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const candidates = sentencesWith(ZERO_VERBS, sentences, text);
  // A clause after a name of the sentence is that name's ("VS Code提供Agent Sessions视图，支持Codex").
  const firstNamed = new Map<number, number>();
  for (const m of mentions) if (!m.nested && m.span.start < (firstNamed.get(m.sentence) ?? Infinity)) firstNamed.set(m.sentence, m.span.start);
  // Each item's subject, found once however many of its clauses have none.
  const subjects = new Map<number, ResolvedMention | undefined>();
  sentences.forEach((sentence, index) => {
    if (sentence.item < 0 || candidates[index] !== 1) return;
    const item = doc.items[sentence.item]!;
    if (sentence.span.start < item.headingSpan.end) return; // the heading names its own subject
    const body = text.slice(sentence.span.start, sentence.span.end);
    for (const m of execAll(ZERO_ANAPHOR, body)) {
      const at = sentence.span.start + m.index + m[0].length;
      if ((firstNamed.get(index) ?? Infinity) < at) break;
      if (!subjects.has(sentence.item)) subjects.set(sentence.item, headingThing(mentions, item.headingSpan, text));
      const referent = subjects.get(sentence.item);
      if (!referent) continue;
      out.push({
        ...referent,
        canonical: referent.canonical ?? referent.text,
        build: undefined,
        shortForm: undefined,
        weak: undefined,
        span: { start: at, end: at },
        text: "",
        extractor: ZERO,
        reason: `a clause with no subject of its own is about the item's subject ${referent.entity}`,
        sentence: index,
        nested: false,
      });
    }
  });
  return out;
}

/** The thing a heading is about: its first name of a thing whose type was read (not a default; a default one when none was), unless a release verb makes it the maker of the next ("OpenRouter推出Exacto"; "Magistral Small 1.2 发布" stands). */
function headingThing(mentions: readonly ResolvedMention[], heading: { start: number; end: number }, text: string): ResolvedMention | undefined {
  const inHeading = mentions.filter((m) => !m.nested && !m.weak && THINGS.includes(m.type) && m.span.start >= heading.start && m.span.end <= heading.end);
  // A name whose type is only a default ("KerasHub跨框架模型中心") stands when the heading has no other.
  const read = inHeading.filter((m) => !m.guessed);
  const things = (read.length ? read : inHeading).sort((a, b) => a.span.start - b.span.start);
  const first = things[0];
  return first && things.length > 1 && RELEASES.test(text.slice(first.span.end, first.span.end + 6)) ? things[1] : first;
}

/** A release verb right after a name: the name is the maker, not the thing. */
const RELEASES = /^\s*(?:正式|再次|重磅|刚刚|全新)?(?:发布|推出|开源|上线|宣布|提出|launch|release|announce|introduce|ship)/i;

/** The mentions but the zero anaphors: what every relation extractor but the cues sees. */
export function withoutZeroAnaphora(mentions: ResolvedMention[]): ResolvedMention[] {
  return mentions.some((m) => m.extractor === ZERO) ? mentions.filter((m) => m.extractor !== ZERO) : mentions;
}
