package com.computefolio.service.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers on phrases of both languages, each read from folded text as the engine reads it. */
class ArticleReadersTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 11, 5);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a deal worth $38 billion over seven years | 38000000000 | USD | TOTAL_OVER_TERM",
        "some $38B | 38000000000 | USD | ABOUT",
        "US$1.25bn a month | 1250000000 | USD | PER_MONTH",
        "up to $100 billion | 100000000000 | USD | UP_TO",
        "بقيمة 38 مليار دولار | 38000000000 | USD | TOTAL_OVER_TERM",
        "أكثر من ٣٠ مليار دولار سنويًا | 30000000000 | USD | PER_YEAR",
        "ما يصل إلى 1.4 تريليون دولار | 1400000000000 | USD | UP_TO",
        "نحو ١٫٥ مليار دولار | 1500000000 | USD | ABOUT",
        "more than €2 billion euros | 2000000000 | EUR | AT_LEAST",
    })
    void readsMoneyWithItsBasis(String phrase, String amount, String currency, ValueBasis basis) {
        var hits = MoneyReader.read(FoldedText.fold(phrase));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.value().amount()).isEqualByComparingTo(amount);
            assertThat(h.value().currency()).isEqualTo(currency);
            assertThat(h.value().basis()).isEqualTo(basis);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "over seven years | 84 | true",
        "a five-year deal | 60 | true",
        "for 18 months | 18 | true",
        "على مدى السنوات السبع المقبلة | 84 | true",
        "لمدة خمس سنوات | 60 | true",
        "على مدى سنتين | 24 | true",
        "18 months ago | 18 | false",
        "over roughly five years | 60 | true",
        "a six-year cloud computing deal | 72 | true",
        "على مدى نحو ثلاث سنوات | 36 | true",
        "شراكتهما التي استمرت خمس سنوات | 60 | false",
    })
    void readsLengthsAndTellsTermsFromOtherLengths(String phrase, int months, boolean term) {
        assertThat(DurationReader.read(FoldedText.fold(phrase))).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualTo(new DurationReader.Duration(months, term)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "announced on Monday | 2025-11-03",
        "أعلنت يوم الاثنين 3 نوفمبر | 2025-11-03",
        "on November 3, 2025 | 2025-11-03",
        "في 3 تشرين الثاني | 2025-11-03",
        "يوم الخميس ٢٢ مايو ٢٠٢٥ | 2025-05-22",
        "yesterday | 2025-11-04",
        "on 28 December | 2024-12-28",
    })
    void resolvesDaysAgainstTheArticlesDate(String phrase, LocalDate day) {
        assertThat(DateReader.read(FoldedText.fold(phrase), WEDNESDAY)).singleElement()
                .satisfies(h -> assertThat(h.value().day()).isEqualTo(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"last week", "الأسبوع الماضي", "in 2024", "سبتمبر 2025", "earlier this month"})
    void readsDatesThatNameNoDayWithoutResolvingThem(String phrase) {
        assertThat(DateReader.read(FoldedText.fold(phrase), WEDNESDAY)).singleElement()
                .satisfies(h -> assertThat(h.value().day()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1.5 GW | 1.5", "10 gigawatts | 10", "1,5 غيغاواط | 1.5", "٤٫٥ جيجاواط | 4.5",
        "750 ميغاواط | 0.75", "well over a gigawatt | 1", "غيغاواط واحد | 1"})
    void readsCapacityInGigawatts(String phrase, BigDecimal gw) {
        assertThat(CapacityReader.read(FoldedText.fold(phrase))).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualByComparingTo(gw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"OpenAI signed with AWS | amazon", "اتفاق مع أمازون ويب سيرفيسز | amazon",
        "ومايكروسوفت | microsoft", "لإنفيديا | nvidia", "مع اوراكل | oracle"})
    void findsPartiesByNameTranslationAndAlias(String phrase, String party) {
        PartyFinder finder = new PartyFinder(CuratedRegister.both());
        assertThat(finder.find(FoldedText.fold(phrase))).extracting(Hit::value).contains(party);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"كشفت مصادر مطلعة", "according to people familiar with the matter", "بحسب رويترز"})
    void pressWordsMakeAFigureReported(String phrase) {
        assertThat(Cues.all(Cues.REPORTED, FoldedText.fold(phrase))).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void foldedPositionsLeadBackToTheArticlesCharacters() {
        String article = "وقّعت  OpenAI اتفاقًا بقيمة ٣٨ مليار دولار.";
        FoldedText folded = FoldedText.of(article, 0, article.length());
        var money = MoneyReader.read(folded.text()).get(0);
        assertThat(article.substring(folded.origin(money.start()), folded.originEnd(money.end()))).isEqualTo("٣٨ مليار دولار");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "starting with the Instinct MI450 | instinct mi450",
        "أنظمة Grace Blackwell | grace blackwell",
        "the MI450 chips | mi450",
    })
    void readsAHardwareModelWithTheFamilyNameWrittenBeforeIt(String phrase, String model) {
        assertThat(HardwareReader.read(FoldedText.fold(phrase))).first().satisfies(h -> assertThat(h.value()).isEqualTo(model));
    }
}
