using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Every format lists the risk acceptances active for the model on the real date (as the build judges them, whatever
/// date the card carries), with the rule, approver, last day, justification and reference; the date is printed only
/// when there is one, so other cards do not change by the day. The real date is pinned here, never the wall clock.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class RiskAcceptanceCardTests
{
    private static readonly DateTimeOffset CardDate = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTime RealToday = new(2026, 11, 21);

    private readonly TestAssemblies _assemblies;

    public RiskAcceptanceCardTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private IReadOnlyDictionary<string, byte[]> Dated => CardFiles.Generate(_assemblies.Accepted.Path, new ModelCardOptions { Date = CardDate, Settings = On(RealToday) });

    private static Policy.PolicySettings On(DateTime realToday) => Policy.PolicySettings.Default.WithRealToday(realToday);

    [Fact]
    public void The_reader_binds_every_risk_acceptance_in_declaration_order()
    {
        var acceptances = Reading.AssemblyDeclarationReader.ReadFile(_assemblies.Accepted.Path).Declarations.RiskAcceptances;
        Assert.Equal(new[] { "AIC111", "AIC120", "AIC113", "AIC114", "AIC115", "AIC104" }, acceptances.Select(a => a.RuleId));
        Assert.Equal("RISK-2026-118", acceptances[0].Reference);
        Assert.Null(acceptances[1].Model);
        Assert.Null(acceptances[3].Approver);

        // The same as the analyzers bind from source.
        Assert.Equal(
            DeclarationDump.AcceptancesWithRoslyn(_assemblies.Accepted.Compilation).Select(DeclarationDump.Dump),
            acceptances.Select(DeclarationDump.Dump));
    }

    [Fact]
    public void The_json_card_lists_the_active_acceptances_of_its_model_and_those_for_every_model()
    {
        using var card = JsonDocument.Parse(Dated["credit-risk-scorer.json"]);
        var section = card.RootElement.GetProperty("riskAcceptances");
        Assert.Equal("2026-11-21", section.GetProperty("activeOn").GetString());
        var list = section.GetProperty("acceptances").EnumerateArray().ToList();

        // Not the expired AIC113, the malformed AIC114 and AIC104 (too long), nor the assistant's AIC115.
        Assert.Equal(new[] { "AIC111", "AIC120" }, list.Select(a => a.GetProperty("ruleId").GetString()));
        Assert.Equal("Model declares no fairness assessment", list[0].GetProperty("ruleTitle").GetString());
        Assert.Equal("credit-risk-scorer", list[0].GetProperty("model").GetString());
        Assert.Equal("Chief Risk Officer", list[0].GetProperty("approver").GetString());
        Assert.Equal("2026-12-31", list[0].GetProperty("until").GetString());
        Assert.Equal("Fairness study runs in Q1; interim manual review.", list[0].GetProperty("justification").GetString());
        Assert.Equal("RISK-2026-118", list[0].GetProperty("reference").GetString());
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("model").ValueKind);
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("reference").ValueKind);

        using var assistant = JsonDocument.Parse(Dated["chat-assistant.json"]);
        Assert.Equal(new[] { "AIC120", "AIC115" }, assistant.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void The_real_date_decides_which_acceptances_are_active()
    {
        // On 2026-12-20 the assistant's acceptance (until 2026-12-15) has lapsed; on 2026-09-01 AIC113 is still active.
        using var later = JsonDocument.Parse(CardFiles.Generate(_assemblies.Accepted.Path, new ModelCardOptions { Settings = On(new DateTime(2026, 12, 20)) })["chat-assistant.json"]);
        Assert.Equal(new[] { "AIC120" }, later.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
        using var earlier = JsonDocument.Parse(CardFiles.Generate(_assemblies.Accepted.Path, new ModelCardOptions { Settings = On(new DateTime(2026, 9, 1)) })["credit-risk-scorer.json"]);
        Assert.Equal(new[] { "AIC111", "AIC120", "AIC113" }, earlier.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
        Assert.Equal("2026-09-01", earlier.RootElement.GetProperty("riskAcceptances").GetProperty("activeOn").GetString());
    }

    [Fact]
    public void A_card_date_or_a_pinned_date_in_the_past_never_revives_a_lapsed_acceptance()
    {
        // Dated 2026-09-01 and pinned to it, generated on 2026-12-20: AIC113 (until 2026-10-01) and the assistant's
        // AIC115 (until 2026-12-15) have lapsed, as the build says; the section says which day decided.
        var options = new ModelCardOptions
        {
            Date = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero),
            Settings = On(new DateTime(2026, 12, 20)).WithToday(new DateTime(2026, 9, 1)),
        };
        var files = CardFiles.Generate(_assemblies.Accepted.Path, options);
        using var scorer = JsonDocument.Parse(files["credit-risk-scorer.json"]);
        Assert.Equal("2026-09-01", scorer.RootElement.GetProperty("date").GetString()?[..10]);
        Assert.Equal("2026-12-20", scorer.RootElement.GetProperty("riskAcceptances").GetProperty("activeOn").GetString());
        Assert.Equal(new[] { "AIC111", "AIC120" }, scorer.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
        using var assistant = JsonDocument.Parse(files["chat-assistant.json"]);
        Assert.Equal(new[] { "AIC120" }, assistant.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void The_markdown_and_html_cards_show_the_section_with_its_date()
    {
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(Dated["credit-risk-scorer.md"]));
        var markdown = CardFiles.RenderMarkdown(body);
        var heading = markdown.QuerySelectorAll("h2").Single(h => h.TextContent.StartsWith("Risk Acceptances", StringComparison.Ordinal));
        Assert.Equal("Risk Acceptances (active on 2026-11-21)", heading.TextContent);
        var table = markdown.QuerySelectorAll("table").Single(t => t.QuerySelector("th")?.TextContent == "Rule");
        Assert.Equal(new[] { "Rule", "Applies to", "Approver", "Until", "Justification", "Reference" }, table.QuerySelectorAll("th").Select(h => h.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(new[] { "AIC111 Model declares no fairness assessment", "credit-risk-scorer", "Chief Risk Officer", "2026-12-31", "Fairness study runs in Q1; interim manual review.", "RISK-2026-118" }, rows[0]);
        Assert.Equal("every model and dataset", rows[1][1]);
        Assert.Equal("Footprint | measured <b>next</b> quarter", rows[1][4]); // escaped, not markup

        var html = CardFiles.ParseHtml(CardFiles.Text(Dated["credit-risk-scorer.html"]));
        Assert.Contains(html.QuerySelectorAll("h2"), h => h.TextContent == "Risk Acceptances (active on 2026-11-21)");
        var htmlTable = html.QuerySelector("table.acceptances")!;
        Assert.Equal(2, htmlTable.QuerySelectorAll("tbody tr").Length);
        Assert.Empty(htmlTable.QuerySelectorAll("b"));
    }

    [Fact]
    public void A_card_without_acceptances_prints_no_date()
    {
        // The Full assembly declares no acceptance at all.
        var files = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Date = CardDate });
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["bare.md"]));
        var heading = CardFiles.RenderMarkdown(body).QuerySelectorAll("h2").Single(h => h.TextContent.StartsWith("Risk Acceptances", StringComparison.Ordinal));
        Assert.Equal("Risk Acceptances", heading.TextContent);
        Assert.Contains("No risk acceptance is active for this model.", body, StringComparison.Ordinal);

        // Undated cards without acceptances are the same from day to day (both clocks), until a declared date falls
        // due: the fixture's assessments (2026-03-02, 2026-05-10) are current on both days.
        var one = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Settings = On(new DateTime(2026, 5, 11)).WithToday(new DateTime(2026, 5, 11)) });
        var two = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Settings = On(new DateTime(2027, 3, 1)).WithToday(new DateTime(2027, 3, 1)) });
        Assert.Equal(one.Keys, two.Keys);
        foreach (var (name, content) in one)
        {
            Assert.True(content.AsSpan().SequenceEqual(two[name]), name);
        }

        // With acceptances, an undated BOM's serial number changes with the day that decided them.
        var before = CardFiles.Generate(_assemblies.Accepted.Path, new ModelCardOptions { Settings = On(new DateTime(2026, 11, 21)) });
        var after = CardFiles.Generate(_assemblies.Accepted.Path, new ModelCardOptions { Settings = On(new DateTime(2026, 11, 22)) });
        using var bomBefore = JsonDocument.Parse(before["Contoso.Accepted.cdx.json"]);
        using var bomAfter = JsonDocument.Parse(after["Contoso.Accepted.cdx.json"]);
        Assert.NotEqual(bomBefore.RootElement.GetProperty("serialNumber").GetString(), bomAfter.RootElement.GetProperty("serialNumber").GetString());
    }

    [Fact]
    public void The_bom_carries_the_acceptances_as_aicompliance_properties()
    {
        using var bom = JsonDocument.Parse(Dated["Contoso.Accepted.cdx.json"]);
        var scorer = bom.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == "model:credit-risk-scorer");
        var properties = scorer.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)).ToList();
        Assert.Contains(("aicompliance:acceptance:date", "2026-11-21"), properties);
        Assert.Contains(("aicompliance:acceptance:0:rule", "AIC111"), properties);
        Assert.Contains(("aicompliance:acceptance:0:ruleTitle", "Model declares no fairness assessment"), properties);
        Assert.Contains(("aicompliance:acceptance:0:model", "credit-risk-scorer"), properties);
        Assert.Contains(("aicompliance:acceptance:0:approver", "Chief Risk Officer"), properties);
        Assert.Contains(("aicompliance:acceptance:0:until", "2026-12-31"), properties);
        Assert.Contains(("aicompliance:acceptance:0:justification", "Fairness study runs in Q1; interim manual review."), properties);
        Assert.Contains(("aicompliance:acceptance:0:reference", "RISK-2026-118"), properties);
        Assert.Contains(("aicompliance:acceptance:1:rule", "AIC120"), properties);
        Assert.DoesNotContain(properties, p => p.Item1 == "aicompliance:acceptance:1:model");
        Assert.DoesNotContain(properties, p => p.Item1.StartsWith("aicompliance:acceptance:2:", StringComparison.Ordinal));

        var other = bom.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == "model:no-acceptance-here");
        Assert.Contains(other.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "aicompliance:acceptance:0:rule" && p.GetProperty("value").GetString() == "AIC120");
    }

    [Fact]
    public void The_cli_judges_acceptances_on_the_real_date_whatever_date_or_source_date_epoch_say()
    {
        // Real date 2026-11-21: the assistant's AIC115 (until 2026-12-15) is active, though the card is dated after it.
        var withDate = _assemblies.NewDirectory("accept-date");
        Assert.Equal(0, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", withDate, "--date", "2026-12-20", "-q"));
        using (var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(withDate, "chat-assistant.json"))))
        {
            Assert.Equal("2026-11-21", card.RootElement.GetProperty("riskAcceptances").GetProperty("activeOn").GetString());
            Assert.Equal(new[] { "AIC120", "AIC115" }, card.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray().Select(a => a.GetProperty("ruleId").GetString()));
        }

        var withEpoch = _assemblies.NewDirectory("accept-epoch");
        Assert.Equal(0, CliRunnerForCards.Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1789000000" }, "card", _assemblies.Accepted.Path, "-o", withEpoch, "-q"));
        using (var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(withEpoch, "chat-assistant.json"))))
        {
            Assert.Equal("2026-11-21", card.RootElement.GetProperty("riskAcceptances").GetProperty("activeOn").GetString());
        }

        // The same bytes on a second run the same day.
        var first = _assemblies.NewDirectory("accept-today-1");
        var second = _assemblies.NewDirectory("accept-today-2");
        Assert.Equal(0, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", first, "-q"));
        Assert.Equal(0, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", second, "-q"));
        foreach (var file in Directory.GetFiles(first))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }

        // --max-acceptance-days (the build passes AiComplianceMaxAcceptanceDays) lets the two-year acceptance count.
        var longer = _assemblies.NewDirectory("accept-long");
        Assert.Equal(0, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", longer, "--max-acceptance-days", "800", "-q"));
        using (var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(longer, "credit-risk-scorer.json"))))
        {
            Assert.Contains(card.RootElement.GetProperty("riskAcceptances").GetProperty("acceptances").EnumerateArray(), a => a.GetProperty("ruleId").GetString() == "AIC104");
        }

        Assert.Equal(2, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", longer, "--max-acceptance-days", "forever"));
        Assert.Equal(2, CliRunnerForCards.Run(null, "card", _assemblies.Accepted.Path, "-o", longer, "--max-acceptance-days", "2147483647"));
    }

    [Fact]
    public async Task Cards_with_acceptances_validate_against_their_schemas()
    {
        var directory = CardFiles.WriteAll(Dated, _assemblies.NewDirectory("accept-schema"));
        var files = CardFiles.Files(_assemblies.Accepted.Path, new ModelCardOptions { Date = CardDate, Settings = On(RealToday) });
        string[] Paths(ICardFormat format) => files.Where(f => f.Format == format).Select(f => Path.Combine(directory, f.Name)).ToArray();
        var results = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, Paths(CardFormats.Json));
        Assert.All(results, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        var bom = await SchemaValidator.ValidateCycloneDxAsync(Paths(CardFormats.CycloneDx));
        Assert.All(bom, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
    }

    /// <summary>The CLI in process; only the exit code matters here.</summary>
    private static class CliRunnerForCards
    {
        public static int Run(Dictionary<string, string?>? environment, params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            return new Cli.CliApplication(output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null, RealToday).Run(args);
        }
    }
}
