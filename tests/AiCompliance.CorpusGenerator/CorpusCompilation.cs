using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.CorpusGenerator;

/// <summary>Compiles a corpus in memory the way csc compiles the project the generator writes.</summary>
public static class CorpusCompilation
{
    public const string AssemblyName = "Contoso.Services";

    /// <summary>What csc gets for a net10.0 Release build without a documentation file.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(
        LanguageVersion.Latest,
        DocumentationMode.None,
        preprocessorSymbols: ["RELEASE", "TRACE", "NET", "NET10_0", "NET10_0_OR_GREATER", "NETCOREAPP"]);

    /// <summary>Release, nullable on, concurrent build: what the compiler uses by default.</summary>
    public static CSharpCompilationOptions CompilationOptions { get; } = new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true,
        deterministic: true);

    /// <summary>The .NET reference assemblies, the SDK's attributes and the AI stubs.</summary>
    public static ImmutableArray<MetadataReference> References(IEnumerable<CompiledStub> stubs) =>
        ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk).AddRange(stubs.Select(s => s.Reference));

    /// <summary>What a corpus of <paramref name="shape"/> compiles against: <see cref="References(IEnumerable{CompiledStub})"/>, and ASP.NET Core's reference assemblies for the web shape.</summary>
    public static ImmutableArray<MetadataReference> References(IEnumerable<CompiledStub> stubs, CorpusShape shape) =>
        shape == CorpusShape.Web
            ? References(stubs).AddRange(ReferenceAssemblies.AspNetCoreFiles().Select(ReferenceAssemblies.FromFile))
            : References(stubs);

    /// <summary>Parses every file, in parallel when <paramref name="parallel"/> (as csc does with a concurrent build).</summary>
    public static SyntaxTree[] Parse(Corpus corpus, bool parallel = true)
    {
        var files = corpus.Files;
        var trees = new SyntaxTree[files.Count];
        if (parallel)
        {
            Parallel.For(0, files.Count, i => trees[i] = ParseFile(files[i]));
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                trees[i] = ParseFile(files[i]);
            }
        }

        return trees;
    }

    /// <summary>A fresh compilation of parsed trees (no semantic work is shared between two of them).</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create(AssemblyName, trees, references, CompilationOptions);

    /// <summary>Throws with the first errors when the corpus does not compile: a benchmark of broken code measures nothing.</summary>
    public static void EnsureNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The corpus does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }

    private static SyntaxTree ParseFile(CorpusFile file) =>
        CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: "/corpus/" + file.Path, encoding: System.Text.Encoding.UTF8);
}
