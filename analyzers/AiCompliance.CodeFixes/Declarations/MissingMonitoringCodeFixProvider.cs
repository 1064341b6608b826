using System.Composition;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.CodeFixes.Declarations;

/// <summary>AIC119: adds <c>[Monitoring]</c> with placeholders.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingMonitoringCodeFixProvider)), Shared]
public sealed class MissingMonitoringCodeFixProvider : AddDeclarationCodeFixProvider
{
    public MissingMonitoringCodeFixProvider()
        : base(MissingMonitoringRule.Rule.Id, "Monitoring(\"TODO: incident contact (email or URL)\")")
    {
    }
}
