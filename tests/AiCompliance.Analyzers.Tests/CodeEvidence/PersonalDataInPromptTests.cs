using System.Threading.Tasks;
using AiCompliance.Analyzers.CodeEvidence;
using static AiCompliance.Analyzers.Tests.CodeEvidence.CodeEvidenceLibraries;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>
/// AIC404 on code written against the real Microsoft.Extensions.AI, Agent Framework, Semantic Kernel, OpenAI and
/// Microsoft.Extensions.Compliance packages.
/// </summary>
public sealed class PersonalDataInPromptTests
{
    private const string Classified = """
        using System;
        using Microsoft.Extensions.Compliance.Classification;

        public static class Taxonomy
        {
            public static DataClassification Personal => new("Clinic", "Personal");
        }

        [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
        public sealed class PersonalAttribute : DataClassificationAttribute
        {
            public PersonalAttribute()
                : base(Taxonomy.Personal)
            {
            }
        }

        public sealed class Patient
        {
            [Personal] public string Name { get; init; } = "";
            [AiCompliance.PersonalData] public string Nric { get; init; } = "";
            [NoDataClassification] public string Clinic { get; init; } = "";
            public string Ward { get; init; } = "";
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(int location, string model, string source, string role, string sink) =>
        Expect.Diagnostic("AIC404").WithLocation(location)
            .WithMessage($"Model '{model}' puts personal data '{source}' unredacted into {role} ({sink}): redact it or declare a legal basis");

    private static AnalyzerTest Test(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = FlowTest<PersonalDataInPromptAnalyzer>(source, expected);
        test.TestState.Sources.Add(("Patient.cs", Classified));
        return test;
    }

    [Fact]
    public Task Classified_values_in_messages_instructions_templates_and_tool_results_are_reported_on_the_sink_argument() =>
        Test(
            """
            using System.Collections.Generic;
            using System.Text;
            using System.Threading.Tasks;
            using AiCompliance;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            using Microsoft.SemanticKernel;

