package com.computefolio.service.article;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that decide a deal's kind, its status and the confidence of its figures, in English and Arabic, and
 * the words that make an amount something other than a deal's value (revenue, a loss, a valuation, spending).
 * One table per question; the order of a table is its priority where two cues meet in one sentence.
 */
final class Cues {

    static final Map<DealKind, Pattern> KINDS = new LinkedHashMap<>();
    static final Map<DealStatus, Pattern> STATUSES = new LinkedHashMap<>();

    static {
        KINDS.put(DealKind.JOINT_VENTURE, Phrases.words("joint venture", "مشروع مشترك", "مشروعاً مشتركاً"));
        KINDS.put(DealKind.CUSTOM_SILICON, Phrases.words("custom chips", "custom chip", "custom accelerators", "custom silicon",
                "own chips", "رقائق مخصصة", "شرائح مخصصة", "معالجات مخصصة", "مسرعات مخصصة"));
        KINDS.put(DealKind.MEMORY, Phrases.words("memory", "dram", "hbm", "memory chips", "ذاكرة", "رقائق الذاكرة"));
        KINDS.put(DealKind.EQUITY_INVESTMENT, Phrases.words("invest", "invests", "invested", "investing", "investment", "stake",
                "equity", "funding round", "shares", "استثمار", "استثمارات", "يستثمر", "تستثمر", "ستستثمر", "سيستثمر",
                "استثمرت", "استثمر", "ستستثمران", "تستثمران", "يستثمران", "سيستثمران", "استثمرتا", "حصة", "جولة تمويل", "أسهم"));
        KINDS.put(DealKind.DATA_CENTRE, Phrases.words("data centre", "data center", "data centres", "data centers", "campus",
                "site", "sites", "مركز بيانات", "مراكز بيانات", "مراكز البيانات", "مركز البيانات", "مجمع", "حرم"));
        KINDS.put(DealKind.CHIPS, Phrases.words("chips", "chip", "gpus", "gpu", "processors", "accelerators", "systems",
                "رقائق", "الرقائق", "معالجات", "شرائح", "وحدات معالجة الرسوميات", "وحدات معالجة رسومية", "أنظمة"));
        KINDS.put(DealKind.CLOUD_SERVICES, Phrases.words("cloud", "compute capacity", "computing capacity", "computing power",
                "compute", "cloud services", "aws", "amazon web services", "azure", "google cloud", "oracle cloud", "oci",
                "أمازون ويب سيرفيسز", "أزور", "سحابية", "السحابية", "سحابي", "الحوسبة السحابية", "حوسبة سحابية",
                "القدرة الحاسوبية", "قدرة حاسوبية", "القوة الحاسوبية", "خدمات حوسبة"));

        STATUSES.put(DealStatus.CANCELLED, Phrases.words("cancelled", "canceled", "scrapped", "terminated", "called off",
                "walked away", "ended talks", "ending talks", "ended the talks", "ألغت", "إلغاء", "ألغى", "ألغيت", "تراجعت عن",
                "منهياً", "أنهت", "إنهاء"));
        STATUSES.put(DealStatus.COMPLETED, Phrases.words("completed", "has completed", "finished paying", "fully funded",
                "أتمت", "أكملت", "استكملت", "اكتمال", "إتمام"));
        STATUSES.put(DealStatus.PAUSED, Phrases.words("paused", "pause", "halted", "on hold", "suspended", "frozen",
                "علقت", "تعليق", "أوقفت", "إيقاف", "جمدت", "تجميد", "متوقفة"));
        STATUSES.put(DealStatus.LETTER_OF_INTENT, Phrases.words("letter of intent", "letters of intent", "memorandum of understanding", "loi", "mou",
                "non-binding", "intends to", "intend to", "plans to", "خطاب نوايا", "خطابي نوايا", "خطابات نوايا", "خطابا نوايا", "تعتزم", "تنوي", "يعتزم", "خطاب نية", "مذكرة تفاهم", "غير ملزمة", "غير ملزم"));
        STATUSES.put(DealStatus.RUMOURED, Phrases.words("in talks", "in discussions", "negotiating", "considering", "exploring",
                "في محادثات", "محادثات", "مفاوضات", "تتفاوض", "تدرس", "يدرس"));
        STATUSES.put(DealStatus.AMENDED, Phrases.words("expanded", "expands", "expand", "expansion", "extended", "amended",
                "on top of", "amendment", "توسيع", "وسعت", "توسعة", "زيادة", "تمديد", "مددت", "عدلت", "تعديل"));
        STATUSES.put(DealStatus.DEFINITIVE, Phrases.words("signed", "agreed", "announced", "struck", "inked", "sealed",
                "reached an agreement", "will buy", "will invest", "وقعت", "وقع", "توقيع", "وافقت", "أبرمت", "أعلنت",
                "اتفقت", "توصلت"));
    }

