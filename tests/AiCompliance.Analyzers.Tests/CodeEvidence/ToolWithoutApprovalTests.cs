using System.Threading.Tasks;
using AiCompliance.Analyzers.CodeEvidence;
using AiCompliance.CodeFixes.CodeEvidence;
using Microsoft.CodeAnalysis.Testing;
using static AiCompliance.Analyzers.Tests.CodeEvidence.CodeEvidenceLibraries;

namespace AiCompliance.Analyzers.Tests.CodeEvidence;

/// <summary>AIC402 and its fix on code written against the real Microsoft.Extensions.AI 11.0.0 package.</summary>
public sealed class ToolWithoutApprovalTests
{
    private static DiagnosticResult Diagnostic(int location, string oversight, string tool) =>
        Expect.Diagnostic("AIC402").WithLocation(location)
            .WithMessage($"Model 'payments-agent' declares {oversight} but tool '{tool}' runs without approval: wrap it in new ApprovalRequiredAIFunction(…)");

    [Fact]
    public Task A_tool_without_approval_in_a_human_in_the_loop_model_is_reported_on_its_creation() =>
        Test<ToolWithoutApprovalAnalyzer>(
            """
            using System.Collections.Generic;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                public IList<AITool> Tools() =>
                [
                    {|#0:AIFunctionFactory.Create(TransferMoney)|},
                    {|#1:AIFunctionFactory.Create((string iban) => iban.Length, "check_iban")|},
                    {|#2:AIFunctionFactory.Create((int id) => id)|},
                ];

                private static string TransferMoney(string iban, decimal amount) => iban;
            }
            """,
            Diagnostic(0, "HumanInTheLoop", "TransferMoney"),
            Diagnostic(1, "HumanInTheLoop", "check_iban"),
            Diagnostic(2, "HumanInTheLoop", "(lambda)")).RunAsync();

    [Fact]
    public Task A_high_risk_model_whose_reviewer_can_override_is_held_to_the_same() =>
        Test<ToolWithoutApprovalAnalyzer>(
            """
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            [RiskProfile(RiskLevel.High)]
            [HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]
            public sealed class PaymentsAgent
            {
                private readonly AIFunction _refund = {|#0:AIFunctionFactory.Create((decimal amount) => amount, "refund")|};
            }
            """,
            Diagnostic(0, "high risk with CanOverride", "refund")).RunAsync();

    [Fact]
    public Task Tools_wrapped_in_approval_directly_or_through_a_local_are_not_reported() =>
        Test<ToolWithoutApprovalAnalyzer>(
            """
            using System.Collections.Generic;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                public IList<AITool> Tools()
                {
                    var transfer = AIFunctionFactory.Create((decimal amount) => amount, "transfer");
                    return [new ApprovalRequiredAIFunction(AIFunctionFactory.Create((string iban) => iban, "check")), new ApprovalRequiredAIFunction(transfer)];
                }
            }
            """).RunAsync();

    [Fact]
    public Task Agent_framework_tools_are_held_to_the_same_and_mcp_server_tool_lists_are_not_reported() =>
        Test<ToolWithoutApprovalAnalyzer>(
            """
            using System.Linq;
            using System.Threading.Tasks;
            using AiCompliance;
            using Microsoft.Agents.AI;
            using Microsoft.Extensions.AI;
            using ModelContextProtocol.Client;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                public AIAgent Agent(IChatClient chat) =>
                    new ChatClientAgent(chat, "Pay invoices.", "payments", tools: [{|#0:AIFunctionFactory.Create(TransferMoney)|}]);

                public AIAgent Approved(IChatClient chat) =>
                    chat.AsAIAgent(instructions: "Pay invoices.", tools: [new ApprovalRequiredAIFunction(AIFunctionFactory.Create(TransferMoney))]);

                public async Task<AIAgent> WithServerTools(IChatClient chat, McpClient mcp) =>
                    chat.AsAIAgent(tools: [.. await mcp.ListToolsAsync()]);

                private static string TransferMoney(string iban, decimal amount) => iban;
            }
            """,
            Diagnostic(0, "HumanInTheLoop", "TransferMoney")).RunAsync();

    [Theory]
    [InlineData("[HumanOversight(OversightMode.HumanOverTheLoop, CanOverride = true)]")]
    [InlineData("[RiskProfile(RiskLevel.High)] [HumanOversight(OversightMode.HumanOverTheLoop)]")]
    [InlineData("[RiskProfile(RiskLevel.Limited)]")]
    public Task Models_without_a_human_in_the_loop_or_an_override_on_high_risk_are_not_reported(string declarations) =>
        Test<ToolWithoutApprovalAnalyzer>(
            $$"""
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            {{declarations}}
            public sealed class PaymentsAgent
            {
                private readonly AIFunction _refund = AIFunctionFactory.Create((decimal amount) => amount, "refund");
            }
            """).RunAsync();

    [Fact]
    public Task The_fix_wraps_each_creation_in_ApprovalRequiredAIFunction()
    {
        var test = Verify<ToolWithoutApprovalAnalyzer>.FixTest<ToolWithoutApprovalCodeFixProvider>(
            """
            using System.Collections.Generic;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                private readonly AIFunction _refund = {|#0:AIFunctionFactory.Create((decimal amount) => amount, "refund")|};

                public IList<AITool> Tools() => [_refund, {|#1:AIFunctionFactory.Create(TransferMoney)|}];

                private static string TransferMoney(string iban, decimal amount) => iban;
            }
            """,
            """
            using System.Collections.Generic;
            using AiCompliance;
            using Microsoft.Extensions.AI;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                private readonly AIFunction _refund = new ApprovalRequiredAIFunction(AIFunctionFactory.Create((decimal amount) => amount, "refund"));

                public IList<AITool> Tools() => [_refund, new ApprovalRequiredAIFunction(AIFunctionFactory.Create(TransferMoney))];

                private static string TransferMoney(string iban, decimal amount) => iban;
            }
            """);
        test.TestState.AdditionalReferences.AddRange(All);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "HumanInTheLoop", "refund"));
        test.ExpectedDiagnostics.Add(Diagnostic(1, "HumanInTheLoop", "TransferMoney"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_a_using_the_fix_writes_the_qualified_type()
    {
        var test = Verify<ToolWithoutApprovalAnalyzer>.FixTest<ToolWithoutApprovalCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                private readonly Microsoft.Extensions.AI.AIFunction _refund = {|#0:Microsoft.Extensions.AI.AIFunctionFactory.Create((decimal amount) => amount, "refund")|};
            }
            """,
            """
            using AiCompliance;

            [AiModel("payments-agent")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            public sealed class PaymentsAgent
            {
                private readonly Microsoft.Extensions.AI.AIFunction _refund = new Microsoft.Extensions.AI.ApprovalRequiredAIFunction(Microsoft.Extensions.AI.AIFunctionFactory.Create((decimal amount) => amount, "refund"));
            }
            """);
        test.TestState.AdditionalReferences.AddRange(All);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "HumanInTheLoop", "refund"));
        return test.RunAsync();
    }
}
