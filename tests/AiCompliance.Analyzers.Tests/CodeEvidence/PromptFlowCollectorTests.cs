using System.Linq;
using System.Threading;
using AiCompliance.Analyzers.CodeEvidence.Flow;
using AiCompliance.Policy.CodeEvidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// The flow steps of the engine behind AIC404 and AIC405, one per method, read from the flows themselves: which source
/// reaches which prompt, through which API, entering at which expression.
/// </summary>
public sealed class PromptFlowCollectorTests
{
    [Fact]
    public void Each_step_the_pages_say_the_flow_follows_carries_the_value_to_the_sink()
    {
        var flows = Collect("""
            using System.Collections.Generic;
            using System.Text;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            public sealed class Steps
            {
                public ChatMessage Compound([PersonalData] string email)
                {
                    var text = "Reply to ";
                    text += email;
                    return new(ChatRole.User, text);
                }

                public ChatMessage Coalesce([PersonalData] string email, string? preferred) => new(ChatRole.User, preferred ?? email);

                public ChatMessage Joined([PersonalData] string email) => new(ChatRole.User, string.Join(", ", new[] { "a", email }));

                public ChatMessage Chained([PersonalData] string email) => new(ChatRole.User, new StringBuilder().Append("To ").Append(email).ToString());

                public ChatMessage Listed([PersonalData] string email)
                {
                    var parts = new List<string>();
                    parts.Add(email);
                    return new(ChatRole.User, string.Join(" ", parts));
                }

                public ChatMessage Content([PersonalData] string email) => new(ChatRole.User, [new TextContent(email)]);

                public ChatMessage Initialised([PersonalData] string email) => new() { Role = ChatRole.System, Contents = [new TextContent(email)] };

                // Flow-insensitive: the local is assigned after the message is built and still counts.
                public ChatMessage Later([PersonalData] string email)
                {
                    var text = "";
                    var message = new ChatMessage(ChatRole.User, text);
                    text = email;
                    return message;
                }

                public ChatMessage InLambda([PersonalData] string email)
                {
                    System.Func<ChatMessage> build = () => new(ChatRole.User, email.Trim());
                    return build();
                }
            }
            """);

        Assert.Equal(
            new[]
            {
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "text"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "preferred ?? email"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "string.Join(\", \", new[] { \"a\", email })"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "new StringBuilder().Append(\"To \").Append(email).ToString()"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "string.Join(\" \", parts)"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "[new TextContent(email)]"),
                ("email", PromptSinkRole.System, "new ChatMessage { Role = System }", "[new TextContent(email)]"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "text"),
                ("email", PromptSinkRole.User, "new ChatMessage(User, …)", "email.Trim()"),
            },
            flows.Select(f => (f.Source, f.Role, f.Sink, Text(f))));
        Assert.All(flows, f => Assert.Equal(FlowSourceKind.PersonalData, f.SourceKind));
    }

    [Fact]
    public void Storage_in_fields_other_methods_out_arguments_loops_and_conditions_are_not_followed()
    {
        var flows = Collect("""
            using System.Collections.Generic;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            public sealed class Steps
            {
                private string _stored = "";

                public ChatMessage Field([PersonalData] string email)
                {
                    _stored = email;
                    return new(ChatRole.User, _stored);
                }

                public ChatMessage Call([PersonalData] string email) => new(ChatRole.User, Copy(email));

                public ChatMessage Out([PersonalData] string email)
                {
                    Copy(email, out var copy);
                    return new(ChatRole.User, copy);
                }

                public ChatMessage Loop([PersonalData] List<string> emails)
                {
                    var last = "";
                    foreach (var email in emails)
                    {
                        last = email;
                    }

                    return new(ChatRole.User, last);
                }

                public ChatMessage Condition([PersonalData] string email) => new(ChatRole.User, email.Length > 3 ? "long" : "short");

                public ChatMessage UnknownRole([PersonalData] string email, ChatRole role) => new(role, email);

                private static string Copy(string value) => value;

                private static void Copy(string value, out string copy) => copy = value;
            }
            """);

        Assert.Empty(flows);
    }

    [Fact]
    public void Request_sources_are_told_apart_from_personal_data_and_both_are_recorded_on_one_argument()
    {
        var flows = Collect(
            """
            using AiCompliance;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.AI;

            [ApiController]
            public sealed class AskController : ControllerBase
            {
                [HttpPost]
                public ChatMessage Ask([FromBody] string question, [FromHeader, PersonalData] string email) =>
                    new(ChatRole.System, question + email + Request.Headers["X-Tone"]);
            }
            """,
            "AskController",
            withAspNetCore: true);

        Assert.Equal(
            new[]
            {
                (FlowSourceKind.RequestInput, "question", PromptSinkRole.System),
                (FlowSourceKind.PersonalData, "email", PromptSinkRole.System),
            },
            flows.Select(f => (f.SourceKind, f.Source, f.Role)));
        Assert.All(flows, f => Assert.Equal("question + email + Request.Headers[\"X-Tone\"]", Text(f)));
    }

    private static string Text(PromptFlow flow)
    {
        var location = (Location)flow.Origin!;
        return location.SourceTree!.GetText().ToString(location.SourceSpan);
    }

    private static PromptFlow[] Collect(string source, string typeName = "Steps", bool withAspNetCore = false)
    {
        MetadataReference[] references = [.. TestReferences.Net, TestReferences.Sdk];
        var compilation = CSharpCompilation.Create(
            "Flows",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))],
            [.. references, .. withAspNetCore ? CodeEvidenceLibraries.WithFlowSources(references) : CodeEvidenceLibraries.All],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var type = compilation.GetTypeByMetadataName(typeName)!;
        return [.. PromptFlowCollector.Collect(type, compilation, PromptFlowApis.Resolve(compilation)!, CancellationToken.None)];
    }
}
