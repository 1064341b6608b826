using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Analyzers.Tests.Robustness;

/// <summary>
/// Sources to break: every C# file of the samples plus snippets that use every attribute and every AI API shape, and
/// seeded mutations of them (truncations and deleted tokens), as an editor produces them between keystrokes.
/// </summary>
internal static class RobustnessCorpus
{
    public const int Seed = 20260115;

    public static readonly string EveryDeclaration = """
        using System;
        using AiCompliance;

        [assembly: Dataset("loans-2024", Name = "Loans", Version = "2024.2", Source = "Core banking", Url = "https://data.example.com/loans",
            License = "LicenseRef-Internal", CollectionMethod = "Applications", PersonalData = PersonalDataKind.Personal,
            LegalBasis = "Contract", Regions = new[] { "VN", "SG" }, Languages = new[] { "vi", "en" }, KnownBias = "Urban-heavy", Description = "Loans")]
        [assembly: RiskAcceptance("AIC111", Model = "credit-scorer", Approver = "CRO", Until = "2026-12-31", Justification = "Study in Q1.", Reference = "R-1")]

        namespace Bank.Credit;

        [AiModel("credit-scorer", Name = "Credit scorer", Version = "2.1.0", Kind = ModelKind.Classifier, Provider = "Bank",
            BaseModel = "none", License = "LicenseRef-Internal", Description = "Scores loans")]
        [RiskProfile(RiskLevel.High, Sector.Finance, Sector.General, Rationale = "Credit access")]
        [IntendedUse("Score loans", Users = new[] { "Credit officers" }, OutOfScope = new[] { "Mortgages" })]
        [KnownLimitation("Thin files", Mitigation = "Manual review")]
        [ImpactAssessment("DPIA-1", Date = "2026-03-02", AssessedBy = "Committee", Summary = "Acceptable")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Officer", CanOverride = true, CanStop = true, Justification = "Every decision")]
        [AccountableOwner("Retail Credit", Contact = "credit-ai@example.com", Role = "Owner")]
        [TrainedOn("loans-2024")]
        [Evaluation("auc", 0.86, Dataset = "loans-2024", Slice = "age 18-25", Threshold = 0.8, HigherIsBetter = true, ConfidenceLow = 0.84, ConfidenceHigh = 0.88)]
        [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Threshold = 0.05, Groups = new[] { "f", "m" }, GroupValues = new[] { 0.41, 0.44 }, Mitigation = "Reweighing")]
        [SecurityAssessment(SecurityTest.RedTeaming | SecurityTest.PromptInjection, Date = "2026-05-10", Reference = "SEC-1", Findings = "None open", PerformedBy = "Red team")]
        [Explainability("Reason codes", Description = "Top four")]
        [AiDisclosure("AI-assisted decision")]
        [ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata, Standard = "C2PA 2.1")]
        [SupportedLanguages("vi", "en-SG", "zh-Hant")]
        [DataResidency("SG", "VN")]
        [DataTransfer("VN", "SG", Mechanism = "ASEAN MCC", Safeguards = "Encryption")]
        [DecisionLogging("Inputs and outputs", RetentionDays = 2555)]
        [Monitoring("ai-incidents@example.com", DriftMonitoring = true, ReviewIntervalDays = 90)]
        [ComputeFootprint(TrainingEnergyKWh = 12.5, Co2eKg = 5.1, Hardware = "1x L4", Region = "SG")]
        public sealed partial class CreditScorer<TInput> where TInput : class
        {
            [AiModel("inner")] private sealed class Inner { }
            public double Score(TInput input) => input is null ? 0 : 0.5;
        }

        [RiskProfile(RiskLevel.Prohibited)]
        public partial class CreditScorer<TInput> { }

        [KnownLimitation("stray")]
        public record Stray(int X);
        """;

    public static readonly string AiUsage = """
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using AiCompliance;

        public sealed class SupportBot(IChatClient chat)
        {
            private readonly ChatClient? _raw;
            public IEmbeddingGenerator<string, Embedding<float>>? Embedder { get; set; }
            public async System.Threading.Tasks.Task<string> AskAsync(string question) => (await chat.GetResponseAsync(question)).Text;
        }

        public static class ChatExtensions
        {
            public static System.Threading.Tasks.Task<ChatResponse> Ask(this IChatClient client, string q) => client.GetResponseAsync(q);
        }

        [AiModel("wrapped")]
        public sealed class Wrapped
        {
            private sealed class Inner(IChatClient client) { public IChatClient Client => client; }
        }
        """;

    /// <summary>The samples' C# sources (skipping build output), by path relative to the repository.</summary>
    public static IReadOnlyList<(string Name, string Text)> Samples()
    {
        var root = Testing.RepositoryRoot.Combine("samples");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>The source cut off at <paramref name="count"/> evenly spread points (never at 0 or the end).</summary>
    public static IEnumerable<string> Truncations(string source, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return source.Substring(0, (int)((long)source.Length * i / (count + 1)));
        }
    }

    /// <summary>The source with one to three random tokens deleted, <paramref name="count"/> times, from a fixed seed.</summary>
    public static IEnumerable<string> TokenDeletions(string source, int count, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        if (tokens.Length == 0)
        {
            yield break;
        }

        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var removed = new HashSet<int>();
            var deletions = random.Next(1, 4);
            for (var d = 0; d < deletions; d++)
            {
                removed.Add(random.Next(tokens.Length));
            }

            var text = new StringBuilder(source);
            foreach (var index in removed.OrderByDescending(x => x))
            {
                text.Remove(tokens[index].SpanStart, tokens[index].Span.Length);
            }

            yield return text.ToString();
        }
    }
}
