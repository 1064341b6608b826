// rule: AIC404
// Declared models that put values of classified members (Microsoft.Extensions.Compliance data classifications) into
// message text, prompt templates or tool results. Reported on the sink argument when the model declares no legal
// basis for personal data and no redactor is applied on the way; flows are followed inside one body only.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using AiCompliance;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI.Chat;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiChatRole = Microsoft.Extensions.AI.ChatRole;

[assembly: Dataset("patient-records-2024", PersonalData = PersonalDataKind.Sensitive, LegalBasis = "Provision of health care (PDPA s.17)")]

namespace Corpus.PersonalData
{
    // helper: the public sector's data classification taxonomy
    public static class PublicTaxonomy
    {
        public static DataClassification Personal => new("Public", "Personal");
    }

    // helper: marks a member that holds personal data
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class PersonalAttribute : DataClassificationAttribute
    {
        public PersonalAttribute()
            : base(PublicTaxonomy.Personal)
        {
        }
    }

    // helper: a hospital patient record with classified members
    public sealed class Patient
    {
        [Personal] public string FullName { get; init; } = "";
        [Personal] public string Nric { get; init; } = "";
        [Personal] public string Diagnosis { get; init; } = "";
        public string Ward { get; init; } = "";
        [NoDataClassification] public string Hospital { get; init; } = "";
    }

    // helper: a bank customer with classified members
    public sealed class Customer
    {
        [Personal] public string Name { get; init; } = "";
        [Personal] public string AccountNumber { get; init; } = "";
        [Personal] public string Email { get; init; } = "";
        public string Segment { get; init; } = "";
    }

