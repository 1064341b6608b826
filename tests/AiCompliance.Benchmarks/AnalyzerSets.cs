using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Benchmarks;

/// <summary>The analyzer sets the benchmarks compare, and the options a build hands them.</summary>
public static class AnalyzerSets
{
    /// <summary>Every analyzer and the suppressor of AiCompliance.Analyzers.dll, as the compiler finds them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AiCompliance() =>
        [.. AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly)];

    public static ImmutableArray<DiagnosticAnalyzer> Floor() => [new FloorAnalyzer()];

    /// <summary>
    /// Meziantou.Analyzer's C# analyzers and suppressors, loaded from the package's roslyn5.9 folder (copied next to the
    /// benchmarks by the project file), as the compiler loads an analyzer reference.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Meziantou()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "meziantou");
        var path = Path.Combine(directory, "Meziantou.Analyzer.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Meziantou.Analyzer.dll was not copied next to the benchmarks; restore and build the project.", path);
        }

        var assembly = Assembly.LoadFrom(path);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return [.. types
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>(inherit: false).Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }

    /// <summary>What MSBuild hands the analyzers for a project that uses the AiCompliance package with its defaults.</summary>
    public static AnalyzerOptions BuildOptions() => new([], new BuildPropertiesProvider(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [OptionKeys.Mode] = "recommended",
        [OptionKeys.FrameworkIds] = "asean-japan-2026,asean-guide-2024,asean-genai-2025,hiroshima-coc,jp-aigfb",
        [OptionKeys.BuildDate] = CorpusGenerator.Declarations.BuildDate,
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.RootNamespace"] = "Contoso.Services",
    }));

    /// <summary>
    /// The compiler's options: concurrent analysis (csc and the compiler server run analyzers concurrently), the same for
    /// every set, with or without per-analyzer timing.
    /// </summary>
    public static CompilationWithAnalyzersOptions Options(bool logExecutionTime = false) =>
        new(BuildOptions(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: logExecutionTime, reportSuppressedDiagnostics: false);

    private sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly ConfigOptions _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        // Per-file options include the global ones, as the compiler gives them.
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class ConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = "";
            return false;
        }
    }
}
