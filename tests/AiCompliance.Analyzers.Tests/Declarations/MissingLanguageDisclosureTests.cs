using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// AIC122: a model the policy asks for an AI disclosure gives one in every language it declares. A notice in <c>vi</c>
/// serves <c>vi-VN</c> and the other way round; the notice without a language is in the first declared language; a
/// model with no notice at all is AIC115's.
/// </summary>
public sealed class MissingLanguageDisclosureTests
{
    [Fact]
    public Task Names_each_declared_language_without_a_notice_in_declaration_order() =>
        Verify<MissingLanguageDisclosureAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("citizen-assistant", Kind = ModelKind.Generative)]
            [SupportedLanguages("en", "vi-VN", "th", "fil")]
            [AiDisclosure("You are chatting with an AI assistant.")]
            [AiDisclosure("Bạn đang trò chuyện với trợ lý AI.", Language = "vi")]
            public sealed class {|#0:CitizenAssistant|} { }
            """,
            Expect.Diagnostic("AIC122").WithLocation(0).WithMessage(
                "Model 'citizen-assistant' declares no AI disclosure in th, fil: add [AiDisclosure(…)] and set AiDisclosure.Language (asean-japan-2026, asean-guide-2024 +1 more)"));

    [Fact]
    public Task The_notice_without_a_language_counts_for_the_first_declared_language_only() =>
        Verify<MissingLanguageDisclosureAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [SupportedLanguages("ms", "en")]
            [AiDisclosure("Permohonan anda dinilai dengan bantuan AI.")]
            public sealed class {|#0:CreditScorer|} { }
            """,
            Expect.Diagnostic("AIC122").WithLocation(0).WithMessage(
                "Model 'credit-scorer' declares no AI disclosure in en: add [AiDisclosure(…)] and set AiDisclosure.Language (asean-japan-2026, asean-guide-2024 +1 more)"));

    [Fact]
    public Task Leaves_covered_models_models_without_a_notice_or_languages_and_models_not_asked_alone() =>
        Verify<MissingLanguageDisclosureAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("covered", Kind = ModelKind.Generative)]
            [SupportedLanguages("th", "id", "ja")]
            [AiDisclosure("คุณกำลังสนทนากับผู้ช่วย AI")]
            [AiDisclosure("Anda sedang berbicara dengan asisten AI.", Language = "ID")]
            [AiDisclosure("AIアシスタントと会話しています。", Language = "ja-JP")]
            public sealed class Covered { }

            [AiModel("no-notice", Kind = ModelKind.Generative)]
            [SupportedLanguages("vi", "th")]
            public sealed class NoNotice { }

            [AiModel("no-languages", Kind = ModelKind.Generative)]
            [AiDisclosure("Written by an AI assistant.")]
            public sealed class NoLanguages { }

            [AiModel("spam-filter")]
            [RiskProfile(RiskLevel.Limited)]
            [SupportedLanguages("vi", "th")]
            [AiDisclosure("Filtered by an AI model.", Language = "en")]
            public sealed class SpamFilter { }
            """);
}
