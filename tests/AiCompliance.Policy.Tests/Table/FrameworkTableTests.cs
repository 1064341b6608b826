using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Table;

/// <summary>
/// The framework table is consistent: unique ids, one instance per framework, well-formed metadata, every data file
/// listed. These checks hold for any set of frameworks, so adding one needs no edit here.
/// </summary>
public sealed class FrameworkTableTests
{
    // The frameworks of the first release, in their documented order: a new framework may go anywhere among them, but
    // these stay and keep their relative order (shipped configurations and reports name them).
    private static readonly string[] FirstReleaseIds =
    {
        "asean-japan-2026", "asean-guide-2024", "asean-genai-2025", "hiroshima-coc", "oecd-haip-rf", "jp-aigfb",
        "eu-ai-act", "nist-ai-rmf", "aiverify", "iso-42001", "unga-78-265", "vn-ai-law-2025",
    };

    [Fact]
    public void The_first_release_frameworks_are_still_listed_in_their_order()
    {
        var ids = FrameworkCatalog.All.Select(f => f.Id).ToList();
        var positions = FirstReleaseIds.Select(id => ids.IndexOf(id)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.OrderBy(p => p), positions);
    }

    [Fact]
    public void Every_listed_data_file_is_in_the_table_in_the_order_of_its_position()
    {
        var listings = Listings();
        Assert.NotEmpty(listings);
        Assert.Equal(listings.Count, FrameworkCatalog.All.Count);
        Assert.Equal(listings.OrderBy(l => l.Position).Select(l => l.Framework.Id), FrameworkCatalog.All.Select(f => f.Id));
    }

