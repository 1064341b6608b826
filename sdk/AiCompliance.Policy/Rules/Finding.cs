using System.Collections.Generic;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Rules;

/// <summary>
/// One thing a rule found. <see cref="Target"/>, <see cref="Property"/> and <see cref="Element"/> say where: on the
/// model type itself (no target), on a declaration, on one of its arguments, or on one element of an array argument.
/// </summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, ModelDeclarations? model, Declaration? target, string? property, int? element, object?[] messageArguments, IReadOnlyDictionary<string, string?>? properties = null)
    {
        Properties = properties ?? NoProperties;
        Rule = rule;
        Model = model;
        Target = target;
        Property = property;
        Element = element;
        // User text in a message is escaped here, once for every rule, so no id or declared value can break a log line.
        MessageArguments = MessageText.EscapeArguments(messageArguments);
    }

    public RuleDescriptor Rule { get; }

    /// <summary>
    /// Where in the model's code the finding is (a Roslyn <c>Location</c>), for the rules that check declarations against
    /// code; <see langword="null"/> for a finding about declarations.
    /// </summary>
    public object? CodeOrigin { get; init; }

    /// <summary>The model (or stray type) the finding is about; <see langword="null"/> for dataset findings.</summary>
    public ModelDeclarations? Model { get; }

    /// <summary>The declaration the finding is about; <see langword="null"/> for "this type lacks something".</summary>
    public Declaration? Target { get; }

    /// <summary>The attribute property the finding is about, when it is about one argument.</summary>
    public string? Property { get; }

    /// <summary>The index of the offending element when the property is an array.</summary>
    public int? Element { get; }

    /// <summary>The message's arguments, user text escaped as <see cref="MessageText"/> says.</summary>
    public object?[] MessageArguments { get; }

    /// <summary>
    /// Facts about the finding that do not fit its one-line message: what a code fix needs (the regions of an uncovered
    /// transfer) and the frameworks, clauses and risk behind a missing declaration (<see cref="FindingCitation"/>).
    /// Analyzers attach them to the diagnostic and SARIF logs carry them.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Properties { get; }

    public string Message => Rule.FormatMessage(MessageArguments);

    public override string ToString() => Rule.Id + ": " + Message;

    private static readonly IReadOnlyDictionary<string, string?> NoProperties = new Dictionary<string, string?>();
}
