using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.CodeEvidence;

/// <summary>AIC404: a model's code puts personal data into a prompt unredacted without a declared legal basis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInPromptAnalyzer : PolicyRuleAnalyzer
{
    public PersonalDataInPromptAnalyzer()
        : base(new PersonalDataInPromptRule())
    {
    }
}
