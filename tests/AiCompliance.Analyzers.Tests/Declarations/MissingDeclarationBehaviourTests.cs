using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>What every AIC1xx rule does the same way, checked for each of them.</summary>
public sealed class MissingDeclarationBehaviourTests
{
    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Reported_on_the_identifier_of_a_model_that_lacks_the_declaration(string id) => Run(id, """
        using AiCompliance;

        [AiModel("triage")]
        public class {|ID:Triage|} { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Not_reported_when_the_declaration_is_there(string id) => Run(id, """
        using AiCompliance;

        [AiModel("triage")]
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

        [AiModel("triage")]
        public partial class Triage { }

        [SATISFYING]
        public partial class Triage { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Reported_on_the_part_of_a_partial_class_that_carries_AiModel(string id) => Run(id, """
        using AiCompliance;

        public partial class Triage { public void Run() { } }

        [AiModel("triage")]
        public partial class {|ID:Triage|} { }

        public partial class Triage { }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Nested_and_generic_models_are_checked_like_any_other(string id) => Run(id, """
        using AiCompliance;

        public static class Models
        {
            [AiModel("ranker")]
            public sealed class {|ID:Ranker|}<TItem> where TItem : class { }

            [AiModel("embedder")]
            [SATISFYING]
            public readonly struct Embedder { }

            [AiModel("agent")]
            public interface {|ID:IAgent|} { }
        }
        """);

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Attributes_are_recognised_with_the_suffix_fully_qualified_and_through_aliases(string id) => Run(id, """
        using Gov = AiCompliance;
        using ModelAttr = AiCompliance.AiModelAttribute;

        [global::AiCompliance.AiModelAttribute("one")]
        public class {|ID:One|} { }

        [Gov.AiModel("two")]
        public class {|ID:Two|} { }

        [ModelAttr("three")]
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

            [AiModel("triage")]
            public class Triage { }
            """);
        test.GlobalOptions["build_property.AiComplianceMode"] = "none";
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Baseline_rules_stay_on_in_minimal_mode(string id)
    {
        var test = Build(id, """
            using AiCompliance;

            [AiModel("triage")]
            public class {|ID:Triage|} { }
            """);
        test.GlobalOptions["build_property.AiComplianceMode"] = "minimal";
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Model_ids_from_constants_and_named_arguments_appear_in_the_message(string id)
    {
        var test = Build(id, """
            using AiCompliance;

            public static class Ids { public const string Triage = "er-" + "triage"; }

            [AiModel(id: Ids.Triage, Kind = ModelKind.Classifier)]
            public class {|#0:Triage|} { }
            """);
        test.ExpectedDiagnostics.Add(DiagnosticResult.Diagnostic(id).WithLocation(0).WithMessage(ExpectedMessage(id, "er-triage", "risk not declared")));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Broken_code_does_not_make_the_analyzer_throw(string id)
    {
        var test = Build(id, """
            using AiCompliance;

            [{|CS7036:AiModel|}]
            public class {|ID:Triage|} { }

            [AiModel({|CS1503:42|})]
            public class {|ID:Scorer|} { }
            """);
        return test.RunAsync();
    }

    internal static string ExpectedMessage(string id, string modelId, string risk)
    {
        var rule = Policy.Rules.RuleCatalog.Find(id)!;
        var declaration = ((Policy.Rules.MissingDeclarationRule)rule).Declaration;
        return $"Model '{modelId}' ({risk}) declares no {declaration.Phrase}; expected by {Policy.PolicySettings.Default.Cite(declaration)}";
    }

    private static Task Run(string id, string markup) => Build(id, markup).RunAsync();

    private static AnalyzerTest Build(string id, string markup)
    {
        var row = MissingDeclarationCases.Get(id);
        var test = new AnalyzerTest { Source = markup.Replace("{|ID:", "{|" + id + ":", System.StringComparison.Ordinal).Replace("SATISFYING", row.Satisfying, System.StringComparison.Ordinal) };
        test.Analyzers.Add(row.Analyzer());
        return test;
    }
}
