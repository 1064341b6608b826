using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The acceptance test of check: on a compiled assembly it gives the same findings as the build, minus the rules that
/// need source. Same rule, same model or dataset, same message, same severity, same suppression, as a multiset.
/// </summary>
[Collection(SharedParityFixture.Name)]
public sealed class ParityTests
{
    private static readonly string[] SourceOnly = RuleCatalog.Descriptors.Where(d => d.NeedsSource).Select(d => d.Id).ToArray();

    // The fixture is compiled without the package's generator, so its assembly records no code evidence either.
    private static readonly string[] NotCheckableHere = RuleCatalog.Descriptors
        .Where(d => d.NeedsSource || RuleCatalog.All.Any(r => r.ReadsCode && r.Descriptor.Id == d.Id))
        .Select(d => d.Id)
        .ToArray();

    private readonly ParityFixture _fixture;

    public ParityTests(ParityFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Modes => new() { "minimal", "recommended", "strict" };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Check_reports_what_the_build_reports_minus_source_only_rules(string mode)
    {
        var run = await _fixture.ForModeAsync(mode);
        var scanned = AssemblyDeclarationReader.ReadFile(run.AssemblyPath);

        var build = run.Diagnostics
            .Where(d => d.Id.StartsWith("AIC", StringComparison.Ordinal) && !SourceOnly.Contains(d.Id))
            .Select(d => (d.Id, ParityFixture.SubjectOf(d, run.Compilation, scanned), ParityFixture.Level(d.Severity), d.IsSuppressed, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        var check = run.Sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (
                r.GetProperty("ruleId").GetString()!,
                ParityFixture.SubjectOf(r),
                r.GetProperty("level").GetString()!,
                r.TryGetProperty("suppressions", out var s) && s.GetArrayLength() > 0,
                r.GetProperty("message").GetProperty("text").GetString()!));

        Assert.Equal(ParityFixture.Describe(build), ParityFixture.Describe(check));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_fixture_exercises_every_kind_of_scope_and_acceptance(string mode)
    {
        var run = await _fixture.ForModeAsync(mode);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "AD0001" || d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
        var ids = run.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        // The build reports the unknown framework (AIC005); check cannot, and says so.
        Assert.Contains("AIC005", ids);
        var properties = run.Sarif.RootElement.GetProperty("runs")[0].GetProperty("properties");
        Assert.Equal(NotCheckableHere, properties.GetProperty("notCheckable").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Not checkable from this assembly", run.Check.Out, StringComparison.Ordinal);

        // Duplicate ids, stray types, datasets, and acceptances of every state.
        foreach (var rule in new[] { "AIC002", "AIC004", "AIC201", "AIC202", "AIC203", "AIC305", "AIC306", "AIC307", "AIC308" })
        {
            Assert.Contains(rule, ids);
        }

        var suppressed = run.Diagnostics.Where(d => d.IsSuppressed).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("AIC201", suppressed); // dataset findings, by an acceptance without a model
        Assert.Contains("AIC004", suppressed); // a stray nested in a model, by that model's acceptance
        Assert.Contains("AIC106", suppressed); // the blank-id model, by an acceptance without a model
        if (mode != "minimal")
        {
            Assert.Contains("AIC111", suppressed); // one model, by name
        }

        var count = run.Diagnostics.Count(d => !SourceOnly.Contains(d.Id));
        Assert.True(count >= (mode == "minimal" ? 25 : 45), $"The fixture should give a realistic number of findings ({count} in {mode} mode).");
        Assert.True(ids.Count(id => !SourceOnly.Contains(id)) >= (mode == "minimal" ? 12 : 25), $"The fixture should exercise many rules ({string.Join(", ", ids.Order(StringComparer.Ordinal))}).");
    }

    [Fact]
    public async Task Duplicate_ids_name_the_model_declared_first_in_source_as_the_build_does()
    {
        var run = await _fixture.ForModeAsync("recommended");
        var duplicate = run.Diagnostics.Single(d => d.Id == "AIC002" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("Model", StringComparison.Ordinal));
        Assert.Contains("'Contoso.Lending.ZetaLegacyScorer'", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var fromCheck = run.Sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "AIC002" && r.GetProperty("properties").GetProperty("subjectKind").GetString() == "model");
        Assert.Equal("Contoso.Lending.CreditRiskScorer", fromCheck.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_exit_code_follows_the_error_level_findings_left(string mode)
    {
        var run = await _fixture.ForModeAsync(mode);
        var errorsLeft = run.Diagnostics.Any(d => !SourceOnly.Contains(d.Id) && d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);
        Assert.True(errorsLeft); // AIC305 and AIC306 are errors in every mode
        Assert.Equal(1, run.Check.Exit);
        Assert.Equal("", run.Check.Error);
    }
}
