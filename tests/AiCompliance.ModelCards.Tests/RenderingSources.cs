namespace AiCompliance.ModelCards.Tests;

/// <summary>The source of the assembly the rendering tests read (charts, print, autolinks).</summary>
public static class RenderingSources
{
    public const string Source = """
        using AiCompliance;

        [assembly: Dataset("web-crawl", Url = "https://data.example.com/crawl?x=1",
            Description = "Mirrors www.example.org and ftp://ftp.example.net/pub; ask data-team@example.com, mailto:data@example.com or tel:+84-28-1234.")]

        namespace Contoso.Rendering
        {
            // Every latency chart (the results and both fairness assessments) shares the scale 0 to 400.
            [AiModel("latency", Kind = ModelKind.Regressor)]
            [Evaluation("latency_ms", 120, HigherIsBetter = false, Threshold = 200)]
            [Evaluation("latency_ms", 340, Slice = "mobile", HigherIsBetter = false, Threshold = 200)]
            [FairnessAssessment("region", Metric = "latency_ms", Value = 30, Groups = new[] { "north", "south" }, GroupValues = new[] { 50.0, 80.0 })]
            [FairnessAssessment("device", Metric = "latency_ms", Value = 10, Groups = new[] { "old", "new" }, GroupValues = new[] { 90.0, 100.0 })]
            public sealed class Latency { }

            [AiModel("extremes")]
            [Evaluation("score", 1e308, Threshold = -1e308)]
            [Evaluation("score", double.MaxValue, Slice = "max")]
            [Evaluation("score", double.MinValue, Slice = "min")]
            [Evaluation("score", double.Epsilon, Slice = "epsilon")]
            [FairnessAssessment("age", Metric = "gap", Value = -1e-300, Groups = new[] { "a", "b", "c" }, GroupValues = new[] { 1e308, -1e308, 5e-324 })]
            public sealed class Extremes { }

            [AiModel("linked", Description = "See https://example.com/model, http://example.com and WWW.EXAMPLE.COM/docs.")]
            [AccountableOwner("Risk team", Contact = "credit-ai@example.com")]
            [TrainedOn("web-crawl")]
            public sealed class Linked { }
        }
        """;
}
