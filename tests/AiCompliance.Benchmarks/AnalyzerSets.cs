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

    /// <summary>An internal comparison only: what the driver charges for the actions AIC001 used to register.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Floor() => [new FloorAnalyzer()];

    /// <summary>
    /// The .NET SDK's analyzers as a default net10.0 project runs them: the C# analyzers of the SDK that runs the
    /// benchmarks (Microsoft.CodeAnalysis.(CSharp.)NetAnalyzers), with the severities of its
    /// analysislevel_10_default.globalconfig (see <see cref="SdkDefaultSeverities"/>).
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> SdkDefault() => Load(Path.Combine(SdkAnalyzersFolder(), "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"))
        .AddRange(Load(Path.Combine(SdkAnalyzersFolder(), "Microsoft.CodeAnalysis.NetAnalyzers.dll")));

    /// <summary>
    /// Every diagnostic of <paramref name="compilation"/> with <paramref name="analyzers"/>, as a build of a default
    /// net10.0 project reports them: the SDK's default severities (<paramref name="sdkSeverities"/>) and the compiler's
    /// analyzer options (<see cref="Options"/>). The suite and the profiler run every analyzer variant through this.
    /// </summary>
    public static int AllDiagnostics(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableDictionary<string, ReportDiagnostic> sdkSeverities)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(sdkSeverities));
        return compilation.WithAnalyzers(analyzers, Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>The severities the SDK's default analysis level gives its rules, as the compiler applies a global config.</summary>
    public static ImmutableDictionary<string, ReportDiagnostic> SdkDefaultSeverities()
    {
        var path = Path.Combine(SdkAnalyzersFolder(), "build", "config", "analysislevel_10_default.globalconfig");
        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path))
        {
            // dotnet_diagnostic.CA1000.severity = none
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && parts[0].EndsWith(".severity", StringComparison.Ordinal))
            {
                var id = parts[0]["dotnet_diagnostic.".Length..^".severity".Length];
                severities[id] = parts[1] switch
                {
                    "error" => ReportDiagnostic.Error,
                    "warning" => ReportDiagnostic.Warn,
                    "suggestion" => ReportDiagnostic.Info,
                    "silent" => ReportDiagnostic.Hidden,
                    "none" => ReportDiagnostic.Suppress,
                    _ => ReportDiagnostic.Default,
                };
            }
        }

        return severities.ToImmutable();
    }

    /// <summary>The analyzers folder of the newest SDK next to the running runtime (dotnet/sdk/&lt;version&gt;/Sdks/Microsoft.NET.Sdk/analyzers).</summary>
    private static string SdkAnalyzersFolder()
    {
        // The runtime is dotnet/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var folder = Directory.Exists(Path.Combine(root, "sdk"))
            ? Directory.EnumerateDirectories(Path.Combine(root, "sdk"))
                .Select(sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
                .Where(analyzers => File.Exists(Path.Combine(analyzers, "Microsoft.CodeAnalysis.NetAnalyzers.dll")))
                .OrderBy(analyzers => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(analyzers)))!.Split('-')[0]), out var v) ? v : new Version(0, 0), Comparer<Version>.Default)
                .LastOrDefault()
            : null;
        return folder ?? throw new DirectoryNotFoundException($"No .NET SDK with analyzers under {root}/sdk.");
    }

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

        return Load(path);
    }

    /// <summary>The C# analyzers and suppressors of an analyzer assembly, as the compiler finds them.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> Load(string path)
    {
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
