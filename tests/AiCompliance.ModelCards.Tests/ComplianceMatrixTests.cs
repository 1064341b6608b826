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

    private static PolicySettings AllFrameworks => PolicySettings.Create(null, string.Join(",", Policy.Frameworks.FrameworkCatalog.All.Select(f => f.Id)), null, null, null);

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
    public void Statuses_are_the_policys_applicability_and_presence()
    {
        var settings = AllFrameworks;
        var scanned = AssemblyDeclarationReader.ReadFile(_assemblies.Full.Path);
        foreach (var card in ModelCardBuilder.Build(scanned, settings, null))
        {
            var risk = RiskContext.For(card.Model);
            foreach (var row in card.Compliance.Frameworks.SelectMany(f => f.Clauses))
            {
                foreach (var declaration in row.Declarations)
                {
                    var expected = !settings.AppliesTo(declaration.Declaration, risk)
                        ? ClauseStatus.NotApplicable
                        : DeclarationPresence.IsDeclared(declaration.Declaration.Id, card.Model, scanned.Declarations.Datasets) ? ClauseStatus.Declared : ClauseStatus.Missing;
                    Assert.Equal(expected, declaration.Status);
                }

                var statuses = row.Declarations.Select(d => d.Status).ToList();
                var expectedRow = statuses.All(s => s == ClauseStatus.NotApplicable) ? ClauseStatus.NotApplicable
                    : statuses.Contains(ClauseStatus.Missing) ? ClauseStatus.Missing : ClauseStatus.Declared;
                Assert.Equal(expectedRow, row.Status);
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

        var bare = cards.Single(c => c.Model.TypeName == "Contoso.Models.BareModel");
        // A bare [AiModel] makes its identity, and has no dataset that could lack a legal basis; nothing else.
        foreach (var declaration in bare.Compliance.Frameworks.SelectMany(f => f.Clauses).SelectMany(c => c.Declarations))
        {
            if (declaration.Status != ClauseStatus.NotApplicable)
            {
                var declared = declaration.Declaration.Id is "system-identity" or "personal-data";
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
        var facts = html.QuerySelectorAll("#compliance ~ dl dt, section#compliance dl dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToList();
        Assert.Contains(("Version", expected.Version), facts);
        Assert.Contains(("Date", expected.Date), facts);
    }
}
