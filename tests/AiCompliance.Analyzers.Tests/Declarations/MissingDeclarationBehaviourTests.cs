using System.Threading.Tasks;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>What every AIC1xx rule does the same way, checked for each of them.</summary>
public sealed class MissingDeclarationBehaviourTests
{
    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Reported_on_the_identifier_of_a_model_that_lacks_the_declaration(string id) => Run(id, """
        using AiCompliance;

        [AiModel("triage"KIND)]
        CONTEXT
        public class {|ID:Triage|} { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Not_reported_when_the_declaration_is_there(string id) => Run(id, """
        using AiCompliance;

        [AiModel("triage"KIND)]
        CONTEXT
        [SATISFYING]
        public class Triage { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Not_reported_on_types_without_AiModel(string id) => Run(id, """
        public class Triage { }
        public record Patient(string Name);
        public struct Score { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task A_declaration_on_another_part_of_a_partial_class_counts(string id) => Run(id, """
        using AiCompliance;

        [AiModel("triage"KIND)]
        public partial class Triage { }

        [SATISFYING]
        CONTEXT
        public partial class Triage { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Reported_on_the_part_of_a_partial_class_that_carries_AiModel(string id) => Run(id, """
        using AiCompliance;

        public partial class Triage { public void Run() { } }

        [AiModel("triage"KIND)]
        public partial class {|ID:Triage|} { }

        CONTEXT
        public partial class Triage { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Nested_and_generic_models_are_checked_like_any_other(string id) => Run(id, """
        using AiCompliance;

        public static class Models
        {
            [AiModel("ranker"KIND)]
            CONTEXT
            public sealed class {|ID:Ranker|}<TItem> where TItem : class { }

            [AiModel("embedder"KIND)]
            CONTEXT
            [SATISFYING]
            public readonly struct Embedder { }

            [AiModel("agent"KIND)]
            CONTEXT
            public interface {|ID:IAgent|} { }
        }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Attributes_are_recognised_with_the_suffix_fully_qualified_and_through_aliases(string id) => Run(id, """
        using AiCompliance;
        using Gov = AiCompliance;
        using ModelAttr = AiCompliance.AiModelAttribute;

        [global::AiCompliance.AiModelAttribute("one"KIND)]
        CONTEXT
        public class {|ID:One|} { }

        [Gov.AiModel("two"KIND)]
        CONTEXT
        public class {|ID:Two|} { }

        [ModelAttr("three"KIND)]
        CONTEXT
        public class {|ID:Three|} { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Look_alike_attributes_from_other_namespaces_are_ignored_when_the_SDK_is_not_referenced(string id)
    {
        var test = Build(id, """
            using System;

            namespace Contoso.Governance
            {
                [AttributeUsage(AttributeTargets.Class)]
                public sealed class AiModelAttribute : Attribute { public AiModelAttribute(string id) { } }

                [AiModel("triage")]
                public class Triage { }
            }
            """);
        test.ReferenceSdk = false;
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Nothing_is_reported_in_mode_none(string id)
    {
        var test = Build(id, """
            using AiCompliance;

            [AiModel("triage"KIND)]
            CONTEXT
            public class Triage { }
            """);
        test.GlobalOptions["build_property.AiComplianceMode"] = "none";
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Only_the_baseline_rules_stay_on_in_minimal_mode(string id)
    {
        var baseline = id is "AIC101" or "AIC102" or "AIC106";
        var test = Build(id, baseline
            ? """
              using AiCompliance;

              [AiModel("triage"KIND)]
              CONTEXT
              public class {|ID:Triage|} { }
              """
            : """
              using AiCompliance;

              [AiModel("triage"KIND)]
              CONTEXT
              public class Triage { }
              """);
        test.GlobalOptions["build_property.AiComplianceMode"] = "minimal";
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Selecting_no_framework_that_cites_the_declaration_turns_a_non_baseline_rule_off(string id)
    {
        var baseline = id is "AIC101" or "AIC102" or "AIC106";
        var declaration = ((Policy.Rules.MissingDeclarationRule)Policy.Rules.RuleCatalog.Find(id)!).Declaration;
        var silent = System.Linq.Enumerable.FirstOrDefault(
            Policy.Frameworks.FrameworkCatalog.All,
            f => !System.Linq.Enumerable.Any(declaration.References, r => r.FrameworkId == f.Id));
        if (baseline || silent is null)
        {
            return Task.CompletedTask;
        }

        var test = Build(id, """
            using AiCompliance;

            [AiModel("triage"KIND)]
            CONTEXT
            public class Triage { }
            """);
        test.GlobalOptions["build_property.AiComplianceFrameworkIds"] = silent.Id;
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Model_ids_from_constants_and_named_arguments_appear_in_the_message(string id)
    {
        var test = Build(id, """
            using AiCompliance;

            public static class Ids { public const string Triage = "er-" + "triage"; }

            [AiModel(id: Ids.Triage KIND)]
            CONTEXT
            public class {|#0:Triage|} { }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic(id).WithLocation(0).WithMessage(ExpectedMessage(id, "er-triage")));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Broken_code_does_not_make_the_analyzer_throw(string id)
    {
        // When the constructor does not bind, Roslyn drops the named arguments too: the model has no kind then, and
        // the rules for generative models have nothing to say about it.
        var needsKind = MissingDeclarationCases.Get(id).Kind.Length > 0;
        var markup = """
            using AiCompliance;

            [{|CS7036:AiModel|}]
            CONTEXT
            public class Triage { }

            [AiModel({|CS1503:42|}KIND)]
            CONTEXT
            public class Scorer { }
            """;
        if (!needsKind)
        {
            markup = markup
                .Replace("class Triage", "class {|" + id + ":Triage|}", System.StringComparison.Ordinal)
                .Replace("class Scorer", "class {|" + id + ":Scorer|}", System.StringComparison.Ordinal);
        }

        return Build(id, markup).RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public async Task The_risk_and_every_cited_clause_are_properties_of_the_diagnostic(string id)
    {
        var row = MissingDeclarationCases.Get(id);
        var project = new AiCompliance.Testing.AnalysisProject($$"""
            using AiCompliance;

            [AiModel("triage"{{row.Kind}})]
            {{row.Context}}
            public class Triage { }
            """);
        project.Analyzers.Add(row.Analyzer());

        var diagnostic = Assert.Single(await project.ComputeDiagnosticsAsync(), d => d.Id == id);

        var declaration = ((Policy.Rules.MissingDeclarationRule)Policy.Rules.RuleCatalog.Find(id)!).Declaration;
        Assert.Equal(row.Risk, diagnostic.Properties[Policy.Rules.FindingCitation.RiskProperty]);
        Assert.Equal(Policy.PolicySettings.Default.CiteReferences(declaration.References, int.MaxValue), diagnostic.Properties[Policy.Rules.FindingCitation.ClausesProperty]);
        Assert.DoesNotContain("…", diagnostic.Properties[Policy.Rules.FindingCitation.ClausesProperty], System.StringComparison.Ordinal);
    }

    internal static string ExpectedMessage(string id, string modelId)
    {
        var rule = Policy.Rules.RuleCatalog.Find(id)!;
        var declaration = ((Policy.Rules.MissingDeclarationRule)rule).Declaration;
        var frameworks = Policy.Rules.FindingCitation.InMessage(Policy.PolicySettings.Default, declaration.References);
        return $"Model '{modelId}' declares no {declaration.Phrase}: {Policy.Requirements.DeclarationInstruction.For(declaration)} ({frameworks})";
    }

    private static Task Run(string id, string markup) => Build(id, markup).RunAsync();

    private static AnalyzerTest Build(string id, string markup)
    {
        var row = MissingDeclarationCases.Get(id);
        var source = markup
            .Replace("{|ID:", "{|" + id + ":", System.StringComparison.Ordinal)
            .Replace("SATISFYING", row.Satisfying, System.StringComparison.Ordinal)
            .Replace("KIND", row.Kind, System.StringComparison.Ordinal)
            .Replace("CONTEXT", row.Context, System.StringComparison.Ordinal);
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(row.Analyzer());
        return test;
    }
}
