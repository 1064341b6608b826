using System.Collections.Concurrent;
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
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, PolicySettings> _byTree = new();

    public PolicySettingsReader(AnalyzerOptions options)
    {
        _provider = options.AnalyzerConfigOptionsProvider;
        Global = Read(_provider.GlobalOptions);
    }

    /// <summary>The settings from the global options (the project's MSBuild properties and global configs).</summary>
    public PolicySettings Global { get; }

    /// <summary>The settings that apply to a file.</summary>
    public PolicySettings For(SyntaxTree? tree) =>
        tree is null ? Global : _byTree.GetOrAdd(tree, t => Read(_provider.GetOptions(t)));

    /// <summary>The settings for the file that holds a location.</summary>
    public PolicySettings For(Location location) => For(location.SourceTree);

    public static PolicySettings Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(OptionKeys.Mode, out var mode);
        if (!options.TryGetValue(OptionKeys.FrameworkIds, out var frameworks) || string.IsNullOrWhiteSpace(frameworks))
        {
            options.TryGetValue(OptionKeys.Frameworks, out frameworks);
        }

        options.TryGetValue(OptionKeys.BuildDate, out var buildDate);
        options.TryGetValue(OptionKeys.AssessmentMaxAgeDays, out var assessmentMaxAge);
        options.TryGetValue(OptionKeys.MaxAcceptanceDays, out var maxAcceptance);
        options.TryGetValue(OptionKeys.Level, out var level);
        return PolicySettings.Create(mode, frameworks, buildDate, assessmentMaxAge, maxAcceptance, level);
    }
}
