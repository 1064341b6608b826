namespace AiCompliance.Policy.CodeEvidence;

/// <summary>Where a value that reaches a prompt comes from.</summary>
public enum FlowSourceKind
{
    /// <summary>An HTTP request: an MVC action or minimal-API handler parameter bound from it, or an <c>HttpRequest</c> member.</summary>
    RequestInput,

    /// <summary>A field, property or parameter classified as personal data (<c>[PersonalData]</c>, a <c>DataClassificationAttribute</c>).</summary>
    PersonalData,
}

/// <summary>What part of a conversation with a model a value becomes.</summary>
public enum PromptSinkRole
{
    /// <summary>A system (or developer) message: instructions the model gives priority to.</summary>
    System,

    /// <summary>A user message: what the model treats as the user's words.</summary>
    User,

    /// <summary>An agent's instructions (<c>ChatClientAgent</c>'s <c>instructions</c>, <c>ChatOptions.Instructions</c>).</summary>
    Instructions,

    /// <summary>A prompt template, which the template engine renders into instructions.</summary>
    Template,

    /// <summary>A value a tool returns to the model (an <c>AIFunctionFactory.Create</c> lambda's result).</summary>
    ToolResult,
}

/// <summary>
/// A value that reaches a prompt from a source the rules care about, as the analyzers' intraprocedural flow analysis
/// found it in one body. Only the analyzers find flows (from source); a compiled assembly carries none.
/// </summary>
/// <param name="SourceKind">Where the value comes from.</param>
/// <param name="Source">The source as code names it: the parameter, member or API (<c>question</c>, <c>HttpRequest.Query</c>).</param>
/// <param name="Role">What the value becomes in the conversation.</param>
/// <param name="Sink">The API that takes it, as code names it (<c>new ChatMessage(ChatRole.System, …)</c>).</param>
/// <param name="Origin">Where the value enters the sink (a Roslyn <c>Location</c> of the argument); not part of the meaning.</param>
public sealed record PromptFlow(FlowSourceKind SourceKind, string Source, PromptSinkRole Role, string Sink, object? Origin);
