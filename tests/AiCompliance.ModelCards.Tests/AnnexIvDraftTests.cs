using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.Cli;
using AiCompliance.ModelCards.AnnexIv;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.Declarations;
using AiCompliance.Testing;
using AngleSharp.Dom;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RiskLevel = AiCompliance.Policy.RiskLevel;
using Sector = AiCompliance.Policy.Sector;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The EU AI Act Annex IV draft: written by the CreditScoring sample's build and by the CLI, parsed back (Markdown with
/// Markdig, HTML with AngleSharp): points 1 to 9 in order, every gap named by the declaration that would fill it, a
/// header that says draft and never "complies"; not written by default for a model Annex IV does not concern.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed partial class AnnexIvDraftTests
{
    private const string CreditModel = "credit-risk-scorer";

    private static readonly string[] PointNumbers = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private readonly TestAssemblies _assemblies;

    public AnnexIvDraftTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private static string Configuration =>
        typeof(AnnexIvDraftTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    private static string SampleOutput(string sample) => RepositoryRoot.Combine("samples", sample, "bin", Configuration, "net10.0");

    private static string CreditCards => Path.Combine(SampleOutput("CreditScoring"), "model-cards");

    [GeneratedRegex(@"^\[(?<assembly>assembly: )?(?<kind>[A-Za-z]+)\(…(, (?<property>[A-Za-z0-9]+) = …)?\)\]$")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"\bcompl(ies|iant|y)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComplianceClaim();

    [Fact]
    public void The_credit_scoring_build_writes_a_markdown_draft_with_points_1_to_9_in_order_and_gaps_named_by_declarations()
    {
        var markdown = File.ReadAllText(Path.Combine(CreditCards, CreditModel + ".annex-iv.md"));
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        var title = Assert.Single(document.Descendants<HeadingBlock>(), h => h.Level == 1);
        Assert.Equal("EU AI Act Annex IV technical documentation (draft): Consumer credit risk scorer", InlineText(title.Inline));
        var points = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => InlineText(h.Inline)).Where(h => char.IsDigit(h[0])).ToList();
        Assert.Equal(PointNumbers, points.Select(p => p[..p.IndexOf('.', StringComparison.Ordinal)]));
        Assert.Equal("1. General description of the AI system", points[0]);

        var header = string.Join("\n", document.Descendants<QuoteBlock>().Take(2).Select(q => InlineText(((ParagraphBlock)q[0]).Inline)));
        Assert.StartsWith("Draft generated from declarations; not legal advice.", header, StringComparison.Ordinal);
        Assert.Contains("The provider must complete it", header, StringComparison.Ordinal);
        Assert.Contains("Why this draft: Annex IV concerns this model by its declarations: the model declares RiskLevel.High", header, StringComparison.Ordinal);
        Assert.DoesNotMatch(ComplianceClaim(), markdown);

        var summary = MarkdownSummaryGaps(document);
        Assert.NotEmpty(summary);
        Assert.Contains(("2(c)", "[ComputeFootprint(…)]"), summary);
        Assert.All(summary, gap => AssertNamesADeclaration(gap.Declaration));
        // Each gap of the summary is shown in its point too, and no point has a gap the summary leaves out.
        Assert.Equal(summary.Select(g => (Point(g.Label), g.Declaration)).Order(), MarkdownPointGaps(document).Order());
    }

    [Fact]
    public void The_credit_scoring_build_writes_the_same_draft_as_an_html_page_with_lang_no_script_and_the_same_gaps()
    {
        var html = File.ReadAllText(Path.Combine(CreditCards, CreditModel + ".annex-iv.html"));
        var document = CardFiles.ParseHtml(html);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, img, link"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.StartsWith("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.DoesNotMatch(ComplianceClaim(), document.Body!.TextContent);
        Assert.StartsWith("Draft generated from declarations; not legal advice.", document.QuerySelector("#draft-notice p")!.TextContent, StringComparison.Ordinal);

        var points = document.QuerySelectorAll("main > section[id^='point-']").ToList();
        Assert.Equal(PointNumbers.Select(n => "point-" + n), points.Select(s => s.Id));
        Assert.Equal(PointNumbers, points.Select(s => s.QuerySelector("h2")!.TextContent.Split('.')[0]));

        var summary = document.QuerySelectorAll("#gaps li.gap").Select(HtmlGap).ToList();
        Assert.Contains(("2(c)", "[ComputeFootprint(…)]"), summary);
        Assert.All(summary, gap => AssertNamesADeclaration(gap.Declaration));
        var inPoints = points.SelectMany(s => s.QuerySelectorAll("li.gap").Select(li => (Point: s.Id!["point-".Length..], HtmlGap(li).Declaration, Label: HtmlGap(li).Label))).ToList();
        Assert.All(inPoints, g => Assert.Equal(g.Point, Point(g.Label)));
        Assert.Equal(summary.Order(), inPoints.Select(g => (g.Label, g.Declaration)).Order());

        var markdown = MarkdownSummaryGaps(Markdown.Parse(File.ReadAllText(Path.Combine(CreditCards, CreditModel + ".annex-iv.md"))));
        Assert.Equal(markdown, summary);
    }

    [Fact]
    public void The_cli_writes_the_draft_the_build_wrote_for_a_model_annex_iv_concerns_without_a_notice()
    {
        var output = _assemblies.NewDirectory("annex-cli-credit");

        var result = Cli("card", Path.Combine(SampleOutput("CreditScoring"), "CreditScoring.dll"), "--format", "annex-iv,annex-iv-html", "--out", output);

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("notice", result.Out, StringComparison.Ordinal);
        Assert.Equal([CreditModel + ".annex-iv.html", CreditModel + ".annex-iv.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(CreditCards, CreditModel + ".annex-iv.md")), File.ReadAllBytes(Path.Combine(output, CreditModel + ".annex-iv.md")));
    }

    [Fact]
    public void A_model_annex_iv_does_not_concern_gets_no_draft_by_default_and_one_with_a_notice_on_request()
    {
        var assembly = Path.Combine(SampleOutput("GettingStarted"), "GettingStarted.dll");
        var byDefault = _assemblies.NewDirectory("annex-cli-default");
        var onRequest = _assemblies.NewDirectory("annex-cli-request");

        var plain = Cli("card", assembly, "--out", byDefault);
        var asked = Cli("card", assembly, "--format", "md,annex-iv", "--out", onRequest);

        Assert.Equal(0, plain.Exit);
        Assert.DoesNotContain(Directory.GetFiles(byDefault), f => f.Contains(".annex-iv.", StringComparison.Ordinal));
        Assert.DoesNotContain("Annex IV", plain.Out, StringComparison.Ordinal);
        Assert.Equal(0, asked.Exit);
        Assert.Equal(
            ["refund-assistant.annex-iv.md", "refund-assistant.md", "review-sentiment.annex-iv.md", "review-sentiment.md"],
            Directory.GetFiles(onRequest).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(
            "aicompliance: notice: Annex IV draft (annex-iv) written on request for 'review-sentiment', which Annex IV may not concern: the model declares no risk profile ([RiskProfile]), so nothing says it is high risk under the EU AI Act.",
            asked.Out,
            StringComparison.Ordinal);
        var draft = Markdown.Parse(File.ReadAllText(Path.Combine(onRequest, "review-sentiment.annex-iv.md")));
        var note = InlineText(((ParagraphBlock)draft.Descendants<QuoteBlock>().ElementAt(1)[0]).Inline);
        Assert.StartsWith("Written on request: Annex IV may not concern this model: the model declares no risk profile", note, StringComparison.Ordinal);
        Assert.Contains(("5", "[RiskProfile(…)]"), MarkdownSummaryGaps(draft).Select(g => (Point(g.Label), g.Declaration)));
    }

    [Fact]
    public void The_generator_writes_scoped_formats_by_default_only_for_the_models_they_concern_and_for_every_model_when_named()
    {
        var scanned = Scanned(
            Model("loans", new RiskProfileDeclaration { Level = RiskLevel.High, Sectors = [Sector.Finance] }),
            Model("chat", new RiskProfileDeclaration { Level = RiskLevel.Limited }));

        var byDefault = ModelCardGenerator.Generate(scanned, new ModelCardOptions()).Select(f => f.Name).ToList();
        var named = ModelCardGenerator.Generate(scanned, new ModelCardOptions { Formats = [CardFormats.AnnexIv, CardFormats.AnnexIvHtml] }).Select(f => f.Name).ToList();

        Assert.Equal(["loans.annex-iv.md", "loans.annex-iv.html"], byDefault.Where(n => n.Contains(".annex-iv.", StringComparison.Ordinal)));
        Assert.Contains("chat.md", byDefault);
        Assert.Equal(["loans.annex-iv.md", "loans.annex-iv.html", "chat.annex-iv.md", "chat.annex-iv.html"], named);
    }

    [Fact]
    public void A_model_id_ending_like_the_draft_file_does_not_take_the_name_of_another_models_draft()
    {
        var high = new RiskProfileDeclaration { Level = RiskLevel.High };
        var scanned = Scanned(Model("loans", high), Model("loans.annex-iv", high));

        var names = ModelCardGenerator.Generate(scanned, new ModelCardOptions { Formats = [CardFormats.Markdown, CardFormats.AnnexIv] }).Select(f => f.Name).ToList();

        var hashed = AiCompliance.Policy.Declarations.CardFileNames.Wanted("loans.annex-iv");
        Assert.StartsWith("loans.annex-iv-", hashed, StringComparison.Ordinal);
        Assert.Equal(["loans.md", "loans.annex-iv.md", hashed + ".md", hashed + ".annex-iv.md"], names);
    }

    [Fact]
    public void The_file_name_rules_know_every_two_part_card_extension()
    {
        var infixes = CardFormats.All.OfType<IModelCardFormat>()
            .Select(f => f.Extension)
            .Where(e => e.IndexOf('.', 1) > 0)
            .Select(e => e[..e.IndexOf('.', 1)])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal);

        Assert.Equal(infixes, AiCompliance.Policy.Declarations.CardFileNames.FormatInfixes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_placeholder_declaration_is_shown_and_is_a_gap_with_the_status_the_cards_give_it()
    {
        var model = Model("loans", new RiskProfileDeclaration { Level = RiskLevel.High, Sectors = [Sector.Finance] }) with
        {
            IntendedUse = new IntendedUseDeclaration { Purpose = "TODO" },
        };

        var files = ModelCardGenerator.Generate(Scanned(model), new ModelCardOptions { Formats = [CardFormats.AnnexIv] });
        var markdown = CardFiles.Text(CardFiles.OnlyOf(files, CardFormats.AnnexIv));

        Assert.Contains("- **Intended purpose:** TODO\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Gap:** the intended purpose: declare `[IntendedUse(…)]` (incomplete", markdown, StringComparison.Ordinal);
        var gaps = MarkdownSummaryGaps(Markdown.Parse(markdown));
        Assert.Contains(("1(a)", "[IntendedUse(…)]"), gaps);
        Assert.Contains(("1(a)", "[AiModel(…, Provider = …)]"), gaps);
        Assert.Contains(("5", "[ImpactAssessment(…)]"), gaps);
        Assert.DoesNotContain(gaps, g => g.Declaration == "[RiskProfile(…)]");
    }

    [Theory]
    [InlineData(RiskLevel.High, new Sector[0], true)]
    [InlineData(RiskLevel.Limited, new[] { Sector.Finance }, true)]
    [InlineData(RiskLevel.Minimal, new[] { Sector.Healthcare }, true)]
    [InlineData(RiskLevel.Limited, new[] { Sector.Employment }, true)]
    [InlineData(RiskLevel.Limited, new Sector[0], false)]
    [InlineData(RiskLevel.Minimal, new[] { Sector.General }, false)]
    [InlineData(RiskLevel.Prohibited, new[] { Sector.Biometrics }, false)]
    public void Annex_iv_concerns_high_risk_models_and_annex_iii_sectors_but_not_prohibited_practices(RiskLevel level, Sector[] sectors, bool concerned)
    {
        var relevance = AnnexIvRelevance.For(Model("m", new RiskProfileDeclaration { Level = level, Sectors = sectors }));

        Assert.Equal(concerned, relevance.IsRelevant);
        Assert.Equal(concerned && level != RiskLevel.High, relevance.Clauses.Count > 0);
        Assert.All(relevance.Clauses, c => Assert.Equal("eu-ai-act", c.FrameworkId));
    }

    [Fact]
    public void A_model_without_a_risk_profile_is_not_concerned_and_the_reason_names_the_declaration()
    {
        var relevance = AnnexIvRelevance.For(Model("m", null));

        Assert.False(relevance.IsRelevant);
        Assert.Equal("the model declares no risk profile ([RiskProfile]), so nothing says it is high risk under the EU AI Act", relevance.Reason);
    }

    [Fact]
    public void Hostile_declarations_add_no_heading_point_or_element_to_the_draft()
    {
        var files = CardFiles.Files(_assemblies.Hostile.Path);
        var markdown = CardFiles.Text(CardFiles.OnlyOf(files, CardFormats.AnnexIv));
        var html = CardFiles.ParseHtml(CardFiles.Text(CardFiles.OnlyOf(files, CardFormats.AnnexIvHtml)));

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.Single(document.Descendants<HeadingBlock>(), h => h.Level == 1);
        Assert.Equal(PointNumbers, document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => InlineText(h.Inline)).Where(h => char.IsDigit(h[0])).Select(h => h[..1]));
        Assert.Empty(document.Descendants<HtmlBlock>());
        string[] allowed = ["html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "strong", "em", "bdi", "ul", "li", "code", "dl", "dt", "dd", "footer"];
        Assert.All(html.All, e => Assert.Contains(e.LocalName, allowed));
        Assert.Equal(PointNumbers.Select(n => "point-" + n), html.QuerySelectorAll("main > section[id^='point-']").Select(s => s.Id));
    }

    private static void AssertNamesADeclaration(string declaration)
    {
        var match = DeclarationPattern().Match(declaration);
        Assert.True(match.Success, declaration);
        var kind = DeclarationKinds.All.SingleOrDefault(k => k.ShortName == match.Groups["kind"].Value);
        Assert.True(kind is not null, declaration + " names no SDK attribute.");
        Assert.Equal(kind!.Scope == DeclarationScope.Assembly, match.Groups["assembly"].Success);
        if (match.Groups["property"].Success)
        {
            Assert.True(kind.Property(match.Groups["property"].Value) is not null, declaration + " names no property of " + kind.ShortName + ".");
        }
    }

    /// <summary>The point a sub-point label belongs to: "2(c)" → "2".</summary>
    private static string Point(string label) => label.Split('(')[0];

    private static List<(string Label, string Declaration)> MarkdownSummaryGaps(MarkdownDocument document)
    {
        var blocks = document.ToList();
        var heading = blocks.FindIndex(b => b is HeadingBlock { Level: 2 } h && InlineText(h.Inline) == "Gaps: declarations that would fill this draft");
        Assert.True(heading >= 0, "The draft has no gaps section.");
        if (blocks[heading + 1] is not ListBlock list)
        {
            return [];
        }

        return list.Cast<ListItemBlock>().Select(item =>
        {
            var inline = ((ParagraphBlock)item[0]).Inline!;
            var label = InlineText((ContainerInline)inline.FirstChild!);
            return (label, Assert.Single(inline.Descendants<CodeInline>()).Content);
        }).ToList();
    }

    /// <summary>The "Gap:" items under each numbered point, as (point number, declaration).</summary>
    private static List<(string Point, string Declaration)> MarkdownPointGaps(MarkdownDocument document)
    {
        var gaps = new List<(string, string)>();
        string? point = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                var text = InlineText(heading.Inline);
                point = char.IsDigit(text[0]) ? text[..text.IndexOf('.', StringComparison.Ordinal)] : null;
            }
            else if (point is not null && block is ListBlock list)
            {
                foreach (var item in list.Cast<ListItemBlock>())
                {
                    var inline = ((ParagraphBlock)item[0]).Inline!;
                    if (inline.FirstChild is EmphasisInline strong && InlineText(strong) == "Gap:")
                    {
                        gaps.Add((point, Assert.Single(inline.Descendants<CodeInline>()).Content));
                    }
                }
            }
        }

        return gaps;
    }

    private static (string Label, string Declaration) HtmlGap(IElement item) =>
        (item.GetAttribute("data-point")!, Assert.Single(item.QuerySelectorAll("code")).TextContent);

    private static string InlineText(ContainerInline? inline) =>
        string.Concat(inline?.Descendants<LeafInline>().Select(l => l switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }) ?? []);

    private static ModelDeclarations Model(string id, RiskProfileDeclaration? risk) =>
        new() { TypeName = "Bank." + id, Identity = new ModelIdentity { Id = id }, RiskProfile = risk };

    private static ScannedAssembly Scanned(params ModelDeclarations[] models) =>
        new(new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = models, Datasets = [] }, Guid.Empty, new string('0', 64), null);

    private static (int Exit, string Out, string Error) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = new CliApplication(output, error, _ => null).Run(args);
        return (exit, output.ToString(), error.ToString());
    }
}
