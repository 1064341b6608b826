using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Values;
using AiCompliance.CodeFixes.Values;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Values;

/// <summary>
/// The AIC201–AIC204 fixes write in the one valid spelling the validator suggests, in the literal the diagnostic is on,
/// and offer nothing when the value needs a decision or is not a string literal.
/// </summary>
public sealed class CorrectValueFixTests
{
    // AIC201

    [Fact]
    public Task AIC201_fixes_model_and_dataset_licences() =>
        Fix<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("faq", License = [|"CC BY 4.0"|])]
            [assembly: Dataset("news", License = [|"cc0"|])]

            [AiModel("a", License = [|"Apache2"|])] public sealed class A { }
            [AiModel("b", License = [|"MIT or Apache-2.0"|])] public sealed class B { }
            [AiModel("c", License = [|"mit and (apache-2.0 or cc by 4.0)"|])] public sealed class C { }
            [AiModel("d", License = "mit")] public sealed class D { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("faq", License = "CC-BY-4.0")]
            [assembly: Dataset("news", License = "CC0-1.0")]

            [AiModel("a", License = "Apache-2.0")] public sealed class A { }
            [AiModel("b", License = "MIT OR Apache-2.0")] public sealed class B { }
            [AiModel("c", License = "MIT AND (Apache-2.0 OR CC-BY-4.0)")] public sealed class C { }
            [AiModel("d", License = "mit")] public sealed class D { }
            """);

    [Fact]
    public Task AIC201_keeps_verbatim_and_raw_literals_and_the_trivia_around_them() =>
        Fix<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>(
            """"
            using AiCompliance;

            [AiModel("a", License = /* before */ [|@"mit or apache-2.0"|] /* after */)] public sealed class A { }
            [AiModel("b", License = [|"""Apache2"""|])] public sealed class B { }
            [AiModel("c", License = [|"""
                MIT
                or Apache-2.0
                """|])]
            public sealed class C { }
            [AiModel("d", License = [|"MIT\tor Apache-2.0"|])] public sealed class D { }
            """",
            """"
            using AiCompliance;

            [AiModel("a", License = /* before */ @"MIT OR Apache-2.0" /* after */)] public sealed class A { }
            [AiModel("b", License = """Apache-2.0""")] public sealed class B { }
            [AiModel("c", License = """
                MIT
                OR Apache-2.0
                """)]
            public sealed class C { }
            [AiModel("d", License = "MIT\tOR Apache-2.0")] public sealed class D { }
            """");

    [Fact]
    public Task AIC201_offers_nothing_for_an_ambiguous_licence_or_a_value_that_is_not_a_literal() =>
        NoFix<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("a", License = [|"GPLv3"|])] public sealed class A { }
            [AiModel("b", License = [|"BSD"|])] public sealed class B { }
            [AiModel("c", License = [|"MIT/Apache-2.0"|])] public sealed class C { }
            [AiModel("d", License = [|Licences.Apache|])] public sealed class D { }
            [AiModel("e", License = [|"Apache" + "2"|])] public sealed class E { }
            [AiModel("f", License = [|$"Apache2"|])] public sealed class F { }
            [AiModel("g", License = [|$"{Licences.Apache} or MIT"|])] public sealed class G { }

            internal static class Licences
            {
                public const string Apache = "Apache2";
            }
            """);

    [Fact]
    public async Task AIC201_titles_the_fix_with_the_value_it_writes()
    {
        Assert.Equal(["Use 'Apache-2.0'"], await TitlesAsync<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>("""[AiCompliance.AiModel("a", License = "Apache 2.0")] public sealed class A { }"""));
        Assert.Equal(["Use 'MIT OR Apache-2.0'"], await TitlesAsync<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>("""[AiCompliance.AiModel("a", License = "MIT\n  or Apache-2.0")] public sealed class A { }"""));
        Assert.Empty(await TitlesAsync<InvalidLicenseAnalyzer, InvalidLicenseCodeFixProvider>("""[AiCompliance.AiModel("a", License = "GPLv3")] public sealed class A { }"""));
    }

    // AIC202

    [Fact]
    public Task AIC202_fixes_each_tag_of_a_params_array_where_it_is_written() =>
        Fix<InvalidLanguageTagAnalyzer, InvalidLanguageTagCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("citizen-assistant")]
            [SupportedLanguages("vi", [|"en_US"|], "th", [|"eng"|], [|"iw"|], [|"English"|], [|"zh-CHS"|], [|"en-UK"|], [|"vie-VN"|])]
            public sealed class CitizenAssistant { }
            """,
            """
            using AiCompliance;

            [AiModel("citizen-assistant")]
            [SupportedLanguages("vi", "en-US", "th", "en", "he", "en", "zh-Hans", "en-GB", "vi-VN")]
            public sealed class CitizenAssistant { }
            """);

    [Fact]
    public Task AIC202_fixes_the_language_of_a_disclosure_and_a_result() =>
        Fix<InvalidLanguageTagAnalyzer, InvalidLanguageTagCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("citizen-assistant")]
            [AiDisclosure("AIアシスタントです。", Language = [|"ja_JP"|])]
            [Evaluation("accuracy", 0.9, Language = [|"eng"|])]
            public sealed class CitizenAssistant { }
            """,
            """
            using AiCompliance;

            [AiModel("citizen-assistant")]
            [AiDisclosure("AIアシスタントです。", Language = "ja-JP")]
            [Evaluation("accuracy", 0.9, Language = "en")]
            public sealed class CitizenAssistant { }
            """);

    [Fact]
    public Task AIC202_fixes_dataset_languages_in_collection_expressions_and_array_initializers_and_leaves_the_rest() =>
        Fix<InvalidLanguageTagAnalyzer, InvalidLanguageTagCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("faq", Languages = ["vi", [|"EN_us"|], [|"jp"|], [|"khm"|]])]
            [assembly: Dataset("news", Languages = new[] { [|"en-USA"|], "zh-Hant-TW", [|"en-EU"|] })]
            """,
            """
            using AiCompliance;

            [assembly: Dataset("faq", Languages = ["vi", "en-US", [|"jp"|], "km"])]
            [assembly: Dataset("news", Languages = new[] { "en-US", "zh-Hant-TW", [|"en-EU"|] })]
            """);

    [Fact]
    public Task AIC202_fix_all_fixes_every_document_of_the_project()
    {
        var test = new CodeFixTest { CodeFix = new InvalidLanguageTagCodeFixProvider(), CodeActionEquivalenceKey = "AIC202" };
        test.Analyzers.Add(new InvalidLanguageTagAnalyzer());
        test.TestState.Sources.Add("""
            [AiCompliance.AiModel("a")]
            [AiCompliance.SupportedLanguages([|"en_SG"|], [|"msa"|])]
            public sealed class A { }
            """);
        test.TestState.Sources.Add("""
            [assembly: AiCompliance.Dataset("faq", Languages = [[|"Vietnamese"|], [|"in"|]])]
            """);
        test.FixedState.Sources.Add("""
            [AiCompliance.AiModel("a")]
            [AiCompliance.SupportedLanguages("en-SG", "ms")]
            public sealed class A { }
            """);
        test.FixedState.Sources.Add("""
            [assembly: AiCompliance.Dataset("faq", Languages = ["vi", "id"])]
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task AIC202_offers_nothing_without_a_single_answer() =>
        NoFix<InvalidLanguageTagAnalyzer, InvalidLanguageTagCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("a")]
            [SupportedLanguages([|"jp"|], [|"en-EU"|], [|"Klingon"|], [|Tags.English|])]
            public sealed class A { }

            internal static class Tags
            {
                public const string English = "en_US";
            }
            """);

    // AIC203

    [Fact]
    public Task AIC203_fixes_residency_transfer_and_dataset_regions_and_leaves_EU() =>
        Fix<InvalidRegionAnalyzer, InvalidRegionCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("loans", Regions = new[] { [|"VNM"|], [|"EU"|], [|"th"|] })]
            [assembly: Dataset("faq", Regions = [[|"Singapore"|], [|" MY"|]])]

            [AiModel("credit-scorer")]
            [DataResidency("SG", [|"UK"|])]
            [DataTransfer([|"vn"|], "SG")]
            [DataTransfer(toRegion: [|"702"|], fromRegion: [|"TH "|])]
            public sealed class CreditScorer { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("loans", Regions = new[] { "VN", [|"EU"|], "TH" })]
            [assembly: Dataset("faq", Regions = ["SG", "MY"])]

            [AiModel("credit-scorer")]
            [DataResidency("SG", "GB")]
            [DataTransfer("VN", "SG")]
            [DataTransfer(toRegion: "SG", fromRegion: "TH")]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task AIC203_offers_nothing_without_a_single_country() =>
        NoFix<InvalidRegionAnalyzer, InvalidRegionCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("a")]
            [DataResidency([|"EU"|], [|"AN"|], [|"ASEAN"|], [|"150"|], [|Regions.UnitedKingdom|])]
            public sealed class A { }

            internal static class Regions
            {
                public const string UnitedKingdom = "UK";
            }
            """);

    // AIC204

    [Fact]
    public Task AIC204_fixes_model_versions() =>
        Fix<InvalidVersionAnalyzer, InvalidVersionCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("a", Version = [|"v1.2.0"|])] public sealed class A { }
            [AiModel("b", Version = [|"1.02.0"|])] public sealed class B { }
            [AiModel("c", Version = [|"1.2"|])] public sealed class C { }
            [AiModel("d", Version = [|"V2.0-rc.01"|])] public sealed class D { }
            [AiModel("e", Version = "2.0.0-rc.1+build.05")] public sealed class E { }
            """,
            """
            using AiCompliance;

            [AiModel("a", Version = "1.2.0")] public sealed class A { }
            [AiModel("b", Version = "1.2.0")] public sealed class B { }
            [AiModel("c", Version = "1.2.0")] public sealed class C { }
            [AiModel("d", Version = "2.0.0-rc.1")] public sealed class D { }
            [AiModel("e", Version = "2.0.0-rc.1+build.05")] public sealed class E { }
            """);

    [Fact]
    public Task AIC204_offers_nothing_for_versions_that_need_a_decision() =>
        NoFix<InvalidVersionAnalyzer, InvalidVersionCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("a", Version = [|"1.2.3.4"|])] public sealed class A { }
            [AiModel("b", Version = [|"latest"|])] public sealed class B { }
            [AiModel("c", Version = [|Versions.Current|])] public sealed class C { }

            internal static class Versions
            {
                public const string Current = "v1.2.0";
            }
            """);

    [Fact]
    public void The_fixes_are_exported_for_their_rules_with_fix_all()
    {
        var fixes = AnalyzerAssemblies.CodeFixes(typeof(CorrectValueCodeFixProvider).Assembly);
        foreach (var (provider, id) in new (CodeFixProvider, string)[]
                 {
                     (new InvalidLicenseCodeFixProvider(), "AIC201"),
                     (new InvalidLanguageTagCodeFixProvider(), "AIC202"),
                     (new InvalidRegionCodeFixProvider(), "AIC203"),
                     (new InvalidVersionCodeFixProvider(), "AIC204"),
                 })
        {
            Assert.Equal([id], provider.FixableDiagnosticIds.ToArray());
            Assert.NotNull(provider.GetFixAllProvider());
            Assert.Contains(fixes, f => f.GetType() == provider.GetType());
        }
    }

    private static Task Fix<TAnalyzer, TFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new() =>
        Verify<TAnalyzer>.CodeFixAsync<TFix>(source, fixedSource);

    /// <summary>The diagnostics are there, and neither the fix nor Fix All changes anything.</summary>
    private static async Task NoFix<TAnalyzer, TFix>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = Verify<TAnalyzer>.FixTest<TFix>(source, source);
        await test.RunAsync();
        Assert.Empty(await TitlesAsync<TAnalyzer, TFix>(source.Replace("[|", "", System.StringComparison.Ordinal).Replace("|]", "", System.StringComparison.Ordinal)));
    }

    /// <summary>The titles of the actions the fix offers for every diagnostic of a source without markup.</summary>
    private static async Task<List<string>> TitlesAsync<TAnalyzer, TFix>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new AnalysisProject(source);
        test.Analyzers.Add(new TAnalyzer());
        var project = test.CreateProject();
        var diagnostics = await test.ComputeDiagnosticsAsync(project);
        Assert.NotEmpty(diagnostics);
        var fix = new TFix();
        var titles = new List<string>();
        foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            titles.AddRange(actions.Select(a => a.Title));
        }

        return titles;
    }
}
