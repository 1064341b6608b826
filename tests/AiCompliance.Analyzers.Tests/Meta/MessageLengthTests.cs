using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// A message is one line a developer reads in the error list: what is wrong and what to write. It names frameworks by
/// id only (the clauses are in the diagnostic's properties and on the rule's page), so with ids of a typical length it
/// stays within <see cref="MaxLength"/> characters, whatever the rule.
/// </summary>
public sealed class MessageLengthTests
{
    /// <summary>The budget of a message about models and datasets whose ids are at most 16 characters long.</summary>
    public const int MaxLength = 160;

    // Every model and dataset id is 10 to 16 characters long; one compilation in strict mode makes every rule fire.
    private const string Source = """
        using AiCompliance;

        [assembly: Dataset("loans-2024", License = "Not-SPDX", PersonalData = PersonalDataKind.Sensitive, Regions = new[] { "VN", "XX" }, Languages = new[] { "english" })]
        [assembly: Dataset("LOANS-2024", License = "MIT")]
        [assembly: Dataset("faq-pages-2024")]
        [assembly: RiskAcceptance("AIC113", Model = "loan-scorer", Approver = "CISO", Until = "2026-10-01", Justification = "Pen test booked.")]
        [assembly: RiskAcceptance("AIC114", Model = "loan-scorer", Until = "2026-12-31")]
        [assembly: RiskAcceptance("AIC204", Model = "loan-scorer", Approver = "Head of Data", Until = "2026-12-31", Justification = "Versioning next.")]

        namespace Bank
        {
            [AiModel("loan-scorer", Kind = ModelKind.Generative)]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            public sealed class LoanScorer
            {
            }

            [AiModel("chat-helper-2026", Kind = ModelKind.Generative)]
            [TrainedOn("faq-pages-2024", "unknown-set")]
            [SupportedLanguages("vi", "th", "fil")]
            [AiDisclosure("Bạn đang trò chuyện với trợ lý AI.", Language = "vi")]
            [Evaluation("accuracy", 0.9, Language = "vi")]
            public sealed class ChatHelper
            {
                public string Ask(string prompt) => prompt;
            }

            [AiModel("fraud-checker", Version = "v3", License = "MIT")]
            [RiskProfile(RiskLevel.Limited, Sector.Finance)]
            [IntendedUse("TODO")]
            [AccountableOwner("Fraud Ops", Contact = "not-an-address")]
            [ImpactAssessment("RISK-1", Date = "2026-13-01")]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = "2020-01-01")]
            [Evaluation("auc", 0.7, Threshold = 0.8)]
            [Evaluation("accuracy", 87)]
            [Evaluation("f1", 0.8, Evidence = "eval/none.json")]
            [Evaluation("recall", 0.8, Evidence = "eval/results.json", EvidenceSha256 = "0000000000000000000000000000000000000000000000000000000000000000")]
            [TrainedOn("loans-2024")]
            [DataResidency("SG", "JP")]
            [DataTransfer("VN", "JP")]
            [SupportedLanguages("english")]
            public sealed class FraudChecker
            {
            }

            [AiModel("essay-grader")]
            [RiskProfile(RiskLevel.High, Sector.Education)]
            [HumanOversight(OversightMode.HumanOutOfTheLoop)]
            public sealed class EssayGrader
            {
            }

            [AiModel("TestProject.cdx")]
            public sealed class BomNamed
            {
            }

            [AiModel("social-scorer")]
            [RiskProfile(RiskLevel.Prohibited)]
            public sealed class SocialScorer
            {
            }

            [AiModel("pay-agent-2026", BaseModel = "gpt-4o-mini")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            [DataResidency("SG", "JP")]
            public sealed class PayAgent
            {
                private readonly OpenAI.Chat.ChatClient _chat = new("gpt-4.1-mini-2025", "key");
                private readonly OpenAI.OpenAIClientOptions _options = new() { Endpoint = new System.Uri("https://api.openai.com/v1") };

                public object Transfer() => Microsoft.Extensions.AI.AIFunctionFactory.Create((decimal amount) => amount, "transfer_money_now");

                public Microsoft.Extensions.AI.ChatMessage Greet([PersonalData] string customerEmail) => new(Microsoft.Extensions.AI.ChatRole.System, "Greet " + customerEmail);
            }

            [Microsoft.AspNetCore.Mvc.ApiController]
            public sealed class PersonaController : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                public Microsoft.Extensions.AI.ChatMessage Persona([Microsoft.AspNetCore.Mvc.FromQuery] string assistantPersona) =>
                    new(Microsoft.Extensions.AI.ChatRole.System, "You are " + assistantPersona);
            }

            [IntendedUse("Formats prompts")]
            public sealed class PromptHelper
            {
                public string Ask(string prompt) => new Contoso.Llm.Completion().Complete(prompt);
            }
        }
        """;

