// rule: AIC402
// Declared models that expose Microsoft.Extensions.AI tools. A model declared HumanInTheLoop, or high risk (a High or
// Prohibited level, or any high-impact sector) with CanOverride, must wrap each AIFunctionFactory.Create tool in
// ApprovalRequiredAIFunction; the report is on the Create call.
using System;
using System.Collections.Generic;
using AiCompliance;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using ModelContextProtocol.Server;

namespace Corpus.ToolApprovals
{
    // helper: an audit wrapper that logs calls but asks nobody for approval
    public sealed class AuditedFunction(AIFunction inner) : DelegatingAIFunction(inner);
    // case: a bank's payments agent exposes a money transfer tool without approval
    [AiModel("paymentsagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class PaymentsAgent
    {
        public IList<AITool> Tools() => [AIFunctionFactory.Create(TransferFunds)]; // expect: AIC402

        private static string TransferFunds(string iban, decimal amount) => "queued";
    }

    // case: a hospital scheduling agent creates a named lambda tool that cancels appointments
    [AiModel("appointmentsagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class AppointmentsAgent
    {
        public AITool Cancel() => AIFunctionFactory.Create((string patientId) => "cancelled", "cancel_appointment"); // expect: AIC402
    }

    // case: a high-risk credit model with CanOverride exposes a loan approval tool
    [AiModel("loanagent")]
    [RiskProfile(RiskLevel.High, Sector.Finance)]
    [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]
    public sealed class LoanAgent
    {
        public AITool Approve() => AIFunctionFactory.Create(ApproveLoan); // expect: AIC402

        private static bool ApproveLoan(string applicationId) => true;
    }

    // case: a school's limited-risk model in the education sector counts as high risk and can override
    [AiModel("gradingagent")]
    [RiskProfile(RiskLevel.Limited, Sector.Education)]
    [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]
    public sealed class GradingAgent
    {
        public AITool Record() => AIFunctionFactory.Create(RecordGrade); // expect: AIC402

        private static string RecordGrade(string studentId, int mark) => "saved";
    }

    // case: a benefits agency stores the tool in a field and wraps it elsewhere, which is not followed
    [AiModel("benefitsagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class BenefitsAgent
    {
        private readonly AIFunction _suspend = AIFunctionFactory.Create((string claimId) => "suspended"); // expect: AIC402

        public AITool Suspend() => new ApprovalRequiredAIFunction(_suspend);
    }

    // case: a pharmacy agent wraps the renewal tool but not the cancellation tool
    [AiModel("prescriptionagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class PrescriptionAgent
    {
        public IList<AITool> Tools() =>
        [
            new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string id) => "renewed", "renew")),
            AIFunctionFactory.Create((string id) => "cancelled", "cancel"), // expect: AIC402
        ];
    }

    // case: a permits office puts its tool in a ChatOptions initializer
    [AiModel("permitagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class PermitAgent
    {
        public ChatOptions Options() => new() { Tools = [AIFunctionFactory.Create((string applicationId) => "issued", "issue_permit")] }; // expect: AIC402
    }

    // case: a bank's fraud agent creates the freeze tool in a local and adds it as is
    [AiModel("fraudagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class FraudAgent
    {
        public ChatOptions Options()
        {
            var freeze = AIFunctionFactory.Create((string accountId) => "frozen", "freeze_account"); // expect: AIC402
            var options = new ChatOptions { Tools = [] };
            options.Tools.Add(freeze);
            return options;
        }
    }

    // case: a tax agency names the tool with a constant and leaves it unwrapped
    [AiModel("refundagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class RefundAgent
    {
        private const string ToolName = "issue_refund";

        public AITool Refund() => AIFunctionFactory.Create((string caseId) => "refunded", ToolName); // expect: AIC402
    }

    // case: a university agent passes factory options with a name and no approval
    [AiModel("enrolmentagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class EnrolmentAgent
    {
        public AITool Withdraw() => AIFunctionFactory.Create((string studentId) => "withdrawn", new AIFunctionFactoryOptions { Name = "withdraw_student" }); // expect: AIC402
    }

    // case: a housing agency yields its eviction notice tool from an iterator
    [AiModel("tenancyagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class TenancyAgent
    {
        public IEnumerable<AITool> Tools()
        {
            yield return AIFunctionFactory.Create((string tenancyId) => "notice sent", "send_notice"); // expect: AIC402
        }
    }

    // case: an insurer wraps the tool in an audit wrapper that is not an approval
    [AiModel("claimspayoutagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class ClaimsPayoutAgent
    {
        public AITool Pay() => new AuditedFunction(AIFunctionFactory.Create((string claimId) => "paid", "pay_claim")); // expect: AIC402
    }

    // case: a hospital's tool is created in the constructor and kept in a property
    [AiModel("bedallocationagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class BedAllocationAgent
    {
        public BedAllocationAgent() => Allocate = AIFunctionFactory.Create((string patientId) => "allocated", "allocate_bed"); // expect: AIC402

        public AITool Allocate { get; }
    }

    // case: a court service creates its tool inside a local lambda
    [AiModel("hearingagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class HearingAgent
    {
        public AITool Reschedule()
        {
            Func<AITool> make = () => AIFunctionFactory.Create((string hearingId) => "moved", "reschedule"); // expect: AIC402
            return make();
        }
    }

    // case: a bank's switch approves in one branch and leaves the other branch unwrapped
    [AiModel("standingorderagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class StandingOrderAgent
    {
        public AITool Cancel(bool strict) =>
            strict
                ? new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string id) => "cancelled", "cancel_order"))
                : AIFunctionFactory.Create((string id) => "cancelled", "cancel_order"); // expect: AIC402
    }

    // case: a prohibited-level biometric model with CanOverride exposes an identification tool
    [AiModel("facematchagent")]
    [RiskProfile(RiskLevel.Prohibited, Sector.Biometrics)]
    [HumanOversight(OversightMode.HumanOutOfTheLoop, CanOverride = true)]
    public sealed class FaceMatchAgent
    {
        public AITool Match() => AIFunctionFactory.Create((string photoId) => "match", "match_face"); // expect: AIC402
    }

    // case: the payments agent with its transfer tool wrapped
    [AiModel("wrappedpaymentsagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class WrappedPaymentsAgent
    {
        public IList<AITool> Tools() => [new ApprovalRequiredAIFunction(AIFunctionFactory.Create(TransferFunds))];

        private static string TransferFunds(string iban, decimal amount) => "queued";
    }

    // case: a hospital wraps the tool through a local of the same method
    [AiModel("dischargeagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class DischargeAgent
    {
        public AITool Discharge()
        {
            var discharge = AIFunctionFactory.Create((string patientId) => "discharged", "discharge");
            return new ApprovalRequiredAIFunction(discharge);
        }
    }

    // case: a local is wrapped after a guard clause in the same method
    [AiModel("refundreviewagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class RefundReviewAgent
    {
        public AITool? Refund(bool enabled)
        {
            var refund = AIFunctionFactory.Create((string caseId) => "refunded", "refund");
            if (!enabled)
            {
                return null;
            }

            return new ApprovalRequiredAIFunction(refund);
        }
    }

    // case: a minimal-risk chatbot over the loop, without CanOverride, may run its tools
    [AiModel("libraryhoursbot")]
    [RiskProfile(RiskLevel.Minimal, Sector.General)]
    [HumanOversight(OversightMode.HumanOverTheLoop)]
    public sealed class LibraryHoursBot
    {
        public AITool Hours() => AIFunctionFactory.Create(() => "9 to 5", "opening_hours");
    }

    // case: a high-risk model over the loop that declares no CanOverride
    [AiModel("marketalertagent")]
    [RiskProfile(RiskLevel.High, Sector.Finance)]
    [HumanOversight(OversightMode.HumanOverTheLoop)]
    public sealed class MarketAlertAgent
    {
        public AITool Alert() => AIFunctionFactory.Create((string symbol) => "alerted", "raise_alert");
    }

    // case: a general-sector limited-risk model with CanOverride is not high risk
    [AiModel("canteenmenubot")]
    [RiskProfile(RiskLevel.Limited, Sector.General)]
    [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]
    public sealed class CanteenMenuBot
    {
        public AITool Menu() => AIFunctionFactory.Create(() => "soup", "todays_menu");
    }

    // case: a model that declares no human oversight at all
    [AiModel("transittimesbot")]
    public sealed class TransitTimesBot
    {
        public AITool Departures() => AIFunctionFactory.Create((string stop) => "5 min", "next_departures");
    }

    // case: Semantic Kernel functions ask for approval through filters, outside the tool
    [AiModel("kernelpaymentsplugin")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class KernelPaymentsPlugin
    {
        [KernelFunction]
        public string TransferFunds(string iban, decimal amount) => "queued";
    }

    // case: MCP server tools get consent from the client, outside the tool
    [AiModel("mcprecordstools")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class McpRecordsTools
    {
        [McpServerTool]
        public static string DeleteRecord(string recordId) => "deleted";
    }

    // case: a hospital wraps an explicitly typed local in the same method
    [AiModel("vaccinationagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class VaccinationAgent
    {
        public AITool Book()
        {
            AIFunction book = AIFunctionFactory.Create((string patientId) => "booked", "book_vaccination");
            return new ApprovalRequiredAIFunction(book);
        }
    }

    // case: an explicit cast inside the approval wrapper
    [AiModel("scholarshipagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class ScholarshipAgent
    {
        public AITool Award() => new ApprovalRequiredAIFunction((AIFunction)AIFunctionFactory.Create((string studentId) => "awarded", "award"));
    }

    // case: a named argument to the approval wrapper
    [AiModel("licenceagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class LicenceAgent
    {
        public AITool Revoke() => new ApprovalRequiredAIFunction(innerFunction: AIFunctionFactory.Create((string licenceId) => "revoked", "revoke"));
    }

    // case: a collection expression of wrapped tools
    [AiModel("customsagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class CustomsAgent
    {
        public IList<AITool> Tools() =>
        [
            new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string id) => "held", "hold_shipment")),
            new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string id) => "released", "release_shipment")),
        ];
    }

    // case: a tool catalogue outside any declared model
    public static class SharedToolCatalogue
    {
        public static AITool Balance() => AIFunctionFactory.Create((string accountId) => 100m, "get_balance");
    }

    // case: AIFunctionFactory named only in a comment and a string
    [AiModel("examtimetableagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class ExamTimetableAgent
    {
        // Tools come from AIFunctionFactory in the platform layer.
        public string Describe() => "uses AIFunctionFactory.Create tools";
    }

    // case: a hospital in the loop passes through an approval-wrapped tool it receives
    [AiModel("laborderagent")]
    [HumanOversight(OversightMode.HumanInTheLoop)]
    public sealed class LabOrderAgent
    {
        public AITool Order(AIFunction order) => new ApprovalRequiredAIFunction(order);
    }

    // case: a high-risk model with CanOverride wraps every tool
    [AiModel("triageagent")]
    [RiskProfile(RiskLevel.High, Sector.Healthcare)]
    [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]
    public sealed class TriageAgent
    {
        public AITool Escalate() => new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string caseId) => "escalated", "escalate"));
    }
}
