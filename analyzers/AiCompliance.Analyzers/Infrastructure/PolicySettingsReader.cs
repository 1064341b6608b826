using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using AiCompliance.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// Reads the active policy from analyzer configuration: MSBuild properties arrive as <c>build_property.*</c> keys, the
/// <c>aicompliance.*</c> keys from .editorconfig / .globalconfig. Per-file options include the global ones, so a folder's
/// .editorconfig can tighten the limits for the models it contains.
/// </summary>
internal sealed class PolicySettingsReader
{
    // The MSBuild property as users write it, for messages; the analyzers see it as OptionKeys.MaxAcceptanceDaysProperty.
    private const string MaxAcceptanceDaysProperty = "AiComplianceMaxAcceptanceDays";

    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly DateTime? _realToday;
    private readonly ConcurrentDictionary<SyntaxTree, PolicySettings> _byTree = new();

    /// <param name="options">The analyzer options of the compilation.</param>
    /// <param name="realToday">The real date that decides risk-acceptance expiry; null for the machine's UTC date (tests set it).</param>
    public PolicySettingsReader(AnalyzerOptions options, DateTime? realToday = null)
    {
        _provider = options.AnalyzerConfigOptionsProvider;
        _realToday = realToday;
        Global = Read(_provider.GlobalOptions, realToday);
    }

    /// <summary>The settings from the global options (the project's MSBuild properties and global configs).</summary>
    public PolicySettings Global { get; }

    /// <summary>
    /// What AIC005 reports: the problems of <see cref="Global"/>, and a maximum acceptance length the model cards would
    /// not see (the cards read the MSBuild property only, so the build and the cards would list different acceptances).
    /// </summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var options = _provider.GlobalOptions;
            if (!options.TryGetValue(OptionKeys.MaxAcceptanceDays, out var key) || string.IsNullOrWhiteSpace(key))
            {
                return Global.Problems;
            }

            options.TryGetValue(OptionKeys.MaxAcceptanceDaysProperty, out var property);
            var cards = PolicySettings.Create(null, null, null, null, property, realToday: Global.RealToday, maxAcceptanceDaysSource: MaxAcceptanceDaysProperty).MaxAcceptanceDays;
            if (cards == Global.MaxAcceptanceDays)
            {
                return Global.Problems;
            }

            var days = Global.MaxAcceptanceDays.ToString(CultureInfo.InvariantCulture);
            return new List<string>(Global.Problems)
            {
                OptionKeys.MaxAcceptanceDays + " = " + days + " is read by the analyzers only; the model cards use " +
                cards.ToString(CultureInfo.InvariantCulture) + " days, so they would list other risk acceptances as active. Set the MSBuild property AiComplianceMaxAcceptanceDays to " + days + " instead",
            };
        }
    }

    /// <summary>The settings that apply to a file.</summary>
    public PolicySettings For(SyntaxTree? tree) =>
        tree is null ? Global : _byTree.GetOrAdd(tree, t => Read(_provider.GetOptions(t), _realToday));

    /// <summary>The settings for the file that holds a location.</summary>
    public PolicySettings For(Location location) => For(location.SourceTree);

    public static PolicySettings Read(AnalyzerConfigOptions options, DateTime? realToday = null)
    {
        options.TryGetValue(OptionKeys.Mode, out var mode);
        if (!options.TryGetValue(OptionKeys.FrameworkIds, out var frameworks) || string.IsNullOrWhiteSpace(frameworks))
        {
            options.TryGetValue(OptionKeys.Frameworks, out frameworks);
        }

        options.TryGetValue(OptionKeys.BuildDate, out var buildDate);
        options.TryGetValue(OptionKeys.AssessmentMaxAgeDays, out var assessmentMaxAge);
        var maxAcceptanceSource = OptionKeys.MaxAcceptanceDays;
        if (!options.TryGetValue(OptionKeys.MaxAcceptanceDays, out var maxAcceptance) || string.IsNullOrWhiteSpace(maxAcceptance))
        {
            options.TryGetValue(OptionKeys.MaxAcceptanceDaysProperty, out maxAcceptance);
            maxAcceptanceSource = MaxAcceptanceDaysProperty;
        }

        options.TryGetValue(OptionKeys.Level, out var level);
        return PolicySettings.Create(mode, frameworks, buildDate, assessmentMaxAge, maxAcceptance, level, realToday, maxAcceptanceSource);
    }
}
