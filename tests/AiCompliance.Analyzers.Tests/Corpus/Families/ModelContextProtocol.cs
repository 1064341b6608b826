// family: Model Context Protocol
// ModelContextProtocol clients: McpClient connects an application to tool servers its model uses, so a type that
// holds or creates one is reported; transports, options, protocol records and server-side tools are data or tools.
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

// expect: report — a console program that connects to an MCP server and lists its tools
await using var mcp = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions { Command = "npx", Arguments = ["-y", "@modelcontextprotocol/server-everything"] }));
foreach (var tool in await mcp.ListToolsAsync())
{
    Console.WriteLine(tool.Name);
}

namespace Dev.Mcp
{
    // expect: report — holds an McpClient and calls a tool on the server
    public sealed class GitHubToolsGateway(McpClient client)
    {
        public async Task<string> SearchIssuesAsync(string query)
        {
            var result = await client.CallToolAsync("search_issues", new Dictionary<string, object?> { ["q"] = query });
            return string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        }
    }

    // expect: report — creates the MCP client over HTTP in a factory
    public static class McpClientFactory
    {
        public static Task<McpClient> ConnectAsync(Uri endpoint) =>
            McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, Name = "docs" }), new McpClientOptions { ClientInfo = new Implementation { Name = "dev-tools", Version = "1.0" } });
    }

    // expect: report — gives a chat client the MCP server's tools and asks: holds both client kinds
    public sealed class ToolUsingAssistant(IChatClient chat, McpClient mcp)
    {
        public async Task<string> AskAsync(string question)
        {
            var tools = await mcp.ListToolsAsync();
            return (await chat.GetResponseAsync(question, new ChatOptions { Tools = [.. tools] })).Text;
        }
    }

    // expect: report — keeps a pool of connected MCP clients by server name
    public sealed class McpConnectionPool : IAsyncDisposable
    {
        private readonly Dictionary<string, McpClient> _clients = [];

        public void Add(string name, McpClient client) => _clients[name] = client;

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                await client.DisposeAsync();
            }
        }
    }

    // expect: report — a health check that lists a server's tools through the client
    public sealed class McpHealthCheck(McpClient client)
    {
        public async Task<bool> IsHealthyAsync() => (await client.ListToolsAsync()).Count > 0;
    }

    // expect: none — server-side MCP tools exposed to models: they compute and call no model
    [McpServerToolType]
    public static class EchoTools
    {
        [McpServerTool, Description("Echoes the message back.")]
        public static string Echo(string message) => "Echo: " + message;

        [McpServerTool(Name = "add"), Description("Adds two numbers.")]
        public static int Add(int a, int b) => a + b;
    }

    // expect: none — a server-side tool type reading files for a model; no model call
    [McpServerToolType]
    public sealed class FileTools
    {
        [McpServerTool, Description("Reads a file from the workspace.")]
        public static string Read(string path) => System.IO.File.ReadAllText(path);
    }

    // expect: none — transport options for the configured servers; configuration
    public sealed class McpServerSettings
    {
        public string Command { get; set; } = "npx";
        public List<string> Arguments { get; set; } = [];

        public StdioClientTransportOptions ToTransportOptions() => new() { Command = Command, Arguments = Arguments, Name = "configured" };
    }

    // expect: none — formats a tool result's content blocks; protocol records are data
    public static class ToolResultFormatter
    {
        public static string Format(CallToolResult result) => result.IsError == true ? "error" : string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
    }

    // expect: none — filters the listed tools by name; tool descriptions are data
    public static class ToolFilter
    {
        public static IEnumerable<McpClientTool> Allowed(IEnumerable<McpClientTool> tools, ISet<string> names) => tools.Where(t => names.Contains(t.Name));
    }

    // expect: none — a DTO describing a tool in the admin UI
    public sealed record ToolInfo(string Name, string? Description);

    // expect: none — maps protocol Tool records to DTOs; data
    public static class ToolInfoMapper
    {
        public static ToolInfo From(Tool tool) => new(tool.Name, tool.Description);
    }

    // expect: none — client identity settings sent in the handshake; configuration
    public static class ClientIdentity
    {
        public static McpClientOptions Options => new() { ClientInfo = new Implementation { Name = "dev-tools", Version = "2.1" } };
    }

    // expect: none — a server list read from mcp.json; plain configuration
    public sealed class McpJson
    {
        public Dictionary<string, McpServerSettings> Servers { get; set; } = [];
    }

    // expect: none — builds a stdio transport for a command; a transport is plumbing, not a client
    public static class TransportFactory
    {
        public static IClientTransport Stdio(string command, params string[] arguments) => new StdioClientTransport(new StdioClientTransportOptions { Command = command, Arguments = arguments });
    }
}
