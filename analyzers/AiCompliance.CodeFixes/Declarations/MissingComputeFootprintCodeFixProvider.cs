using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC120: adds <c>[ComputeFootprint]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingComputeFootprintCodeFixProvider)), Shared]
public sealed class MissingComputeFootprintCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingComputeFootprintCodeFixProvider()
        : base(MissingComputeFootprintRule.Rule.Id, "ComputeFootprint(Hardware = \"TODO: training hardware\")")
    {
    }
}
