// rule: AIC405
// Web endpoints of banks, hospitals, schools and agencies that build prompts from ASP.NET Core request values. A request
// value (an action or minimal-API parameter bound from the request, an HttpRequest member) that reaches a system-role
// message, agent instructions or a prompt template is reported on the sink argument; a user-role message is not.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI.Chat;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Corpus.RequestInput
{
    // helper: the body of a chat request
    public sealed record ChatRequest(string Persona, string Question, string Language);

    // case: a bank lets the request body choose the assistant's persona in the system message
    [ApiController]
    [Route("api/personacontroller")]
    public sealed class PersonaController : ControllerBase
    {
        [HttpPost("chat")]
        public MeaiChatMessage Chat([FromBody] ChatRequest request) => new(MeaiChatRole.System, $"You are {request.Persona}."); // expect: AIC405
    }

    // case: a hospital puts a query-string tone into the system message
    [ApiController]
    [Route("api/tonecontroller")]
    public sealed class ToneController : ControllerBase
    {
        [HttpGet("advice")]
        public MeaiChatMessage Advice([FromQuery] string tone) => new(MeaiChatRole.System, "Answer in a " + tone + " tone."); // expect: AIC405
    }

    // case: a minimal API adds the posted role to a Semantic Kernel system message
    public static class MinimalPersonaEndpoint
    {
        public static void Map(WebApplication app) =>
            app.MapPost("/assist", (string role) =>
            {
                var history = new ChatHistory();
                history.AddSystemMessage($"Act as {role}."); // expect: AIC405
                return history.Count;
            });
    }

    // case: a school reads a header into the system prompt
    [ApiController]
    [Route("api/localecontroller")]
    public sealed class LocaleController : ControllerBase
    {
        [HttpGet("tutor")]
        public SystemChatMessage Tutor() => new($"Reply in {Request.Headers["X-Locale"]}."); // expect: AIC405
    }

    // case: an agency renders a route value into a prompt template
    [ApiController]
    [Route("api/topiccontroller")]
    public sealed class TopicController : ControllerBase
    {
        [HttpGet("explain/{topic}")]
        public Task<FunctionResult> Explain(string topic, [FromServices] Kernel kernel) => kernel.InvokePromptAsync($"Explain {topic} to a citizen."); // expect: AIC405
    }

    // case: an inferred query parameter of an API controller reaches the system message
    [ApiController]
    [Route("api/inferredcontroller")]
    public sealed class InferredController : ControllerBase
    {
        [HttpGet("faq")]
        public MeaiChatMessage Faq(string audience) => new(MeaiChatRole.System, $"You answer questions for {audience}."); // expect: AIC405
    }

    // case: a minimal API reads the query through HttpContext into a prompt template
    public static class QueryPromptEndpoint
    {
        public static void Map(WebApplication app) =>
            app.MapGet("/summary", (HttpContext context, Kernel kernel) => kernel.InvokePromptAsync("Summarise " + context.Request.Query["subject"])); // expect: AIC405
    }

    // case: request values collected in a StringBuilder become the system message
    [ApiController]
    [Route("api/buildercontroller")]
    public sealed class BuilderController : ControllerBase
    {
        [HttpPost("brief")]
        public MeaiChatMessage Brief([FromBody] ChatRequest request)
        {
            var system = new StringBuilder("You are a bank assistant. ");
            system.Append(request.Language);
            return new MeaiChatMessage(MeaiChatRole.System, system.ToString()); // expect: AIC405
        }
    }

    // case: a form field becomes a prompt template
    [ApiController]
    [Route("api/formtemplatecontroller")]
    public sealed class FormTemplateController : ControllerBase
    {
        [HttpPost("template")]
        public PromptTemplateConfig Template([FromForm] string template) => new(template); // expect: AIC405
    }

    // case: a header bound parameter starts a chat history as its system message
    [ApiController]
    [Route("api/headerhistorycontroller")]
    public sealed class HeaderHistoryController : ControllerBase
    {
        [HttpGet("history")]
        public ChatHistory History([FromHeader(Name = "X-Department")] string department) => new($"You serve the {department} department."); // expect: AIC405
    }

    // case: a request value becomes the agent instructions of ChatOptions
    [ApiController]
    [Route("api/instructionscontroller")]
    public sealed class InstructionsController : ControllerBase
    {
        [HttpPost("agent")]
        public ChatOptions Agent([FromBody] ChatRequest request) => new() { Instructions = request.Persona }; // expect: AIC405
    }

    // case: string.Format puts the language into the system message
    [ApiController]
    [Route("api/formatcontroller")]
    public sealed class FormatController : ControllerBase
    {
        [HttpGet("lang")]
        public MeaiChatMessage Lang([FromQuery] string language) => new(MeaiChatRole.System, string.Format("Always answer in {0}.", language)); // expect: AIC405
    }

    // case: a method group handler's parameter reaches the system message
    public static class MethodGroupEndpoint
    {
        public static void Map(WebApplication app) => app.MapGet("/clinic", Handle);

        private static SystemChatMessage Handle(string clinic) => new($"You represent the {clinic} clinic."); // expect: AIC405
    }

    // case: a form value read from HttpRequest becomes the system message
    [ApiController]
    [Route("api/requestformcontroller")]
    public sealed class RequestFormController : ControllerBase
    {
        [HttpPost("policy")]
        public MeaiChatMessage Policy() => new(MeaiChatRole.System, "Policy: " + Request.Form["policy"]); // expect: AIC405
    }

    // case: a ternary with a request value in the system message
    [ApiController]
    [Route("api/ternarycontroller")]
    public sealed class TernaryController : ControllerBase
    {
        [HttpGet("mode")]
        public MeaiChatMessage Mode([FromQuery] string? style) => new(MeaiChatRole.System, style is null ? "Be brief." : style); // expect: AIC405
    }

    // case: OpenAI's CreateSystemMessage with a route value
    [ApiController]
    [Route("api/createsystemcontroller")]
    public sealed class CreateSystemController : ControllerBase
    {
        [HttpGet("school/{school}")]
        public OpenAI.Chat.ChatMessage School(string school) => OpenAI.Chat.ChatMessage.CreateSystemMessage($"You help pupils of {school}."); // expect: AIC405
    }

    // case: the question goes into a user message
    [ApiController]
    [Route("api/userrolecontroller")]
    public sealed class UserRoleController : ControllerBase
    {
        [HttpPost("ask")]
        public MeaiChatMessage Ask([FromBody] ChatRequest request) => new(MeaiChatRole.User, request.Question);
    }

    // case: a [FromServices] value in the system message is not request input
    [ApiController]
    [Route("api/servicescontroller")]
    public sealed class ServicesController : ControllerBase
    {
        [HttpGet("persona")]
        public MeaiChatMessage Persona([FromServices] IConfiguration configuration) => new(MeaiChatRole.System, configuration["Assistant:Persona"] ?? "");
    }

    // case: a cancellation token is not request data
    [ApiController]
    [Route("api/cancellationcontroller")]
    public sealed class CancellationController : ControllerBase
    {
        [HttpGet("status")]
        public MeaiChatMessage Status(CancellationToken cancellationToken) => new(MeaiChatRole.System, $"Cancelled: {cancellationToken.IsCancellationRequested}");
    }

    // case: a [NonAction] method's parameters are not bound from the request
    [ApiController]
    [Route("api/nonactioncontroller")]
    public sealed class NonActionController : ControllerBase
    {
        [NonAction]
        public MeaiChatMessage Build(string persona) => new(MeaiChatRole.System, persona);
    }

    // case: the request only selects one of two constant system prompts
    [ApiController]
    [Route("api/choosercontroller")]
    public sealed class ChooserController : ControllerBase
    {
        [HttpGet("choose")]
        public MeaiChatMessage Choose([FromQuery] string mode) => new(MeaiChatRole.System, mode == "formal" ? "Be formal." : "Be friendly.");
    }

    // case: a request value parsed into a number
    [ApiController]
    [Route("api/parsedcontroller")]
    public sealed class ParsedController : ControllerBase
    {
        [HttpGet("limit")]
        public MeaiChatMessage Limit([FromQuery] string words) => new(MeaiChatRole.System, $"Answer in at most {int.Parse(words)} words.");
    }

    // case: a header is only logged
    [ApiController]
    [Route("api/loggedheadercontroller")]
    public sealed class LoggedHeaderController : ControllerBase
    {
        [HttpGet("trace")]
        public MeaiChatMessage Trace()
        {
            Console.WriteLine(Request.Headers["X-Trace"]);
            return new(MeaiChatRole.System, "You are a helpdesk assistant.");
        }
    }

    // case: a minimal API keeps a constant system prompt and puts the body in a user message
    public static class MinimalUserEndpoint
    {
        public static void Map(WebApplication app) =>
            app.MapPost("/ask", ([FromBody] ChatRequest request, [FromServices] IChatClient client) =>
                client.GetResponseAsync([new MeaiChatMessage(MeaiChatRole.System, "You are a hospital receptionist."), new MeaiChatMessage(MeaiChatRole.User, request.Question)]));
    }

    // case: a plain class whose method parameter is not request input
    public static class PromptLibrary
    {
        public static MeaiChatMessage System(string persona) => new(MeaiChatRole.System, persona);
    }

    // case: request values collected only into user messages
    [ApiController]
    [Route("api/userlistcontroller")]
    public sealed class UserListController : ControllerBase
    {
        [HttpPost("thread")]
        public List<MeaiChatMessage> Thread([FromBody] ChatRequest request) =>
        [
            new(MeaiChatRole.System, "You are a school counsellor."),
            new(MeaiChatRole.User, request.Question),
        ];
    }

    // case: a route id is used to load a record, not put in the prompt
    [ApiController]
    [Route("api/lookupcontroller")]
    public sealed class LookupController : ControllerBase
    {
        [HttpGet("case/{id}")]
        public MeaiChatMessage Case(int id) => new(MeaiChatRole.System, LoadPolicy(id));

        private static string LoadPolicy(int id) => "Follow the tax office policy.";
    }

    // case: a route value in a Semantic Kernel user message
    [ApiController]
    [Route("api/skusercontroller")]
    public sealed class SkUserController : ControllerBase
    {
        [HttpGet("ask/{question}")]
        public ChatHistory Ask(string question)
        {
            var history = new ChatHistory("You answer questions about council tax.");
            history.AddUserMessage(question);
            return history;
        }
    }

    // case: an OpenAI user message with the posted question
    [ApiController]
    [Route("api/openaiusercontroller")]
    public sealed class OpenAiUserController : ControllerBase
    {
        [HttpPost("openai")]
        public UserChatMessage Ask([FromBody] ChatRequest request) => new(request.Question);
    }

    // case: the system message comes from configuration
    [ApiController]
    [Route("api/configuredpersonacontroller")]
    public sealed class ConfiguredPersonaController : ControllerBase
    {
        [HttpGet("configured")]
        public MeaiChatMessage Configured([FromServices] IConfiguration configuration, [FromQuery] string question) => new(MeaiChatRole.System, configuration["Persona"] ?? "Be helpful.");
    }

    // case: a keyed service is not request input
    [ApiController]
    [Route("api/keyedcontroller")]
    public sealed class KeyedController : ControllerBase
    {
        [HttpGet("keyed")]
        public MeaiChatMessage Keyed([FromKeyedServices("persona")] string persona) => new(MeaiChatRole.System, persona);
    }

    // case: the request's length decides the answer size only
    [ApiController]
    [Route("api/lengthcontroller")]
    public sealed class LengthController : ControllerBase
    {
        [HttpPost("length")]
        public MeaiChatMessage Length([FromBody] ChatRequest request) => new(MeaiChatRole.System, request.Question.Length > 200 ? "Answer at length." : "Answer briefly.");
    }
}
