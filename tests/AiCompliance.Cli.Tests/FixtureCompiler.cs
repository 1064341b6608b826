using System;
using System.IO;
using System.Linq;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Cli.Tests;

/// <summary>Compiles a fixture against the SDK, in process, and writes the assembly where the CLI can read it.</summary>
public static class FixtureCompiler
{
    public static CSharpCompilation Compile(string assemblyName, string source, string? informationalVersion = null)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new System.Collections.Generic.List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, options, path: assemblyName + ".cs") };
        if (informationalVersion is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyInformationalVersion(\"{informationalVersion}\")]", options, path: "AssemblyInfo.cs"));
        }

        return CSharpCompilation.Create(
            assemblyName,
            trees,
            ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static string Emit(Compilation compilation, string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"The fixture '{compilation.AssemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return path;
    }
}