    [Fact]
    public async Task Every_rule_fires_on_the_sample_and_no_message_exceeds_the_budget()
    {
        var diagnostics = await AnalyzeAsync();
        var fired = diagnostics.Select(d => d.Id).Where(id => id.StartsWith("AIC", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.Descriptors.Select(r => r.Id).Order(StringComparer.Ordinal), fired.Order(StringComparer.Ordinal));
        var tooLong = diagnostics
            .Select(d => (d.Id, Message: d.GetMessage(CultureInfo.InvariantCulture)))
            .Where(d => d.Id.StartsWith("AIC", StringComparison.Ordinal) && d.Message.Length > MaxLength)
            .Select(d => d.Id + " (" + d.Message.Length + "): " + d.Message)
            .ToList();
        Assert.True(tooLong.Count == 0, "Messages over " + MaxLength + " characters:" + Environment.NewLine + string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public async Task A_missing_declaration_says_which_attribute_to_add_and_carries_its_clauses_as_properties()
    {
        var oversight = (await AnalyzeAsync()).Single(d => d.Id == "AIC105" && d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start).StartsWith("LoanScorer", StringComparison.Ordinal));

        Assert.Equal(
            "Model 'loan-scorer' declares no human oversight: add [HumanOversight(…)] (asean-japan-2026, asean-guide-2024 +3 more)",
            oversight.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("asean-japan-2026,asean-guide-2024,asean-genai-2025,hiroshima-coc,jp-aigfb", oversight.Properties[FindingCitation.FrameworksProperty]);
        Assert.Equal(
            "asean-japan-2026 para1; asean-guide-2024 C2, C2.HITL, C2.HOTL, C2.HOOTL, B4; asean-genai-2025 RISK-1 (to verify), REC-3 (to verify); hiroshima-coc A1 (to verify); jp-aigfb II-C1, II-C3, U-2i (to verify)",
            oversight.Properties[FindingCitation.ClausesProperty]);
        Assert.Equal("High, Finance, Generative", oversight.Properties[FindingCitation.RiskProperty]);
    }

    [Fact]
    public async Task A_diagnostic_is_formatted_in_the_culture_roslyn_asks_for_with_english_as_the_fallback()
    {
        var diagnostics = await AnalyzeAsync();
        var oversight = diagnostics.First(d => d.Id == "AIC105");
        var prohibited = diagnostics.Single(d => d.Id == "AIC305");

        // Roslyn hands the culture to the arguments too, so what is missing, what to add and "+3 more" follow it; the
        // attribute syntax and the framework ids are code and stay as written.
        Assert.Equal(
            "モデル 'loan-scorer' は人間による監督を宣言していません: [HumanOversight(…)] を追加 (asean-japan-2026, asean-guide-2024 ほか 3 件)",
            oversight.GetMessage(CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal(
            "Model 'loan-scorer' declares no human oversight: add [HumanOversight(…)] (asean-japan-2026, asean-guide-2024 +3 more)",
            oversight.GetMessage(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(
            "モデル 'social-scorer' は RiskLevel.Prohibited と宣言されています。禁止された AI の利用は、構築も展開もしてはなりません",
            prohibited.GetMessage(CultureInfo.GetCultureInfo("ja")));
        Assert.Equal("モデルが人間による監督を宣言していない", oversight.Descriptor.Title.ToString(CultureInfo.GetCultureInfo("ja")));
        Assert.Equal(
            "Model 'social-scorer' is declared RiskLevel.Prohibited: a prohibited AI practice must not be built or deployed",
            prohibited.GetMessage(CultureInfo.GetCultureInfo("de-DE")));
    }

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync()
    {
        var llm = StubAssembly.Compile("Contoso.Llm", """
            namespace Contoso.Llm
            {
                public sealed class Completion { public string Complete(string prompt) => prompt; }
            }
            """);
        var project = new AnalysisProject(Source);
        project.Analyzers.AddRange(AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly));
        project.References.Add(llm);
        project.References.AddRange(Structure.AiLibraries.OpenAi);
        project.References.Add(Structure.AiLibraries.AiAbstractions);
        project.References.AddRange(CodeEvidence.CodeEvidenceLibraries.AspNetCore([.. ReferenceAssemblies.Net, .. project.References]));
        project.AdditionalFiles.Add(("/0/eval/results.json", "{ \"format\": \"aicompliance-evidence/1\", \"evaluations\": [ { \"metric\": \"recall\", \"value\": 0.6734 } ] }"));
        project.GlobalOptions["build_property.AiComplianceMode"] = "strict";
        project.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        project.GlobalOptions["aicompliance.ai_api_namespaces"] = "Contoso.Llm";
        project.GlobalOptions["aicompliance.assessment_max_age_days"] = "a year";
        return await project.ComputeDiagnosticsAsync();
    }
}
