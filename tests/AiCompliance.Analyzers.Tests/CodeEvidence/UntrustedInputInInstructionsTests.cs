using System.Threading.Tasks;
using AiCompliance.Analyzers.CodeEvidence;
using static AiCompliance.Analyzers.Tests.CodeEvidence.CodeEvidenceLibraries;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// AIC405 on ASP.NET Core controllers and minimal APIs written against the real ASP.NET Core reference assemblies,
/// Microsoft.Extensions.AI, the Agent Framework, Semantic Kernel and OpenAI.
/// </summary>
public sealed class UntrustedInputInInstructionsTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(int location, string source, string role, string sink) =>
        Expect.Diagnostic("AIC405").WithLocation(location)
            .WithMessage($"Request value '{source}' flows into {role} ({sink}): pass it in a user message, not as instructions (CWE-1427)");

    [Fact]
    public Task Controller_parameters_bound_from_the_request_that_reach_instructions_are_reported_on_the_sink_argument() =>
        FlowTest<UntrustedInputInInstructionsAnalyzer>(
            """
            using Microsoft.Agents.AI;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;

            public sealed record Brief(string Persona, string Question);

            [ApiController]
            [Route("api/assistant")]
            public sealed class AssistantController : ControllerBase
            {
                [HttpPost("persona")]
                public ChatMessage Persona([FromBody] Brief brief) => new(ChatRole.System, {|#0:$"You are {brief.Persona}."|});

                [HttpGet("agent")]
                public ChatClientAgent Agent([FromServices] IChatClient client, [FromQuery] string tone) =>
                    new(client, instructions: {|#1:"Answer in a " + tone + " tone."|});

                [HttpGet("template/{topic}")]
                public PromptTemplateConfig Template(string topic) => new({|#2:$"Explain {topic} to a citizen."|});

                [HttpGet("header")]
                public ChatOptions Header([FromHeader(Name = "X-Department")] string department)
                {
                    var options = new ChatOptions();
                    options.Instructions = {|#3:department.ToUpperInvariant()|};
                    return options;
                }

                [HttpGet("query")]
                public ChatMessage Query() => new(ChatRole.System, {|#4:"Policy: " + Request.Query["policy"]|});

                [HttpGet("as-agent")]
                public AIAgent AsAgent([FromServices] IChatClient client, [FromQuery] string persona) => client.AsAIAgent(instructions: {|#5:persona|});
            }
            """,
            Diagnostic(0, "brief", "a system message", "new ChatMessage(System, …)"),
            Diagnostic(1, "tone", "agent instructions", "new ChatClientAgent(…)"),
            Diagnostic(2, "topic", "a prompt template", "new PromptTemplateConfig(…)"),
            Diagnostic(3, "department", "agent instructions", "ChatOptions.Instructions"),
            Diagnostic(4, "HttpRequest.Query", "a system message", "new ChatMessage(System, …)"),
            Diagnostic(5, "persona", "agent instructions", "AsAIAgent(…)")).RunAsync();

    [Fact]
    public Task Minimal_api_handlers_lambdas_and_method_groups_are_followed() =>
        FlowTest<UntrustedInputInInstructionsAnalyzer>(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.ChatCompletion;
            using OpenAI.Chat;

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/assist", (string role) =>
                    {
                        var history = new ChatHistory();
                        history.AddSystemMessage({|#0:$"Act as {role}."|});
                        return history.Count;
                    });
                    app.MapGet("/summary", (HttpContext context, Kernel kernel) => kernel.InvokePromptAsync({|#1:"Summarise " + context.Request.Query["subject"]|}));
                    app.MapGet("/clinic", Handle);
                }

                private static SystemChatMessage Handle(string clinic) => new({|#2:$"You represent the {clinic} clinic."|});
            }
            """,
            Diagnostic(0, "role", "a system message", "ChatHistory.AddSystemMessage(…)"),
            Diagnostic(1, "HttpRequest.Query", "a prompt template", "InvokePromptAsync(…)"),
            Diagnostic(2, "clinic", "a system message", "new SystemChatMessage(…)")).RunAsync();

    [Fact]
    public Task A_program_of_top_level_statements_is_one_body_whose_handlers_are_followed() =>
        FlowTest<UntrustedInputInInstructionsAnalyzer>(
            """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.AI;

            var app = WebApplication.Create(args);
            var persona = "You are a tax office assistant.";
            app.MapGet("/ask", (string question, string? tone) =>
                new[] { new ChatMessage(ChatRole.System, {|#0:persona + " Tone: " + tone|}), new ChatMessage(ChatRole.User, question) }.Length);
            app.MapPost("/form", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                return new ChatOptions { Instructions = {|#1:form["instructions"].ToString()|} }.Instructions;
            });
            app.Run();
            """,
            Diagnostic(0, "tone", "a system message", "new ChatMessage(System, …)"),
            Diagnostic(1, "HttpRequest.ReadFormAsync", "agent instructions", "ChatOptions.Instructions")).RunAsync();

    [Fact]
    public Task User_messages_services_unknown_roles_and_values_that_only_choose_a_constant_are_not_reported() =>
        FlowTest<UntrustedInputInInstructionsAnalyzer>(
            """
            using System.Collections.Generic;
            using System.Threading;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.SemanticKernel.ChatCompletion;

            [ApiController]
            [Route("api/assistant")]
            public sealed class AssistantController : ControllerBase
            {
                [HttpPost("ask")]
                public List<ChatMessage> Ask([FromBody] string question) =>
                [
                    new(ChatRole.System, "You are a school counsellor."),
                    new(ChatRole.User, question),
                ];

                [HttpGet("history/{question}")]
                public ChatHistory History(string question)
                {
                    var history = new ChatHistory("You answer questions about council tax.");
                    history.AddUserMessage(question);
                    return history;
                }

                [HttpGet("configured")]
                public ChatMessage Configured([FromServices] IConfiguration configuration) => new(ChatRole.System, configuration["Persona"] ?? "Be helpful.");

                [HttpGet("keyed")]
                public ChatMessage Keyed([FromKeyedServices("persona")] string persona) => new(ChatRole.System, persona);

                // The role comes from the request too: what the text becomes is not known, so it is not guessed.
                [HttpGet("any")]
                public ChatMessage AnyRole([FromQuery] string text, [FromQuery] string role) => new(new ChatRole(role), text);

                [HttpGet("mode")]
                public ChatMessage Mode([FromQuery] string mode, CancellationToken cancellationToken) =>
                    new(ChatRole.System, mode == "formal" ? "Be formal." : $"Be friendly. {cancellationToken.IsCancellationRequested}");

                [NonAction]
                public ChatMessage Build(string persona) => new(ChatRole.System, persona);
            }

            public static class PromptLibrary
            {
                public static ChatMessage System(string persona) => new(ChatRole.System, persona);
            }
            """).RunAsync();
}