            [AiModel("clinic-bot")]
            public sealed class ClinicBot
            {
                public ChatMessage Ask(Patient patient) => new(ChatRole.User, {|#0:$"Summarise the chart of {patient.Name}"|});

                public ChatClientAgent Agent(IChatClient client, Patient patient)
                {
                    var instructions = new StringBuilder("You help ");
                    instructions.Append(patient.Nric);
                    return new ChatClientAgent(client, instructions: {|#1:instructions.ToString()|});
                }

                public Task<FunctionResult> Render(Kernel kernel, [PersonalData] string email) =>
                    kernel.InvokePromptAsync({|#2:string.Format("Draft a reply to {0}", email)|});

                public AITool Lookup(Patient patient) => AIFunctionFactory.Create(() => {|#3:patient.Name|}, "patient_name");

                public ChatOptions Options(Patient patient) => new() { Instructions = {|#4:"The patient is " + patient.Name|} };

                public List<ChatMessage> Thread(Patient patient) =>
                [
                    new(ChatRole.System, "You are a ward assistant."),
                    new(ChatRole.User, {|#5:patient.Ward + patient.Name|}),
                ];
            }
            """,
            Diagnostic(0, "clinic-bot", "Patient.Name", "a user message", "new ChatMessage(User, …)"),
            Diagnostic(1, "clinic-bot", "Patient.Nric", "agent instructions", "new ChatClientAgent(…)"),
            Diagnostic(2, "clinic-bot", "email", "a prompt template", "InvokePromptAsync(…)"),
            Diagnostic(3, "clinic-bot", "Patient.Name", "a tool result", "AIFunctionFactory.Create"),
            Diagnostic(4, "clinic-bot", "Patient.Name", "agent instructions", "ChatOptions.Instructions"),
            Diagnostic(5, "clinic-bot", "Patient.Name", "a user message", "new ChatMessage(User, …)")).RunAsync();

    [Fact]
    public Task Semantic_kernel_histories_and_openai_messages_are_sinks_and_an_aliased_message_type_is_still_read() =>
        Test(
            """
            using AiCompliance;
            using Microsoft.SemanticKernel.ChatCompletion;
            using OpenAI.Chat;
            using MeaiMessage = Microsoft.Extensions.AI.ChatMessage;
            using MeaiRole = Microsoft.Extensions.AI.ChatRole;

            [AiModel("ward-bot")]
            public sealed class WardBot
            {
                public ChatHistory History(Patient patient)
                {
                    var history = new ChatHistory();
                    history.AddUserMessage({|#0:patient.Name.Trim()|});
                    return history;
                }

                public SystemChatMessage System(Patient patient) => new({|#1:$"You speak with {patient.Nric}."|});
            }

            [AiModel("alias-bot")]
            public sealed class AliasBot
            {
                public MeaiMessage Ask(Patient patient) => new(MeaiRole.User, {|#2:patient.Name|});
            }
            """,
            Diagnostic(0, "ward-bot", "Patient.Name", "a user message", "ChatHistory.AddUserMessage(…)"),
            Diagnostic(1, "ward-bot", "Patient.Nric", "a system message", "new SystemChatMessage(…)"),
            Diagnostic(2, "alias-bot", "Patient.Name", "a user message", "new ChatMessage(User, …)")).RunAsync();

    [Fact]
    public Task A_redactor_on_the_way_ends_the_flow() =>
        Test(
            """
            using System.Text;
            using AiCompliance;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Compliance.Redaction;

            [AiModel("clinic-bot")]
            public sealed class ClinicBot
            {
                public ChatMessage Ask(Patient patient, Redactor redactor) => new(ChatRole.User, $"Summarise the chart of {redactor.Redact(patient.Name)}");

                public ChatMessage Masked(Patient patient, IRedactorProvider redactors)
                {
                    var text = new StringBuilder("Reply to ");
                    text.Append(redactors.GetRedactor(Taxonomy.Personal).Redact(patient.Nric));
                    return new ChatMessage(ChatRole.User, text.ToString());
                }
            }
            """).RunAsync();

    [Fact]
    public Task A_model_that_declares_a_legal_basis_for_personal_data_is_not_reported() =>
        Test(
            """
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [assembly: Dataset("patient-records", PersonalData = PersonalDataKind.Sensitive, LegalBasis = "Provision of health care")]
            [assembly: Dataset("public-faq", PersonalData = PersonalDataKind.Sensitive)]

            [AiModel("clinic-bot")]
            [TrainedOn("patient-records")]
            public sealed class ClinicBot
            {
                public ChatMessage Ask(Patient patient) => new(ChatRole.User, patient.Name);
            }

            [AiModel("faq-bot")]
            [TrainedOn("public-faq")]
            public sealed class FaqBot
            {
                public ChatMessage Ask(Patient patient) => new(ChatRole.User, {|#0:patient.Name|});
            }
            """,
            Diagnostic(0, "faq-bot", "Patient.Name", "a user message", "new ChatMessage(User, …)")).RunAsync();

    [Fact]
    public Task Unclassified_values_unknown_roles_other_methods_and_undeclared_types_are_not_reported() =>
        Test(
            """
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("clinic-bot")]
            public sealed class ClinicBot
            {
                private string _last = "";

                public ChatMessage Ward(Patient patient) => new(ChatRole.User, $"How busy is {patient.Ward} at {patient.Clinic}?");

                // The role is not a constant ChatRole member: the rule does not guess what the text becomes.
                public ChatMessage AnyRole(Patient patient, ChatRole role) => new(role, patient.Name);

                // Another method's body is not followed, nor a field used as storage.
                public ChatMessage Masked(Patient patient) => new(ChatRole.User, Mask(patient.Name));

                public ChatMessage Stored(Patient patient)
                {
                    _last = patient.Name;
                    return new(ChatRole.User, _last);
                }

                public ChatMessage Routed(Patient patient) => new(ChatRole.User, patient.Name.Length > 20 ? "Long name." : "Short name.");

                private static string Mask(string value) => "****";
            }

            public sealed class NotAModel
            {
                public ChatMessage Ask(Patient patient) => new(ChatRole.User, patient.Name);
            }
            """).RunAsync();
}
