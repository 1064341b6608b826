using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Testing;

/// <summary>
/// Compiles small stand-ins for libraries the tests cannot reference for real (Semantic Kernel, ML.NET, ONNX Runtime,
/// …): the same assembly name and namespaces as the real package, only the members a test calls. Analyzers that match
/// on namespace and assembly see them exactly as they see the real thing.
/// </summary>
public static class StubAssembly
{
    private static readonly ConcurrentDictionary<(string Name, string Source), Lazy<MetadataReference>> Cache = new();

    /// <summary>
    /// A reference to an assembly named <paramref name="assemblyName"/> compiled from <paramref name="source"/> against
    /// the .NET reference assemblies and <paramref name="references"/>. Compiled once per name and source; throws, with
    /// the compiler's errors, when the stub does not compile.
    /// </summary>
    public static MetadataReference Compile(string assemblyName, string source, params MetadataReference[] references)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyName);
        ArgumentNullException.ThrowIfNull(source);
        var lazy = Cache.GetOrAdd((assemblyName, source), key => new Lazy<MetadataReference>(() => Build(key.Name, key.Source, references ?? [])));
        return lazy.Value;
    }

    private static PortableExecutableReference Build(string assemblyName, string source, MetadataReference[] references)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: assemblyName + ".cs");
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [tree],
            ReferenceAssemblies.Net.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"The stub assembly '{assemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
    }
}