    [Fact]
    public void Listing_positions_are_unique()
    {
        var repeated = Listings().GroupBy(l => l.Position).Where(g => g.Count() > 1)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(l => l.Framework.Id))).ToList();
        Assert.True(repeated.Count == 0, "Frameworks share a [ListedAt] position: " + string.Join("; ", repeated));
    }

    [Fact]
    public void Every_framework_factory_is_listed()
    {
        // A data file whose factory lacks [ListedAt] would silently stay out of the table.
        var unlisted = FrameworkFactories().Where(m => ListedAt(m) is null).Select(m => m.Name).ToList();
        Assert.True(unlisted.Count == 0, "Framework factories without [ListedAt]: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void Every_framework_is_cited_by_a_declaration_or_a_sector()
    {
        // A framework nothing cites would expect nothing when selected.
        var cited = DeclarationCatalog.All.SelectMany(d => d.References).Select(r => r.FrameworkId)
            .Concat(Enum.GetValues<Sector>().SelectMany(HighImpactSectorCatalog.For).Select(r => r.FrameworkId))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(FrameworkCatalog.All, f => Assert.Contains(f.Id, cited));
    }

    [Fact]
    public void Framework_ids_are_unique()
    {
        var ids = FrameworkCatalog.All.Select(f => f.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Clause_ids_are_unique_within_each_framework()
    {
        foreach (var framework in FrameworkCatalog.All)
        {
            var duplicates = framework.Clauses.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{framework.Id} repeats clause ids: {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void All_and_Find_hand_out_the_same_instances()
    {
        foreach (var framework in FrameworkCatalog.All)
        {
            Assert.Same(framework, FrameworkCatalog.Find(framework.Id));
        }

        Assert.Same(FrameworkCatalog.All[0], FrameworkCatalog.All[0]);
        Assert.Null(FrameworkCatalog.Find("no-such-framework"));
        Assert.Null(FrameworkCatalog.Find("EU-AI-ACT"));
    }

    [Fact]
    public void Every_clause_knows_its_framework_and_is_found_by_id()
    {
        foreach (var framework in FrameworkCatalog.All)
        {
            Assert.NotEmpty(framework.Clauses);
            foreach (var clause in framework.Clauses)
            {
                Assert.Same(framework, clause.Framework);
                Assert.Same(clause, framework.FindClause(clause.Id));
                Assert.Equal(framework.Id + " " + clause.Id, clause.ToString());
            }
        }
    }

    [Fact]
    public void Metadata_is_filled_in_and_well_formed()
    {
        foreach (var framework in FrameworkCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(framework.Title), framework.Id);
            Assert.False(string.IsNullOrWhiteSpace(framework.Version), framework.Id);
            Assert.False(string.IsNullOrWhiteSpace(framework.Publisher), framework.Id);
            Assert.False(string.IsNullOrWhiteSpace(framework.Bindingness), framework.Id);
            Assert.Matches(new Regex(@"^\d{4}(-\d{2}(-\d{2})?)?$"), framework.Date);
            Assert.True(framework.Url is null || framework.Url.StartsWith("https://", StringComparison.Ordinal), framework.Id);
            Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), framework.Id);
        }
    }

    [Fact]
    public void Clause_titles_are_short_single_line_paraphrases()
    {
        foreach (var clause in FrameworkCatalog.All.SelectMany(f => f.Clauses))
        {
            Assert.False(string.IsNullOrWhiteSpace(clause.Title), clause.ToString());
            Assert.True(clause.Title.Length <= 200, $"{clause} has a {clause.Title.Length}-character title.");
            Assert.DoesNotContain('\n', clause.Title);
            Assert.DoesNotContain('|', clause.Title);
            Assert.False(string.IsNullOrWhiteSpace(clause.Id), clause.ToString());
            Assert.DoesNotContain(' ', clause.Id);
        }
    }

    [Fact]
    public void The_joint_statement_has_its_sixteen_paragraphs()
    {
        var statement = FrameworkCatalog.Find("asean-japan-2026")!;
        Assert.Equal(Enumerable.Range(1, 16).Select(n => "para" + n), statement.Clauses.Select(c => c.Id));
        Assert.All(statement.Clauses, c => Assert.Equal(Confidence.High, c.Confidence));
    }

    [Fact]
    public void Every_default_framework_exists()
    {
        Assert.NotEmpty(PolicySettings.DefaultFrameworkIds);
        foreach (var id in PolicySettings.DefaultFrameworkIds)
        {
            Assert.NotNull(FrameworkCatalog.Find(id));
        }
    }

    [Fact]
    public void Uncertain_ids_are_marked()
    {
        // Spot checks of confidence marks the research settled; they decide what messages flag as "to verify".
        Assert.All(FrameworkCatalog.Find("vn-ai-law-2025")!.Clauses, c => Assert.Equal(Confidence.Low, c.Confidence));
        Assert.Equal(Confidence.Medium, FrameworkCatalog.Find("asean-guide-2024")!.FindClause("C2.HITL")!.Confidence);
        Assert.Equal(Confidence.Low, FrameworkCatalog.Find("unga-78-265")!.FindClause("T8")!.Confidence);
        Assert.Equal(Confidence.Low, FrameworkCatalog.Find("jp-aigfb")!.FindClause("D-3ii")!.Confidence);
        Assert.Equal(Confidence.High, FrameworkCatalog.Find("hiroshima-coc")!.FindClause("A11")!.Confidence);
    }

    private static IEnumerable<MethodInfo> FrameworkFactories() =>
        typeof(FrameworkCatalog).GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.ReturnType == typeof(Framework) && m.GetParameters().Length == 0);

    private static int? ListedAt(MethodInfo factory)
    {
        // The attribute is private to the catalogue; read its position by name.
        var listing = factory.GetCustomAttributes(inherit: false).SingleOrDefault(a => a.GetType().Name == "ListedAtAttribute");
        return listing is null ? null : (int)listing.GetType().GetProperty("Position")!.GetValue(listing)!;
    }

    private static List<(int Position, Framework Framework)> Listings() =>
        FrameworkFactories()
            .Where(m => ListedAt(m) is not null)
            .Select(m => (ListedAt(m)!.Value, (Framework)m.Invoke(null, null)!))
            .ToList();
}
