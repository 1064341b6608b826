using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.ModelCards.Tests;

/// <summary>An assembly compiled for the tests: its file and the compilation it came from.</summary>
public sealed record CompiledAssembly(string Path, CSharpCompilation Compilation);

/// <summary>
/// Compiles the test assemblies once per test run (Roslyn, in process) and writes them to a temporary folder, so every
/// test reads real files the way the CLI does.
/// </summary>
public sealed class TestAssemblies : IDisposable
{
    private readonly Dictionary<string, Lazy<CompiledAssembly>> _assemblies = new(StringComparer.Ordinal);

    public TestAssemblies()
    {
        Directory.CreateDirectory(Root);
        Add("Contoso.Models", Sources.Full, referenceSdk: true);
        Add("Contoso.Hostile", Sources.Hostile, referenceSdk: true);
        Add("Contoso.Plain", Sources.Plain, referenceSdk: true);
        Add("Contoso.NoModels", Sources.NoModels, referenceSdk: true);
        Add("Contoso.SelfDefined", Sources.SelfDefined, referenceSdk: false);
        Add("Contoso.Accepted", Sources.Accepted, referenceSdk: true);
        Add("Contoso.Hub", HubFrontMatterTests.Source, referenceSdk: true);
        Add("Contoso.Rendering", RenderingSources.Source, referenceSdk: true);
        Add("Contoso.Localized", LocalizedCardTests.Source, referenceSdk: true);
        Add("Contoso.Observed", ObservedInCodeCardTests.Source, referenceSdk: true);
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aicompliance-cards-" + Guid.NewGuid().ToString("N")[..10]);

    /// <summary>Every kind of declaration, nested and generic types, odd ids, datasets.</summary>
    public CompiledAssembly Full => Get("Contoso.Models");

    /// <summary>One model whose every string is hostile; <see cref="Plain"/> is the same model with harmless strings.</summary>
    public CompiledAssembly Hostile => Get("Contoso.Hostile");

    public CompiledAssembly Plain => Get("Contoso.Plain");

    public CompiledAssembly NoModels => Get("Contoso.NoModels");

    /// <summary>Defines its own AiCompliance attributes (TypeDefinitions, not references to the SDK).</summary>
    public CompiledAssembly SelfDefined => Get("Contoso.SelfDefined");

    /// <summary>Two models and risk acceptances of every state (active, expired, malformed, for another model, for all).</summary>
    public CompiledAssembly Accepted => Get("Contoso.Accepted");

    /// <summary>Licences, kinds and datasets (on the Hub and local) for the Hugging Face front matter.</summary>
    public CompiledAssembly Hub => Get("Contoso.Hub");

    /// <summary>Metrics on scales other than 0–1 shared across charts, extreme values, and URLs in declared text.</summary>
    public CompiledAssembly Rendering => Get("Contoso.Rendering");

    /// <summary>Declared text in Japanese, Thai and Vietnamese, and a model whose id ends in a card language (<c>x.ja</c>).</summary>
    public CompiledAssembly Localized => Get("Contoso.Localized");

    /// <summary>Code evidence of every kind as the source generator writes it, a hostile one, and a model without any.</summary>
    public CompiledAssembly Observed => Get("Contoso.Observed");

    /// <summary>A fresh folder under the run's temporary root.</summary>
    public string NewDirectory(string name)
    {
        var directory = System.IO.Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private CompiledAssembly Get(string name) => _assemblies[name].Value;

    private void Add(string name, string source, bool referenceSdk) =>
        _assemblies[name] = new Lazy<CompiledAssembly>(() => Compile(name, source, referenceSdk));

    private CompiledAssembly Compile(string name, string source, bool referenceSdk)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: name + ".cs");
        var references = referenceSdk ? ReferenceAssemblies.Net.Add(ReferenceAssemblies.Sdk) : ReferenceAssemblies.Net;
        var compilation = CSharpCompilation.Create(
            name,
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable));
        var path = System.IO.Path.Combine(Root, name + ".dll");
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"The test assembly '{name}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return new CompiledAssembly(path, compilation);
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledAssemblies : ICollectionFixture<TestAssemblies>
{
    public const string Name = "Compiled test assemblies";
}
