using System;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// Everything about a rule that does not depend on Roslyn: the analyzers build their DiagnosticDescriptor from it, the
/// CLI writes SARIF rule metadata from it, and docs/rules/README.md is generated from it.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Where rule pages live; the help link of every rule is this plus <c>ID.md</c>.</summary>
    public const string HelpBaseUri = RepositoryLinks.Rules;

    public RuleDescriptor(
        string id,
        string name,
        string category,
        RuleSeverity minimal,
        RuleSeverity recommended,
        RuleSeverity strict,
        string introducedIn,
        bool needsSource = false,
        bool reportsAtCompilationEnd = false)
    {
        Id = id;
        Name = name;
        Title = RuleTexts.English(TitleKey);
        MessageFormat = RuleTexts.English(MessageFormatKey);
        Category = category;
        Description = RuleTexts.English(DescriptionKey);
        Minimal = minimal;
        Recommended = recommended;
        Strict = strict;
        IntroducedIn = introducedIn;
        IntroducedInVersion = RuleRelease.Parse(introducedIn);
        NeedsSource = needsSource;
        ReportsAtCompilationEnd = reportsAtCompilationEnd;
    }

    /// <summary>The public name of the rule (<c>AIC106</c>); its page is <c>docs/rules/&lt;Id&gt;.md</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The rule's name stem (<c>MissingAccountableOwner</c>), a PascalCase identifier: the policy rule, analyzer, code
    /// fix and tests are named after it, and SARIF output gives it as the rule's <c>name</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>The English title; <see cref="TitleKey"/> names it and its translations in <see cref="RuleTexts"/>.</summary>
    public string Title { get; }

    /// <summary>A composite format string in English; its arguments are rule-specific (the resource's comment says which).</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public string Description { get; }

    public string TitleKey => Id + "_Title";

    public string MessageFormatKey => Id + "_MessageFormat";

    public string DescriptionKey => Id + "_Description";

    public RuleSeverity Minimal { get; }

    /// <summary>The severity in the default mode; analyzers use it as the descriptor's default severity.</summary>
    public RuleSeverity Recommended { get; }

    public RuleSeverity Strict { get; }

    /// <summary>
    /// The package release that introduced the rule (<c>0.1.0</c>), as listed in AnalyzerReleases.*.md. A project that
    /// pins an older <c>AiComplianceLevel</c> gets the rule at most as a suggestion.
    /// </summary>
    public string IntroducedIn { get; }

    /// <summary><see cref="IntroducedIn"/> as a version with three components.</summary>
    public Version IntroducedInVersion { get; }

    /// <summary>Whether the rule needs source code (it cannot be checked from a compiled assembly).</summary>
    public bool NeedsSource { get; }

    /// <summary>Whether the analyzer reports at compilation end because it needs the whole compilation.</summary>
    public bool ReportsAtCompilationEnd { get; }

    public string HelpUri => HelpBaseUri + Id + ".md";

    public RuleSeverity SeverityIn(ComplianceMode mode) => mode switch
    {
        ComplianceMode.None => RuleSeverity.None,
        ComplianceMode.Minimal => Minimal,
        ComplianceMode.Strict => Strict,
        _ => Recommended,
    };

    public string FormatMessage(params object?[] arguments)
    {
        try
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);
        }
        catch (FormatException)
        {
            return MessageFormat;
        }
    }

    public override string ToString() => Id;
}
