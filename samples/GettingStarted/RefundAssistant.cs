using System.ComponentModel;
using AiCompliance;
using Microsoft.Extensions.AI;

namespace GettingStarted;

/// <summary>
/// Drafts the support team's reply to a complaint and, when the customer wants their money back, lets the language
/// model propose the refund through its <see cref="IssueRefund"/> tool. Unlike the classifier it declares what the
/// recommended policy expects of a minimal-risk agent, so its one finding comes from its code: it declares that a
/// support agent approves every refund, yet hands the model a refund tool that runs without asking anyone (AIC402).
/// </summary>
[AiModel("refund-assistant",
    Name = "Refund assistant",
    Version = "0.1.0",
    Kind = ModelKind.Agent,
    BaseModel = ChatModel,
    Provider = "Example Shop customer support (fictional)",
    License = "MIT",
    Description = "Drafts replies to complaining reviews with a hosted chat model and can propose refunds through a tool; offline it writes a fixed reply")]
[RiskProfile(RiskLevel.Minimal,
    Rationale = "Drafts for a support agent, who edits and sends every reply and approves every refund; customers never talk to it")]
[IntendedUse("Draft the reply to a product review that complains, and propose a refund when the customer asks for one",
    Users = ["Customer support agents"],
    OutOfScope = ["Sending replies or refunds without an agent", "Refunds above the agent's limit", "Legal complaints"])]
[KnownLimitation("The language model can misread sarcasm and propose a refund nobody asked for",
    Mitigation = "The agent approves every refund and reads every draft before it is sent")]
[HumanOversight(OversightMode.HumanInTheLoop,
    Reviewer = "Customer support agent",
    CanOverride = true,
    CanStop = true,
    Justification = "Money leaves the shop only when an agent approves the refund the model proposed")]
[AccountableOwner("Head of Customer Support, Example Shop", Contact = "support-ai@example.com", Role = "Service owner")]
[Evaluation("drafts_sent_unedited", 0.82, Threshold = 0.7)]
[Evaluation("unrequested_refund_rate", 0.0, Threshold = 0.02, HigherIsBetter = false, Kind = EvaluationKind.RedTeaming, Language = "en")]
[AiDisclosure("This reply was drafted with the help of AI and checked by our support team.")]
[SupportedLanguages("en")]
[ContentProvenance(ProvenanceMethod.VisibleLabel)]
[ComputeFootprint(TrainingEnergyKWh = 0, Co2eKg = 0, Hardware = "None: the model is hosted by its provider and not trained here")]
public sealed class RefundAssistant(IChatClient? chat = null)
{
    /// <summary>The hosted chat model the drafts are asked of (the declared BaseModel).</summary>
    public const string ChatModel = "gpt-4o-mini";

    private readonly List<string> _refunds = [];

    /// <summary>The refunds issued through the tool, for the agent's end-of-day report.</summary>
    public IReadOnlyList<string> Refunds => _refunds;

    /// <summary>What the language model may call while it drafts.</summary>
    public IList<AITool> Tools() => [AIFunctionFactory.Create(IssueRefund)];

    public async Task<string> DraftReplyAsync(string orderId, string review)
    {
        if (chat is null)
        {
            return $"We are sorry about order {orderId}. A member of our team will contact you about a refund. (AI-drafted, checked by our support team.)";
        }

        ChatMessage[] prompt =
        [
            new(ChatRole.System, "Draft a short, polite reply to this review of order " + orderId + ". If the customer asks for their money back, call IssueRefund."),
            new(ChatRole.User, review),
        ];
        var response = await chat.GetResponseAsync(prompt, new ChatOptions { ModelId = ChatModel, Tools = Tools() });
        return response.Text;
    }

    [Description("Refunds the full price of an order to the customer's original payment method.")]
    private string IssueRefund([Description("The order to refund")] string orderId)
    {
        _refunds.Add(orderId);
        return $"Order {orderId} refunded.";
    }
}
