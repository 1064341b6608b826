using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// The <c>using</c> directives through which code names a type by another simple name than its own: aliases
/// (<c>using Chat = OpenAI.Chat.ChatClient;</c>) and static imports (<c>using static TorchSharp.torch;</c>), also
/// <c>global</c> ones, at the top of every file of a compilation and of its namespaces. The name pre-filters of AIC001
/// (<see cref="Structure.AiApiSurface"/>) and of the prompt-flow rules (<see cref="CodeEvidence.Flow.PromptFlowApis"/>)
/// both widen their names by them; the files are read once per compilation, as text (no binding).
/// </summary>
internal sealed class NameImportingUsings
{
    private static readonly ConditionalWeakTable<Compilation, NameImportingUsings> ByCompilation = new();

    private NameImportingUsings(List<UsingDirectiveSyntax> aliases, List<UsingDirectiveSyntax> staticImports)
    {
        Aliases = aliases;
        StaticImports = staticImports;
    }

    /// <summary>The alias directives (<c>using X = …;</c>), in the order of the compilation's files.</summary>
    public IReadOnlyList<UsingDirectiveSyntax> Aliases { get; }

    /// <summary>The static imports without an alias (<c>using static …;</c>).</summary>
    public IReadOnlyList<UsingDirectiveSyntax> StaticImports { get; }

    /// <summary>
    /// The directives of <paramref name="compilation"/>, read by the first caller. A cancelled read is not kept (the table
    /// stores no value when the factory throws), so the next caller reads again.
    /// </summary>
    public static NameImportingUsings Of(Compilation compilation, CancellationToken cancellationToken) =>
        ByCompilation.GetValue(compilation, c => Read(c, cancellationToken));

    /// <summary>The simple name a directive's target ends with: <c>ChatClient</c> for <c>OpenAI.Chat.ChatClient</c>.</summary>
    public static string? LastName(NameSyntax? name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static NameImportingUsings Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var aliases = new List<UsingDirectiveSyntax>();
        var staticImports = new List<UsingDirectiveSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                Add(root.Usings, root.Members, aliases, staticImports);
            }
        }

        return new NameImportingUsings(aliases, staticImports);
    }

    private static void Add(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, List<UsingDirectiveSyntax> aliases, List<UsingDirectiveSyntax> staticImports)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null)
            {
                aliases.Add(directive);
            }
            else if (!directive.StaticKeyword.IsKind(SyntaxKind.None))
            {
                staticImports.Add(directive);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Add(ns.Usings, ns.Members, aliases, staticImports);
            }
        }
    }
}
