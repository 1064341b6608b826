namespace AiCompliance.Policy.CodeEvidence;

/// <summary>How a message names what a value becomes in a conversation, in the message's language.</summary>
public static class PromptRoles
{
    /// <summary>The phrase for <paramref name="role"/> ("a system message"), a MessageTexts key.</summary>
    public static LocalizedText Phrase(PromptSinkRole role) => LocalizedText.Of("PromptRole_" + role);
}
