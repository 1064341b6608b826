using System.Threading.Tasks;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// Each AIC1xx fix adds exactly its attribute, with placeholders, after the model's other attributes, as the action whose
/// equivalence key is the rule ID, one diagnostic at a time and through Fix All.
/// </summary>
public sealed class MissingDeclarationFixTests
{
    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task The_fix_adds_the_attribute_with_placeholders_after_the_existing_ones(string id)
    {
        var row = MissingDeclarationCases.Get(id);
        var test = new CodeFixTest
        {
            TestCode = Model(row, "[|Triage|]", added: null),
            FixedCode = Model(row, "Triage", row.Added),
            CodeFix = row.Fix(),
            CodeActionEquivalenceKey = id,
        };
        test.Analyzers.Add(row.Analyzer());
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(MissingDeclarationCases.Ids), MemberType = typeof(MissingDeclarationCases))]
    public Task Fix_all_fixes_every_model_of_the_project(string id)
    {
        var row = MissingDeclarationCases.Get(id);
        // Fix All applies the action with the rule's equivalence key in each document, the project and the solution.
        var test = new CodeFixTest { CodeFix = row.Fix(), CodeActionEquivalenceKey = id };
        test.Analyzers.Add(row.Analyzer());
        test.TestState.Sources.Add(Model(row, "[|Triage|]", added: null));
        test.TestState.Sources.Add(Model(row, "[|Intake|]", added: null));
        test.FixedState.Sources.Add(Model(row, "Triage", row.Added));
        test.FixedState.Sources.Add(Model(row, "Intake", row.Added));
        return test.RunAsync();
    }

    private static string Model(MissingDeclarationCases.Row row, string name, string? added)
    {
        var lines = new System.Collections.Generic.List<string>
        {
            "using AiCompliance;",
            "",
            "namespace Hospital.Triage;",
            "",
            $"[AiModel(\"{name.Trim('[', '|', ']').ToLowerInvariant()}\"{row.Kind})]",
        };
        if (row.Context.Length > 0)
        {
            lines.Add(row.Context);
        }

        if (added is not null)
        {
            lines.Add("[" + added + "]");
        }

        lines.Add($"public sealed class {name}");
        lines.Add("{");
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }
}
