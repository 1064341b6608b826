using System.Linq;
using System.Text.Json;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The compliance matrix follows the policy tables, whatever they hold: every row is a real clause that some
/// declaration cites, every cited clause has a row, and each status is what the policy's own definitions give.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class ComplianceMatrixTests
{
    private readonly TestAssemblies _assemblies;

    public ComplianceMatrixTests(TestAssemblies assemblies) => _assemblies = assemblies;

    // A fixed day, after the fixture's assessment dates and within a year of them: no date is in the future or out of date.
    private static PolicySettings AllFrameworks => PolicySettings.Create(null, string.Join(",", Policy.Frameworks.FrameworkCatalog.All.Select(f => f.Id)), null, null, null)
        .WithToday(new System.DateTime(2026, 6, 1));

    [Fact]
    public void Every_row_is_a_clause_of_its_framework_cited_by_each_of_its_declarations_and_every_citation_has_a_row()
    {
        var settings = AllFrameworks;
        var scanned = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path);
        foreach (var card in ModelCardBuilder.Build(scanned, settings, null))
        {
            Assert.Equal(settings.Frameworks.Select(f => f.Id), card.Compliance.Frameworks.Select(f => f.Framework.Id));
            foreach (var framework in card.Compliance.Frameworks)
            {
                foreach (var row in framework.Clauses)
                {
                    Assert.NotNull(row.Clause);
                    Assert.Same(framework.Framework.FindClause(row.ClauseId), row.Clause);
                    Assert.NotEmpty(row.Declarations);
                    Assert.All(row.Declarations, d => Assert.Contains(settings.SelectedReferences(d.Declaration), r => r.FrameworkId == framework.Framework.Id && r.ClauseId == row.ClauseId));
                }

                var cited = DeclarationCatalog.All
                    .SelectMany(d => settings.SelectedReferences(d))
                    .Where(r => r.FrameworkId == framework.Framework.Id)
                    .Select(r => r.ClauseId)
                    .Distinct()
                    .Order(System.StringComparer.Ordinal);
                Assert.Equal(cited, framework.Clauses.Select(c => c.ClauseId).Order(System.StringComparer.Ordinal));

                // Rows follow the framework's own order.
                var order = framework.Framework.Clauses.Select(c => c.Id).ToList();
                Assert.Equal(framework.Clauses.Select(c => order.IndexOf(c.ClauseId)).Order(), framework.Clauses.Select(c => order.IndexOf(c.ClauseId)));
            }
        }
    }

    [Fact]
    public void Statuses_are_the_policys_applicability_and_declaration_status()
    {
        var settings = AllFrameworks;
        var scanned = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path);
        foreach (var card in ModelCardBuilder.Build(scanned, settings, null))
        {
            var risk = RiskContext.For(card.Model);
            var declared = DeclarationStatuses.Of(card.Model, scanned.Declarations.Datasets, settings);
            foreach (var row in card.Compliance.Frameworks.SelectMany(f => f.Clauses))
            {
                foreach (var declaration in row.Declarations)
                {
                    var expected = !settings.AppliesTo(declaration.Declaration, risk)
                        ? ClauseStatus.NotApplicable
                        : ComplianceMatrix.From(declared.Status(declaration.Declaration.Id));
                    Assert.Equal(expected, declaration.Status);
                }

                // Only the declarations the clause cites decide its row: the gravest of the applicable ones.
                var applicable = row.Declarations.Where(d => d.Status != ClauseStatus.NotApplicable).Select(d => declared.Status(d.Declaration.Id)).ToList();
                var expectedRow = applicable.Count == 0 ? ClauseStatus.NotApplicable : ComplianceMatrix.From(applicable.Max());
                Assert.Equal(expectedRow, row.Status);
                Assert.Equal(row.Declarations.Where(d => d.Status is not (ClauseStatus.Declared or ClauseStatus.NotApplicable)), row.NotDeclared);
                Assert.Equal(row.Declarations.Where(d => d.Status == ClauseStatus.Missing).Select(d => d.Declaration), row.Missing);
                Assert.Equal(row.Declarations.All(d => d.ToVerify), row.ToVerify);
            }
        }
    }

    [Fact]
    public void A_model_that_declares_everything_has_nothing_missing_and_a_bare_one_misses_what_applies()
    {
        var settings = AllFrameworks;
        var cards = ModelCardBuilder.Build(AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path), settings, null);

        var complete = cards.Single(c => c.Model.TypeName == "Contoso.Models.CreditRiskScorer");
        Assert.DoesNotContain(complete.Compliance.Frameworks.SelectMany(f => f.Clauses), c => c.Status == ClauseStatus.Missing);

        // What the fixture gets wrong on purpose is not declared: a training dataset nobody declares ("missing-set"),
        // which leaves provenance, personal data and licences (asked of any model that names data) incomplete, and a
        // fairness assessment with two values for three groups.
        Assert.True(complete.IsIncomplete);
        Assert.Equal(
            new[] { ("data-provenance", DeclarationStatus.Incomplete), ("fairness-evaluation", DeclarationStatus.Invalid), ("ip-copyright", DeclarationStatus.Incomplete), ("personal-data", DeclarationStatus.Incomplete) },
            complete.NotDeclared.Select(e => (e.Id, e.Status)).OrderBy(e => e.Id, System.StringComparer.Ordinal));

        var bare = cards.Single(c => c.Model.TypeName == "Contoso.Models.BareModel");
        // A bare [AiModel] makes its identity and nothing else: without a dataset nothing says whether it processes personal data.
        foreach (var declaration in bare.Compliance.Frameworks.SelectMany(f => f.Clauses).SelectMany(c => c.Declarations))
        {
            if (declaration.Status != ClauseStatus.NotApplicable)
            {
                var declared = declaration.Declaration.Id is "system-identity";
                Assert.Equal(declared ? ClauseStatus.Declared : ClauseStatus.Missing, declaration.Status);
            }
        }
    }

    [Fact]
    public void The_selected_frameworks_and_their_versions_are_what_the_cards_show()
    {
        var settings = PolicySettings.Create(null, "asean-japan-2026", null, null, null);
        var files = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Settings = settings });

        using var json = JsonDocument.Parse(files["bare.json"]);
        var framework = Assert.Single(json.RootElement.GetProperty("compliance").GetProperty("frameworks").EnumerateArray());
        var expected = Policy.Frameworks.FrameworkCatalog.Find("asean-japan-2026")!;
        Assert.Equal(expected.Id, framework.GetProperty("id").GetString());
        Assert.Equal(expected.Version, framework.GetProperty("version").GetString());
        Assert.Equal(expected.Date, framework.GetProperty("date").GetString());

        var html = CardFiles.ParseHtml(CardFiles.Text(files["bare.html"]));
        var facts = html.QuerySelectorAll("#framework-coverage ~ dl dt, section#framework-coverage dl dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToList();
        Assert.Contains(("Version", expected.Version), facts);
        Assert.Contains(("Date", expected.Date), facts);
    }
}
