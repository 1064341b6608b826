using System.Collections.Generic;

namespace AiCompliance.Policy.CodeEvidence;

/// <summary>How a model name reaches the AI service.</summary>
public enum ModelNameKind
{
    /// <summary>The provider's model name (<c>gpt-4o-mini</c>, an Ollama tag): comparable with <c>BaseModel</c>.</summary>
    Model,

    /// <summary>
    /// A deployment name (Azure OpenAI's <c>deploymentName</c>, Azure AI Inference's <c>model</c>, which an Azure AI
    /// Foundry resource resolves to one of its deployments): the resource's owner chooses it, so it need not name the
    /// model behind it and is never compared with <c>BaseModel</c>.
    /// </summary>
    Deployment,

    /// <summary>
    /// The path of a local model file or folder (a GGUF file for LLamaSharp, an ONNX GenAI folder, an ML.NET zip, a
    /// TorchScript file): it names where the weights are, not which model they are (<c>models/chat.gguf</c> can hold
    /// any model), so it is never compared with <c>BaseModel</c>.
    /// </summary>
    File,
}

/// <summary>Whether invoking a tool needs a person's approval first, as far as the code shows.</summary>
public enum ToolApproval
{
    /// <summary>The tool is wrapped in an approval marker (<c>ApprovalRequiredAIFunction</c>).</summary>
    Required,

    /// <summary>The tool is created without an approval marker.</summary>
    NotRequired,

    /// <summary>
    /// The framework asks for approval elsewhere than at the tool (Semantic Kernel's function-invocation filters, an MCP
    /// client's consent), or the tools are known only at run time (an MCP server's list): the tool's code does not tell.
    /// </summary>
    NotVisible,
}

/// <summary>How a tool is exposed to a model.</summary>
public enum ToolSource
{
    /// <summary><c>AIFunctionFactory.Create(…)</c> (Microsoft.Extensions.AI).</summary>
    AIFunctionFactory,

    /// <summary>A method marked <c>[KernelFunction]</c> (Semantic Kernel).</summary>
    KernelFunction,

    /// <summary>A method marked <c>[McpServerTool]</c> (Model Context Protocol).</summary>
    McpServerTool,

    /// <summary>
    /// The tools an MCP server lists to this code (<c>McpClient.ListToolsAsync</c>): their names and number are known
    /// only at run time, so one record stands for all of them.
    /// </summary>
    McpClient,
}

/// <summary>
/// A model name found in code where a known AI API takes one. <see cref="Value"/> is the compile-time constant, or
/// <see langword="null"/> when the value is not a constant: it is then recorded, never guessed.
/// </summary>
/// <param name="Value">The constant model name; <see langword="null"/> when not constant.</param>
/// <param name="Kind">A model name, a deployment name or a model file's path.</param>
/// <param name="Api">The API that takes it, as <c>Type.Member(parameter)</c>.</param>
/// <param name="Origin">Where it is (a Roslyn <c>Location</c> from source); not part of the evidence's meaning.</param>
public sealed record ObservedModelName(string? Value, ModelNameKind Kind, string Api, object? Origin)
{
    public bool IsConstant => Value is not null;
}

/// <summary>A tool the model's code exposes to a model.</summary>
/// <param name="Name">The tool's name: the constant name given to the factory, else the method's name; <c>(lambda)</c> for an unnamed lambda.</param>
/// <param name="Source">How the tool is exposed.</param>
/// <param name="Approval">Whether its invocation needs approval.</param>
/// <param name="Origin">Where it is created or declared (a Roslyn <c>Location</c> from source).</param>
public sealed record ObservedTool(string Name, ToolSource Source, ToolApproval Approval, object? Origin);

/// <summary>Where an endpoint sends data, as far as the host table tells (<c>EndpointJurisdictions</c>).</summary>
public enum EndpointLocation
{
    /// <summary>A host the table places in one or more countries (<see cref="ObservedEndpoint.Regions"/>).</summary>
    Region,

    /// <summary>A loopback host (<c>localhost</c>, <c>127.0.0.1</c>, <c>::1</c>): the data stays on the machine.</summary>
    OnPremises,

    /// <summary>A constant host the table does not know: never assumed to be anywhere.</summary>
    Unknown,

    /// <summary>The endpoint is not a compile-time constant: recorded, never guessed.</summary>
    NotConstant,
}

/// <summary>An endpoint the model's code sends data to, where a known AI API takes one.</summary>
/// <param name="Value">The constant URI as written; <see langword="null"/> when not constant.</param>
/// <param name="Host">The URI's host; <see langword="null"/> when not constant or not a valid absolute URI.</param>
/// <param name="Location">What the host table says of the host.</param>
/// <param name="Regions">ISO 3166-1 alpha-2 codes the host is in, when <see cref="Location"/> is <see cref="EndpointLocation.Region"/>; else empty.</param>
/// <param name="Api">The API that takes it, as <c>Type.Member(parameter)</c>.</param>
/// <param name="Origin">Where it is (a Roslyn <c>Location</c> from source); not part of the evidence's meaning.</param>
public sealed record ObservedEndpoint(string? Value, string? Host, EndpointLocation Location, IReadOnlyList<string> Regions, string Api, object? Origin);

/// <summary>
/// What the code of one declared model shows: the model names it calls, the endpoints it sends data to and the tools it
/// exposes. The analyzers collect it from source; the source generator writes it into the assembly as
/// <c>[ObservedInCode]</c> attributes (<see cref="ObservedInCode"/>), where the CLI reads it back with a
/// <see cref="SourcePosition"/> as each item's origin.
/// </summary>
public sealed class ModelCodeEvidence
{
    public static readonly ModelCodeEvidence Empty = new(System.Array.Empty<ObservedModelName>(), System.Array.Empty<ObservedTool>());

    public ModelCodeEvidence(IReadOnlyList<ObservedModelName> modelNames, IReadOnlyList<ObservedTool> tools, IReadOnlyList<ObservedEndpoint>? endpoints = null, int unreadEntries = 0)
    {
        ModelNames = modelNames;
        Tools = tools;
        Endpoints = endpoints ?? System.Array.Empty<ObservedEndpoint>();
        UnreadEntries = unreadEntries < 0 ? 0 : unreadEntries;
    }

    /// <summary>The model names, in source order.</summary>
    public IReadOnlyList<ObservedModelName> ModelNames { get; }

    /// <summary>The tools, in source order.</summary>
    public IReadOnlyList<ObservedTool> Tools { get; }

    /// <summary>The endpoints, in source order.</summary>
    public IReadOnlyList<ObservedEndpoint> Endpoints { get; }

    /// <summary>
    /// How many entries the assembly records for this model that this version cannot read (a newer package's kind of
    /// evidence, location, approval or tool source): they are skipped, never read as something they are not. While any
    /// remain, the lists above are not all the build saw, so an absence proves nothing: the card says so, <c>check</c>
    /// lists the code-evidence rules as not checkable and <c>diff</c> compares no items.
    /// </summary>
    public int UnreadEntries { get; }

    /// <summary>Whether every recorded entry was read (<see cref="UnreadEntries"/> is 0).</summary>
    public bool IsFullyRead => UnreadEntries == 0;
}
