using System;

namespace AiCompliance;

/// <summary>
/// Marks a field, property or parameter that holds personal data (a name, an e-mail address, a customer's record), so
/// that the analyzers can follow it into prompts: AIC404 reports a model whose code puts it into a message, a prompt
/// template or a tool's result without redacting it while the model declares no legal basis for processing personal data.
/// </summary>
/// <remarks>
/// It is a marker for the code, not a declaration of the model: it says nothing on the model card. A member already
/// classified with a <c>Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute</c> (or a derived
/// attribute of your taxonomy) needs no <c>[PersonalData]</c>; the analyzers read both.
/// </remarks>
/// <example>
/// <code>
/// public sealed record Customer([property: PersonalData] string Email, string Plan);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
}
