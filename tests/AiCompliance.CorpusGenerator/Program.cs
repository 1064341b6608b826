using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AiCompliance.Testing;

namespace AiCompliance.CorpusGenerator;

/// <summary>
/// <c>write --types N --out DIR [--seed S] [--repo ROOT]</c>: writes a buildable corpus project.
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
            switch (command)
            {
                case "write":
                    var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required.");
                    var repo = Option(args, "--repo") ?? RepositoryRoot.Path;
                    var corpus = CorpusGenerator.Generate(types, seed);
                    var project = CorpusProject.Write(corpus, AiStubs.Compile(), output, repo);
                    Console.WriteLine(project);
                    Console.Error.WriteLine(corpus);
                    return 0;
                case "stats":
                    var generated = CorpusGenerator.Generate(types, seed);
                    Console.WriteLine(generated);
                    var compilation = CorpusCompilation.Create(CorpusCompilation.Parse(generated), CorpusCompilation.References(AiStubs.Compile()));
                    var diagnostics = compilation.GetDiagnostics();
                    Console.WriteLine($"compiler: {diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)} errors, {diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)} warnings");
                    foreach (var error in diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Take(10))
                    {
                        Console.WriteLine("  " + error);
                    }

                    return 0;
                default:
                    Console.WriteLine("usage: write --types N --out DIR [--seed S] [--repo ROOT] | stats --types N [--seed S]");
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
