using System;
using System.ComponentModel;

namespace AiCompliance;

/// <summary>
/// What the code of a declared model was seen to do at build time: a model name it passes to an AI API, an endpoint it
/// sends data to, or a tool it exposes to a model; and, once per model, that its code was read at all. Written by the package's source generator, never by hand: the model
/// cards and <c>aicompliance check</c> read it from the compiled assembly. It records what was observed, not what is
/// declared, and proves nothing about compliance.
/// </summary>
/// <remarks>See docs/evidence.md ("Code evidence in the assembly") for why this is an assembly attribute.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ObservedInCodeAttribute : Attribute
{
    /// <summary>Written by the generator.</summary>
    /// <param name="modelId">The <c>[AiModel]</c> id of the type whose code it is.</param>
    /// <param name="evidence">What was observed: <c>model-name</c>, <c>deployment-name</c>, <c>endpoint</c> or <c>tool</c>; <c>read</c> when the model's code was read (one per model).</param>
    public ObservedInCodeAttribute(string modelId, string evidence)
    {
        ModelId = modelId;
        Evidence = evidence;
    }

    /// <summary>The <c>[AiModel]</c> id of the type whose code it is.</summary>
    public string ModelId { get; }

    /// <summary>What was observed: <c>model-name</c>, <c>deployment-name</c>, <c>endpoint</c> or <c>tool</c>; <c>read</c> when the model's code was read (one per model).</summary>
    public string Evidence { get; }

    /// <summary>The constant value (model name, URI, tool name); <see langword="null"/> when the code's value is not a constant.</summary>
    public string? Value { get; set; }

    /// <summary>The API that takes the value, as <c>Type.Member(parameter)</c>; for a tool, how it is exposed.</summary>
    public string? Api { get; set; }

    /// <summary>For a tool: <c>required</c>, <c>not-required</c> or <c>not-visible</c> (whether invoking it needs approval).</summary>
    public string? Approval { get; set; }

    /// <summary>For an endpoint: its host, when the URI is a constant absolute URI.</summary>
    public string? Host { get; set; }

    /// <summary>For an endpoint: <c>region</c>, <c>on-premises</c>, <c>unknown</c> or <c>not-constant</c>.</summary>
    public string? Location { get; set; }

    /// <summary>For an endpoint in <c>region</c>: the ISO 3166-1 alpha-2 codes, comma-separated.</summary>
    public string? Regions { get; set; }

    /// <summary>The source file, relative to the project directory (or as mapped by <c>PathMap</c>), with '/' separators.</summary>
    public string? File { get; set; }

    /// <summary>The 1-based line in <see cref="File"/>.</summary>
    public int Line { get; set; }
}