    // case: a hospital puts the patient's name in a user message through interpolation
    [AiModel("chartsummariser", BaseModel = "gpt-4o")]
    public sealed class ChartSummariser
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, $"Summarise the chart of {patient.FullName}"); // expect: AIC404
    }

    // case: a bank concatenates a classified parameter into an OpenAI user message
    [AiModel("statementhelper", BaseModel = "gpt-4o")]
    public sealed class StatementHelper
    {
        public UserChatMessage Ask([Personal] string accountHolder)
        {
            var text = "Explain the fees charged to " + accountHolder;
            return new UserChatMessage(text); // expect: AIC404
        }
    }

    // case: a clinic builds the prompt with a StringBuilder
    [AiModel("referralwriter", BaseModel = "gpt-4o")]
    public sealed class ReferralWriter
    {
        public MeaiChatMessage Ask(Patient patient)
        {
            var prompt = new StringBuilder("Write a referral for ");
            prompt.Append(patient.Diagnosis);
            return new MeaiChatMessage(MeaiChatRole.User, prompt.ToString()); // expect: AIC404
        }
    }

    // case: a bank formats the customer's email into the message
    [AiModel("emaildrafter", BaseModel = "gpt-4o")]
    public sealed class EmailDrafter
    {
        public MeaiChatMessage Ask(Customer customer) => new(MeaiChatRole.User, string.Format("Draft a reply to {0}", customer.Email)); // expect: AIC404
    }

    // case: a school collects messages in a collection expression
    [AiModel("pastoralnotes", BaseModel = "gpt-4o")]
    public sealed class PastoralNotes
    {
        public List<MeaiChatMessage> Messages(Patient student) =>
        [
            new(MeaiChatRole.System, "You write pastoral care notes."),
            new(MeaiChatRole.User, student.FullName), // expect: AIC404
        ];
    }

    // case: a hospital adds the diagnosis to a Semantic Kernel chat history
    [AiModel("diagnosisexplainer", BaseModel = "gpt-4o")]
    public sealed class DiagnosisExplainer
    {
        public ChatHistory History(Patient patient)
        {
            var history = new ChatHistory();
            history.AddUserMessage(patient.Diagnosis); // expect: AIC404
            return history;
        }
    }

    // case: an agency renders the citizen's NRIC into a prompt template
    [AiModel("applicationchecker", BaseModel = "gpt-4o")]
    public sealed class ApplicationChecker
    {
        public Task<FunctionResult> CheckAsync(Kernel kernel, Patient citizen) => kernel.InvokePromptAsync($"Check the application of {citizen.Nric}"); // expect: AIC404
    }

    // case: a bank's tool returns the account number to the model
    [AiModel("accountlookupagent", BaseModel = "gpt-4o")]
    public sealed class AccountLookupAgent
    {
        public AITool Lookup(Customer customer) => AIFunctionFactory.Create(() => customer.AccountNumber, "account_number"); // expect: AIC404
    }

    // case: a classified field of the model goes into a system message
    [AiModel("caseworkerassistant", BaseModel = "gpt-4o")]
    public sealed class CaseWorkerAssistant
    {
        [Personal] private readonly string _caseWorker = "";

        public MeaiChatMessage System() => new(MeaiChatRole.System, $"You assist {_caseWorker}."); // expect: AIC404
    }

    // case: a ternary picks the classified name
    [AiModel("greetingwriter", BaseModel = "gpt-4o")]
    public sealed class GreetingWriter
    {
        public MeaiChatMessage Ask(Customer customer, bool formal) => new(MeaiChatRole.User, formal ? customer.Name : "customer"); // expect: AIC404
    }

    // case: string.Concat joins the diagnosis
    [AiModel("wardroundnotes", BaseModel = "gpt-4o")]
    public sealed class WardRoundNotes
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, string.Concat("Diagnosis: ", patient.Diagnosis)); // expect: AIC404
    }

    // case: a local is re-assigned with the classified value
    [AiModel("complaintreplier", BaseModel = "gpt-4o")]
    public sealed class ComplaintReplier
    {
        public UserChatMessage Ask(Customer customer)
        {
            var text = "Reply to the complaint.";
            text = text + " Customer: " + customer.Name;
            return new UserChatMessage(text); // expect: AIC404
        }
    }

    // case: an OpenAI system message carries the patient's name
    [AiModel("medicationreminder", BaseModel = "gpt-4o")]
    public sealed class MedicationReminder
    {
        public SystemChatMessage System(Patient patient) => new($"Remind {patient.FullName} about their medication."); // expect: AIC404
    }

    // case: a classified parameter goes straight into an MEAI message
    [AiModel("nricverifier", BaseModel = "gpt-4o")]
    public sealed class NricVerifier
    {
        public MeaiChatMessage Ask([Personal] string nric) => new(MeaiChatRole.User, nric); // expect: AIC404
    }

    // case: a Semantic Kernel system message built with interpolation
    [AiModel("billingexplainer", BaseModel = "gpt-4o")]
    public sealed class BillingExplainer
    {
        public ChatHistory History(Customer customer) => new($"The customer is {customer.Name}."); // expect: AIC404
    }

    // case: a diet planner that declares no legal basis sends the diagnosis
    [AiModel("dietplanner", BaseModel = "gpt-4o")]
    public sealed class DietPlanner
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, patient.Diagnosis); // expect: AIC404
    }

    // case: the patient's name is redacted before the prompt
    [AiModel("redactedsummariser", BaseModel = "gpt-4o")]
    public sealed class RedactedSummariser
    {
        public MeaiChatMessage Ask(Patient patient, Redactor redactor) => new(MeaiChatRole.User, $"Summarise the chart of {redactor.Redact(patient.FullName)}");
    }

    // case: a redactor from the provider masks the NRIC
    [AiModel("providerredacted", BaseModel = "gpt-4o")]
    public sealed class ProviderRedacted
    {
        public MeaiChatMessage Ask(Patient patient, IRedactorProvider redactors) => new(MeaiChatRole.User, redactors.GetRedactor(PublicTaxonomy.Personal).Redact(patient.Nric));
    }

    // case: a model trained on patient records with a declared legal basis
    [AiModel("legalbasissummariser", BaseModel = "gpt-4o")]
    [TrainedOn("patient-records-2024")]
    public sealed class LegalBasisSummariser
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, patient.Diagnosis);
    }

    // case: a legal basis declared and a history of diagnoses
    [AiModel("legalbasishistory", BaseModel = "gpt-4o")]
    [TrainedOn("patient-records-2024")]
    public sealed class LegalBasisHistory
    {
        public ChatHistory History(Patient patient)
        {
            var history = new ChatHistory();
            history.AddUserMessage(patient.Diagnosis);
            return history;
        }
    }

    // case: only the unclassified ward goes into the prompt
    [AiModel("wardcapacity", BaseModel = "gpt-4o")]
    public sealed class WardCapacity
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, $"How busy is ward {patient.Ward}?");
    }

    // case: the customer's segment is not classified
    [AiModel("segmentoffers", BaseModel = "gpt-4o")]
    public sealed class SegmentOffers
    {
        public UserChatMessage Ask(Customer customer) => new($"Suggest offers for the {customer.Segment} segment");
    }

    // case: a member marked NoDataClassification
    [AiModel("hospitaldirectory", BaseModel = "gpt-4o")]
    public sealed class HospitalDirectory
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, $"Opening hours of {patient.Hospital}");
    }

    // case: the classified value is only logged
    [AiModel("auditlogger", BaseModel = "gpt-4o")]
    public sealed class AuditLogger
    {
        public MeaiChatMessage Ask(Customer customer)
        {
            Console.WriteLine(customer.AccountNumber);
            return new(MeaiChatRole.User, "Summarise today's activity.");
        }
    }

    // case: the classified value only decides which constant prompt to use
    [AiModel("eligibilityrouter", BaseModel = "gpt-4o")]
    public sealed class EligibilityRouter
    {
        public MeaiChatMessage Ask(Customer customer) => new(MeaiChatRole.User, customer.Email.EndsWith(".gov.sg") ? "Public officer rules" : "General rules");
    }

    // case: the value passes through the bank's own masking method, not followed
    [AiModel("maskedstatement", BaseModel = "gpt-4o")]
    public sealed class MaskedStatement
    {
        public MeaiChatMessage Ask(Customer customer) => new(MeaiChatRole.User, "Account " + Mask(customer.AccountNumber));

        private static string Mask(string value) => "****";
    }

    // case: the NRIC is hashed before it is sent
    [AiModel("pseudonymisedlookup", BaseModel = "gpt-4o")]
    public sealed class PseudonymisedLookup
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(patient.Nric))));
    }

    // case: a type that is not a declared model
    public sealed class PlainReportService
    {
        public MeaiChatMessage Ask(Patient patient) => new(MeaiChatRole.User, patient.FullName);
    }

    // case: an unclassified parameter with a personal-sounding name
    [AiModel("nameecho", BaseModel = "gpt-4o")]
    public sealed class NameEcho
    {
        public MeaiChatMessage Ask(string fullName) => new(MeaiChatRole.User, fullName);
    }

    // case: the classified value goes into a dictionary for the database, not a prompt
    [AiModel("recordwriter", BaseModel = "gpt-4o")]
    public sealed class RecordWriter
    {
        public Dictionary<string, string> Row(Patient patient) => new() { ["nric"] = patient.Nric };
    }

    // case: a tool that returns an unclassified value
    [AiModel("wardlookupagent", BaseModel = "gpt-4o")]
    public sealed class WardLookupAgent
    {
        public AITool Lookup(Patient patient) => AIFunctionFactory.Create(() => patient.Ward, "ward");
    }

    // case: a redacted value in a StringBuilder
    [AiModel("redactedbuilder", BaseModel = "gpt-4o")]
    public sealed class RedactedBuilder
    {
        public MeaiChatMessage Ask(Customer customer, Redactor redactor)
        {
            var prompt = new StringBuilder("Reply to ");
            prompt.Append(redactor.Redact(customer.Name));
            return new MeaiChatMessage(MeaiChatRole.User, prompt.ToString());
        }
    }
}