    /** The statuses whose words are news in themselves: a sentence with one is a proposal even without a figure. */
    static final java.util.Set<DealStatus> EVENTS = java.util.EnumSet.of(DealStatus.LETTER_OF_INTENT, DealStatus.PAUSED,
            DealStatus.CANCELLED, DealStatus.AMENDED);

    /** The statuses that make an amount the register already held news again: the deal stopped or was completed. */
    static final java.util.Set<DealStatus> STOPS = java.util.EnumSet.of(DealStatus.PAUSED, DealStatus.CANCELLED,
            DealStatus.COMPLETED);

    /** Words that make a figure official: the party says it. Strong ones (a filing, a statement) beat press cues. */
    static final Pattern OFFICIAL_STRONG = Phrases.words("in a statement", "said in a statement", "filing", "in a filing",
            "press release", "regulatory filing", "في بيان", "بيان", "إفصاح", "ملف تنظيمي", "بيان صحفي");
    static final Pattern OFFICIAL = Phrases.words("announced", "announces", "confirmed", "said on", "unveiled", "أعلنت", "أعلن",
            "أكدت", "أكد", "كشفت");
    static final Pattern REPORTED = Phrases.words("people familiar", "person familiar", "according to", "reportedly",
            "reported", "sources said", "people with knowledge", "people briefed", "بحسب", "حسب", "وفقاً", "مصادر", "مطلعين", "مطلعة", "نقلاً عن", "أفادت", "ذكرت");

    /** Amounts that are not a deal's value when one of these stands next to them. */
    static final Pattern NOT_A_DEAL = Phrases.words("revenue", "revenues", "sales", "loss", "losses", "lost", "valuation",
            "valued at", "worth of", "capex", "capital expenditure", "capital expenditures", "capital spending", "market",
            "profit", "burn", "raising", "raises", "raised", "round of", "fresh financing", "جولة التمويل", "حجم جولة", "share price", "stock price", "سعر السهم", "debt", "bonds", "so far", "to date", "حتى الآن", "stock", "warrant", "warrants", "estimate", "estimated", "analysts",
            "محللون", "تقديرات", "إيرادات", "الإيرادات", "خسارة", "خسائر", "تقييم", "بتقييم", "النفقات الرأسمالية",
            "نفقات رأسمالية", "الإنفاق الرأسمالي", "سوق", "السوق", "أرباح", "ديون", "سندات", "تكلفة");

    /**
     * Words that make a sentence someone's view of the deals, not news of one ("analysts say", "يرى محللون"): its
     * parties are mentions, and its figures and status words belong to no draft.
     */
    static final Pattern COMMENTARY = Phrases.words("analysts say", "analysts said", "analysts see", "analysts expect",
            "analysts believe", "analysts note", "according to analysts", "in the view of analysts", "يرى محللون",
            "يرى المحللون", "يقول محللون", "قال محللون", "يعتقد محللون", "يتوقع محللون", "بحسب محللين", "وفق محللين");

