using System;
using System.Linq;
using System.Text.Json;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// Issue 11, case 6, as reported: a release that adds a model with no declaration and replaces a model's text by the
/// code fixes' placeholders. The diff called it neutral and strengthening and exited 0; it now weakens and exits 1.
/// </summary>
public sealed class DiffPlaceholderTests : IDisposable
{
    private const string Released = """
        using AiCompliance;

        namespace Contoso
        {
            [AiModel("scorer", Kind = ModelKind.Classifier)]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [IntendedUse("Score consumer loans")]
            [AccountableOwner("Credit Risk", Contact = "risk@example.com")]
            [SecurityAssessment(SecurityTest.RedTeaming, Findings = "No high findings.")]
            public sealed class Scorer
            {
            }
        }
        """;

    private const string Next = """
        using AiCompliance;

        namespace Contoso
        {
            [AiModel("scorer", Kind = ModelKind.Classifier)]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [IntendedUse("")]
            [AccountableOwner("TODO: owner", Contact = "risk@example.com")]
            [SecurityAssessment(SecurityTest.RedTeaming, Findings = "TODO: findings")]
            [Explainability("TODO: method")]
            public sealed class Scorer
            {
            }

            [AiModel("chat")]
            public sealed class Chat
            {
            }

            // All the minimal policy asks, not all the recommended one does.
            [AiModel("faq", Kind = ModelKind.Classifier)]
            [RiskProfile(RiskLevel.Limited)]
            [IntendedUse("Route customer questions")]
            [AccountableOwner("Digital Channels", Contact = "digital@example.com")]
            public sealed class Faq
            {
            }
        }
        """;

    private readonly TempDirectory _directory = new("aicompliance-diff-placeholders");
    private readonly string _released;
    private readonly string _next;

    public DiffPlaceholderTests()
    {
        _released = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Loans", Released, "1.0.0"), _directory.Combine("v1/Contoso.Loans.dll"));
        _next = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Loans", Next, "1.1.0"), _directory.Combine("v2/Contoso.Loans.dll"));
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Placeholders_replacing_text_and_an_undeclared_new_model_weaken_and_fail()
    {
        var result = CliRunner.Run("diff", _released, _next, "--format", "json");

        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var changes = document.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => string.Join(" | ", c.GetProperty("subject").GetProperty("id").GetString(), c.GetProperty("declaration").GetString(), c.GetProperty("property").GetString(), c.GetProperty("kind").GetString(), c.GetProperty("severity").GetString()))
            .ToList();
        Assert.Equal(
            new[]
            {
                "chat | Model |  | modelAddedIncomplete | weakening",
                "faq | Model |  | modelAddedIncomplete | weakening",
                "scorer | IntendedUse | Purpose | textReplacedByPlaceholder | weakening",
                "scorer | AccountableOwner | Owner | textReplacedByPlaceholder | weakening",
                "scorer | SecurityAssessment | Findings | textReplacedByPlaceholder | weakening",
                "scorer | Explainability |  | incompleteDeclarationAdded | neutral",
            },
            changes);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(5, summary.GetProperty("weakening").GetInt32());
        Assert.Equal(0, summary.GetProperty("strengthening").GetInt32());
        Assert.True(summary.GetProperty("hasWeakening").GetBoolean());

        var chat = document.RootElement.GetProperty("changes")[0];
        Assert.StartsWith("Contoso.Chat (intended-purpose: missing, ", chat.GetProperty("new").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_mode_decides_what_a_new_model_must_declare()
    {
        var minimal = CliRunner.Run("diff", _released, _next, "--format", "json", "--mode", "minimal");

        using var document = JsonDocument.Parse(minimal.Out);
        var added = document.RootElement.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("declaration").GetString() == "Model")
            .Select(c => c.GetProperty("subject").GetProperty("id").GetString() + " " + c.GetProperty("kind").GetString() + " " + c.GetProperty("severity").GetString() + " " + c.GetProperty("new").GetString())
            .ToList();
        Assert.Equal(
            new[]
            {
                "chat modelAddedIncomplete weakening Contoso.Chat (intended-purpose: missing, risk-classification: missing, accountable-owner: missing)",
                "faq modelAdded neutral Contoso.Faq",
            },
            added);

        // The placeholders still weaken: only a new model's expectations depend on the policy.
        Assert.Equal(1, minimal.Exit);
        Assert.Equal(4, document.RootElement.GetProperty("summary").GetProperty("weakening").GetInt32());
    }

    [Theory]
    [InlineData("--mode", "strict2")]
    [InlineData("--frameworks", "no-such-framework")]
    public void An_unknown_policy_is_a_usage_error(string option, string value)
    {
        var result = CliRunner.Run("diff", _released, _next, option, value);

        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.StartsWith("aicompliance: error: ", result.Error, StringComparison.Ordinal);
    }
}
