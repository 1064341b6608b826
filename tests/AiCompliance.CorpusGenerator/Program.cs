using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AiCompliance.Testing;

namespace AiCompliance.CorpusGenerator;

/// <summary>
/// <c>write --types N --out DIR [--seed S] [--shape mixed|service|noai|web] [--repo ROOT | --feed DIR --package VERSION
/// --ai-version V --meziantou-version V]</c>: writes a buildable corpus project, wired to the repository's source, or
/// to the packed package in a feed (the build variants of tests/perf/measure-build.sh).
/// <c>stats --types N [--seed S]</c>: generates a corpus in memory, compiles it and prints what it holds.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var command = args.Length == 0 ? "help" : args[0];
            var types = int.Parse(Option(args, "--types") ?? "5000", CultureInfo.InvariantCulture);
            var seed = int.Parse(Option(args, "--seed") ?? CorpusGenerator.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var shape = Option(args, "--shape") is { } shapeName
                ? Enum.TryParse<CorpusShape>(shapeName, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new ArgumentException($"--shape is mixed, service, noai or web, not '{shapeName}'.")
                : CorpusShape.Mixed;
            switch (command)
            {
                case "write":
                    var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required.");
                    var corpus = CorpusGenerator.Generate(types, seed, shape);
                    var project = Option(args, "--feed") is { } feed
                        ? CorpusProject.WritePackaged(
                            corpus,
                            output,
                            feed,
                            Option(args, "--package") ?? throw new ArgumentException("--feed needs --package VERSION."),
                            Option(args, "--ai-version") ?? throw new ArgumentException("--feed needs --ai-version VERSION (Microsoft.Extensions.AI.Abstractions)."),
                            Option(args, "--meziantou-version") ?? throw new ArgumentException("--feed needs --meziantou-version VERSION."),
                            referencesAi: shape != CorpusShape.NoAi,
                            referencesAspNetCore: shape == CorpusShape.Web)
                        : CorpusProject.Write(corpus, AiStubs.Compile(), output, Option(args, "--repo") ?? RepositoryRoot.Path, referencesAspNetCore: shape == CorpusShape.Web);
                    Console.WriteLine(project);
                    Console.Error.WriteLine(corpus);
                    return 0;
                case "stats":
                    var generated = CorpusGenerator.Generate(types, seed, shape);
                    Console.WriteLine(generated);
                    var compilation = CorpusCompilation.Create(CorpusCompilation.Parse(generated), CorpusCompilation.References(AiStubs.Compile(), shape));
                    var diagnostics = compilation.GetDiagnostics();
                    Console.WriteLine($"compiler: {diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)} errors, {diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)} warnings");
                    foreach (var error in diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Take(10))
                    {
                        Console.WriteLine("  " + error);
                    }

                    return 0;
                default:
                    Console.WriteLine("usage: write --types N --out DIR [--seed S] [--shape mixed|service|noai|web] [--repo ROOT | --feed DIR --package VERSION --ai-version V --meziantou-version V] | stats --types N [--seed S] [--shape ...]");
                    return command == "help" ? 0 : 2;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidOperationException)
        {
            Console.Error.WriteLine("corpus: error: " + e.Message);
            return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