    /**
     * The sentence's status cue, not counting those inside a plan given up ("dropped plans to expand", "تخلت عن
     * خطط"): a plan dropped before it was a deal is no letter of intent and no expansion.
     */
    static Map.Entry<DealStatus, Hit<String>> status(String folded) {
        Matcher dropped = DROPPED_PLAN.matcher(folded);
        StringBuilder masked = new StringBuilder(folded);
        while (dropped.find()) {
            for (int i = dropped.start(); i < dropped.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return first(STATUSES, masked.toString());
    }

    private static final Pattern DROPPED_PLAN = Pattern.compile("(?<![\\p{L}])(?:dropped|abandoned|shelved|scrapped|gave up|"
            + "given up|walked away from)\\s(?:the\\s|their\\s|its\\s|a\\s)?plans?\\s(?:to\\s[\\p{L}]+|for\\s[\\p{L}]+)?|"
            + FoldedText.fold("تخلت") + "\\s" + FoldedText.fold("عن") + "\\s" + FoldedText.fold("خطط") + "\\s?[\\p{L}]*");

    /**
     * Whether the words just before a capacity make it no deal's new capacity: what would have been ("would have added
     * 600 megawatts") or what a site already has ("already has some 1.2 gigawatts").
     */
    static boolean notNewCapacity(String folded, Hit<?> capacity) {
        return NOT_NEW.matcher(folded.substring(Math.max(0, capacity.start() - 30), capacity.start())).find();
    }

    private static final Pattern NOT_NEW = Pattern.compile("(?<![\\p{L}])(?:(?:would|could|might)\\shave|already\\s(?:has|have|had|"
            + "runs|operates|built))\\s");

    /** Words after an amount that make it the price of one unit, not a deal's value. */
    static final Pattern PER_UNIT = Phrases.words("each", "apiece", "per share", "a share", "per unit", "للسهم", "للسهم الواحد",
            "لكل سهم", "للوحدة");

    /** Words before an amount that make it the sum of several parties, no one pair's value. */
    static final Pattern TOGETHER = Phrases.words("together", "combined", "collectively", "jointly", "between them", "معا",
            "مجتمعة", "مجتمعين", "مجتمعتين", "بشكل مشترك");

    /** Words before a figure that make it a total over several deals. */
    static final Pattern TOTAL = Phrases.words("in total", "a total of", "totalling", "totaling", "altogether", "cumulative",
            "إجمالي", "الإجمالي", "بإجمالي", "ليصل إجمالي", "مجموع");

    /** Words naming the pair's standing partnership rather than one purchase within it. */
    static final Pattern PARTNERSHIP = Phrases.words("partnership", "partnership agreement", "شراكة", "شراكتهما", "شراكتها",
            "شراكتنا", "الشراكة", "اتفاقية الشراكة");

    static boolean commentary(String folded) {
        return COMMENTARY.matcher(folded).find();
    }

    private Cues() {
    }

    /** Every match of a pattern in the text. */
    static List<Hit<String>> all(Pattern pattern, String folded) {
        List<Hit<String>> hits = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            hits.add(new Hit<>(m.start(), m.end(), m.group(), m.group()));
        }
        return hits;
    }

    /** The cue of a table nearest to {@code anchor}, or null. */
    static <K> Map.Entry<K, Hit<String>> nearest(Map<K, Pattern> table, String folded, Hit<?> anchor) {
        Map.Entry<K, Hit<String>> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<K, Pattern> e : table.entrySet()) {
            for (Hit<String> h : all(e.getValue(), folded)) {
                int d = anchor == null ? h.start() : h.distanceTo(anchor);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = Map.entry(e.getKey(), h);
                }
            }
        }
        return best;
    }

    /** The first cue of a table in its order of priority, or null. */
    static <K> Map.Entry<K, Hit<String>> first(Map<K, Pattern> table, String folded) {
        for (Map.Entry<K, Pattern> e : table.entrySet()) {
            List<Hit<String>> hits = all(e.getValue(), folded);
            if (!hits.isEmpty()) {
                return Map.entry(e.getKey(), hits.get(0));
            }
        }
        return null;
    }
}
