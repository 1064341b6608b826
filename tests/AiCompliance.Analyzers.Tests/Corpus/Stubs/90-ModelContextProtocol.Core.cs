// assembly: ModelContextProtocol.Core
namespace ModelContextProtocol.Protocol
{
    public sealed class Implementation { public string Name { get; set; } = ""; public string Version { get; set; } = ""; }
    public abstract class ContentBlock { }
    public sealed class TextContentBlock : ContentBlock { public string Text { get; set; } = ""; }
    public sealed class CallToolResult { public System.Collections.Generic.IList<ContentBlock> Content { get; set; } = []; public bool? IsError { get; set; } }
    public sealed class Tool { public string Name { get; set; } = ""; public string? Description { get; set; } }
}

namespace ModelContextProtocol.Client
{
    public interface IClientTransport { string Name { get; } }
    public sealed class StdioClientTransportOptions
    {
        public string Command { get; set; } = "";
        public System.Collections.Generic.IList<string>? Arguments { get; set; }
        public string? Name { get; set; }
    }
    public sealed class StdioClientTransport(StdioClientTransportOptions options) : IClientTransport { public string Name => options.Name ?? ""; }
    public sealed class HttpClientTransportOptions { public System.Uri Endpoint { get; set; } = null!; public string? Name { get; set; } }
    public sealed class HttpClientTransport(HttpClientTransportOptions options) : IClientTransport { public string Name => options.Name ?? ""; }
    public sealed class McpClientOptions { public ModelContextProtocol.Protocol.Implementation? ClientInfo { get; set; } }
    public class McpClientTool : Microsoft.Extensions.AI.AIFunction
    {
        public override string Name => "";
        protected override System.Threading.Tasks.ValueTask<object?> InvokeCoreAsync(Microsoft.Extensions.AI.AIFunctionArguments arguments, System.Threading.CancellationToken cancellationToken) => default;
    }
    public abstract class McpClient : System.IAsyncDisposable
    {
        public static System.Threading.Tasks.Task<McpClient> CreateAsync(IClientTransport clientTransport, McpClientOptions? clientOptions = null, System.Threading.CancellationToken cancellationToken = default) => null!;
        public System.Threading.Tasks.ValueTask<System.Collections.Generic.IList<McpClientTool>> ListToolsAsync(System.Threading.CancellationToken cancellationToken = default) => default;
        public System.Threading.Tasks.ValueTask<ModelContextProtocol.Protocol.CallToolResult> CallToolAsync(string toolName, System.Collections.Generic.IReadOnlyDictionary<string, object?>? arguments = null, System.Threading.CancellationToken cancellationToken = default) => default;
        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}

namespace ModelContextProtocol.Server
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class McpServerToolTypeAttribute : System.Attribute { }
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class McpServerToolAttribute : System.Attribute { public string? Name { get; set; } }
    public abstract class McpServer { public ModelContextProtocol.Protocol.Implementation? ClientInfo => null; }
}
