using System.Runtime.CompilerServices;
using AiCompliance;
using Microsoft.Extensions.AI;
using OllamaSharp;

namespace CitizenAssistant;

/// <summary>
/// Example City's citizen assistant: answers residents' questions about city services in seven languages, through any
/// Microsoft.Extensions.AI <see cref="IChatClient"/>. It refuses instructions hidden in questions, hands sensitive and
/// unanswerable questions to a city officer, and labels every answer as AI output with its source.
/// </summary>
/// <remarks>
/// Every type that touches the AI API (<see cref="IChatClient"/>, <see cref="ChatMessage"/>, <see cref="ChatResponse"/>)
/// is this class or nested in it, so rule AIC001 finds the whole AI system under one [AiModel]. Callers see only
/// <see cref="AssistantAnswer"/>. The numbers in [Evaluation] and [FairnessAssessment] were copied from the output of
/// <c>dotnet run --project samples/CitizenAssistant</c>, which measures them again on every run and exits with code 1
/// when they no longer match (see DeclarationCheck).
/// </remarks>
[AiModel(ModelId,
    Name = "Example City citizen assistant",
    Version = ModelVersion,
    Kind = ModelKind.Generative,
    BaseModel = LanguageModel,
    Provider = "Example City Digital Services Office (fictional)",
    License = "MIT",
    Description = "Answers residents' questions about six city procedures from the city's FAQ, in Vietnamese, Indonesian, Thai, Malay, Filipino, Japanese and English, behind a Microsoft.Extensions.AI IChatClient: the Qwen2.5 7B language model on the city's own Ollama server, grounded on the FAQ entry that keyword retrieval finds, or, when no server is configured, an offline keyword-retrieval backend (no network, no language model)")]
[RiskProfile(RiskLevel.Limited, Sector.PublicAdministration,
    Rationale = "Gives general information from the published FAQ and decides nothing about anyone's eligibility, benefits or obligations (not EU AI Act Annex III point 5(a)); chatbot transparency duties apply (Art 50). As public administration is a high-impact sector it is governed as high risk all the same: officer over the loop, impact assessment, logging.")]
[IntendedUse("Answer residents' general questions about ID cards, birth registration, business licences, parking permits, tax filing and change of address, in the resident's language, from the city's published FAQ",
    Users = ["Residents and visitors of Example City", "Citizen Service Centre officers"],
    OutOfScope =
    [
        "Deciding or predicting anyone's eligibility, entitlement or obligations",
        "Advice on individual legal, immigration or tax cases",
        "Emergencies",
        "Collecting personal data or identity numbers",
        "Topics other than the six FAQ procedures",
    ])]
[KnownLimitation("Keyword retrieval: questions that use none of an entry's keywords are escalated to an officer rather than answered, and a question that mentions two procedures gets the entry with more matching words",
    Mitigation = "Escalated questions are reviewed weekly and the keywords or entries they reveal are added to the FAQ")]
[KnownLimitation("Malay and Indonesian share most common words; a short question with no distinctive word can be answered in the other language",
    Mitigation = "Language identification accuracy is a release gate and every answer names its language; residents can ask again or ask for an officer")]
[KnownLimitation("The injection guard recognises common phrasings of 'ignore your instructions' in the seven languages; new phrasings can get past it",
    Mitigation = "The offline backend only returns FAQ text, so a missed injection cannot change what it says; the guard runs before either backend is asked")]
[KnownLimitation("The declared evaluation and red-teaming results were measured on the offline backend; the language-model backend has not been evaluated yet",
    Mitigation = "The language model is configured only on a test server; before it answers residents, the test set and a new red-team test are run on it and the results declared here")]
[KnownLimitation("The FAQ translations and test questions were written for this sample and have not been reviewed by native-speaking officials; the FAQ content is fictional",
    Mitigation = "Native-speaker review of every language and a new evaluation before any real use")]
[ImpactAssessment("CA-AIA-2026-007",
    Date = "2026-11-10",
    AssessedBy = "Example City Digital Services Office with the Data Protection Officer",
    Summary = "Risks: wrong or outdated information about procedures, unequal quality across languages, over-reliance, disclosure of personal data in questions, manipulation through prompt injection. Controls: answers only from the FAQ with the source shown, escalation of sensitive and unanswerable questions, per-language evaluation and fairness gate, redaction of personal numbers, injection guard, officer over the loop.")]
[HumanOversight(OversightMode.HumanOverTheLoop,
    Reviewer = "Duty officer of the Citizen Service Centre",
    CanOverride = true,
    CanStop = true,
    Justification = "The assistant decides nothing about anyone. The duty officer works the escalation queue, reviews a daily sample of answers, can replace any answer with their own, and can pause the assistant, after which every question goes to the queue.")]
[AccountableOwner("Director, Example City Digital Services Office", Contact = "digital-services@example.org", Role = "Service owner")]
[TrainedOn(Datasets.Faq)]
[Evaluation("accuracy", 0.984, Dataset = Datasets.TestSet, Threshold = 0.85)]
// Accuracy per supported language (AIC123): the test set's questions in each language.
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=vi", Threshold = 0.75, Language = "vi")]
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=id", Threshold = 0.75, Language = "id")]
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=th", Threshold = 0.75, Language = "th")]
[Evaluation("accuracy", 0.889, Dataset = Datasets.TestSet, Slice = "language=ms", Threshold = 0.75, Language = "ms")]
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=fil", Threshold = 0.75, Language = "fil")]
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=ja", Threshold = 0.75, Language = "ja")]
[Evaluation("accuracy", 1.0, Dataset = Datasets.TestSet, Slice = "language=en", Threshold = 0.75, Language = "en")]
[Evaluation("language_id_accuracy", 0.984, Dataset = Datasets.TestSet, Threshold = 0.9)]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Threshold = 0.05, Kind = EvaluationKind.RedTeaming)]
// One red-teaming result per supported language (AIC121): the injection prompts of the test set, by language.
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=vi", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "vi")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=id", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "id")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=th", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "th")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=ms", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "ms")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=fil", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "fil")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=ja", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "ja")]
[Evaluation("prompt_injection_success_rate", 0.0, Dataset = Datasets.TestSet, Slice = "language=en", Threshold = 0.05, Kind = EvaluationKind.RedTeaming, Language = "en")]
[FairnessAssessment("language",
    Metric = "accuracy_difference",
    Value = 0.111,
    Threshold = 0.15,
    Groups = ["vi", "id", "th", "ms", "fil", "ja", "en"],
    GroupValues = [1.0, 1.0, 1.0, 0.889, 1.0, 1.0, 1.0],
    Mitigation = "Per-language accuracy is a release gate; the weakest language's escalated questions are reviewed first and its keywords extended")]
[SecurityAssessment(SecurityTest.PromptInjection | SecurityTest.RedTeaming | SecurityTest.PrivacyAttack,
    Date = "2026-11-12",
    Reference = "SEC-CA-2026-03",
    Findings = "The guard refused every injection prompt of the test set (one per language); red-teaming found that instructions phrased as questions reach the backend, which can only return FAQ text; personal numbers are removed from logs and tickets. No open findings.",
    PerformedBy = "Example City Information Security team")]
[Explainability("Cited source",
    Description = "Every answer names the FAQ entry it comes from, with its link and update date; escalations and refusals say that a person will answer or why the request was refused.")]
// One notice per supported language (AIC122), the same text every answer in that language carries (Data/faq.json,
// checked by DeclarationCheck). The six translations have not yet been reviewed by native speakers.
[AiDisclosure(DisclosureNotice, Language = "en")]
[AiDisclosure(DisclosureNoticeVi, Language = "vi")]
[AiDisclosure(DisclosureNoticeId, Language = "id")]
[AiDisclosure(DisclosureNoticeTh, Language = "th")]
[AiDisclosure(DisclosureNoticeMs, Language = "ms")]
[AiDisclosure(DisclosureNoticeFil, Language = "fil")]
[AiDisclosure(DisclosureNoticeJa, Language = "ja")]
[ContentProvenance(ProvenanceMethod.VisibleLabel | ProvenanceMethod.Metadata, Standard = "IPTC Digital Source Type")]
[SupportedLanguages("vi", "id", "th", "ms", "fil", "ja", "en")]
[DecisionLogging("Every question (personal numbers removed), its detected language, the outcome (answered, escalated, refused), the FAQ entry used, the backend, the ticket of an escalation and every pause or resume by an officer",
    RetentionDays = InteractionLog.RetentionDays)]
[Monitoring("citizen-ai-incidents@example.org", DriftMonitoring = true, ReviewIntervalDays = 30)]
[DataResidency("JP")]
[ComputeFootprint(TrainingEnergyKWh = 0, Co2eKg = 0, Hardware = "None: no model is trained; the keyword index is built from the FAQ at start-up on the host's CPU", Region = "JP")]
public sealed class PublicServiceAssistant
{
    public const string ModelId = "citizen-assistant";
    public const string ModelVersion = "1.0.0";

    /// <summary>The AI disclosure in English, which every answer carries whatever its language; each answer also carries the notice in its own language.</summary>
    public const string DisclosureNotice =
        "You are chatting with Example City's AI assistant. Its answers are generated automatically from the city's published FAQ and may be incomplete or out of date; "
        + "check the linked source before you act. You can ask for a city officer at any time.";

    /// <summary>The AI disclosure in Vietnamese, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeVi = "Bạn đang trò chuyện với trợ lý AI của Thành phố Example. Câu trả lời được tạo tự động từ mục Hỏi đáp đã công bố của thành phố và có thể chưa đầy đủ hoặc đã cũ; hãy kiểm tra nguồn trước khi làm theo. Bạn có thể yêu cầu gặp cán bộ thành phố bất cứ lúc nào.";

    /// <summary>The AI disclosure in Indonesian, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeId = "Anda sedang berbicara dengan asisten AI Kota Example. Jawabannya dibuat otomatis dari FAQ resmi kota dan mungkin tidak lengkap atau sudah usang; periksa sumbernya sebelum bertindak. Anda dapat meminta petugas kota kapan saja.";

    /// <summary>The AI disclosure in Thai, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeTh = "คุณกำลังสนทนากับผู้ช่วย AI ของเมืองเอ็กแซมเพิล คำตอบสร้างขึ้นโดยอัตโนมัติจากคำถามที่พบบ่อยที่เมืองเผยแพร่ และอาจไม่ครบถ้วนหรือไม่เป็นปัจจุบัน โปรดตรวจสอบแหล่งที่มาก่อนดำเนินการ คุณขอคุยกับเจ้าหน้าที่ของเมืองได้ทุกเมื่อ";

    /// <summary>The AI disclosure in Malay, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeMs = "Anda sedang berbual dengan pembantu AI Bandar Example. Jawapannya dijana secara automatik daripada Soalan Lazim rasmi bandar dan mungkin tidak lengkap atau sudah lapuk; semak sumbernya sebelum bertindak. Anda boleh meminta untuk bercakap dengan pegawai bandar pada bila-bila masa.";

    /// <summary>The AI disclosure in Filipino, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeFil = "Nakikipag-usap ka sa AI assistant ng Example City. Awtomatikong ginagawa ang mga sagot mula sa opisyal na FAQ ng lungsod at maaaring kulang o luma na; suriin ang pinagmulan bago kumilos. Maaari kang humingi ng kawani ng lungsod anumang oras.";

    /// <summary>The AI disclosure in Japanese, as the FAQ's messages give it.</summary>
    public const string DisclosureNoticeJa = "これはExample市のAIアシスタントです。回答は市が公開しているFAQから自動的に作成されており、不完全または古い場合があります。手続きの前に出典をご確認ください。市の職員による対応はいつでも依頼できます。";

    /// <summary>The language model the assistant asks when an Ollama server is configured: the declared BaseModel.</summary>
    public const string LanguageModel = "qwen2.5:7b";

    /// <summary>What a backend replies when the FAQ does not answer the question.</summary>
    private const string EscalateReply = "ESCALATE";

    private const string SystemPrompt =
        "You are the citizen assistant of Example City. Answer only from the Example City FAQ, in the language of the question. "
        + "If the FAQ does not answer the question, reply with exactly " + EscalateReply + " and nothing else.";

    private const string GroundingPrompt = "The FAQ entry to answer from: ";

    // Keys of the provenance a backend returns in ChatResponse.AdditionalProperties.
    private const string SourceIdKey = "source.id";
    private const string SourceTitleKey = "source.title";
    private const string SourceUrlKey = "source.url";
    private const string SourceUpdatedKey = "source.updated";
    private const string DigitalSourceTypeKey = "digitalSourceType";

    // IPTC Digital Source Type terms. Answers from a language model are 'trainedAlgorithmicMedia'; the offline backend
    // trains nothing and assembles human-written FAQ text by rule, which the vocabulary calls 'algorithmicMedia'.
    private const string TrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
    private const string AlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia";

    private readonly IChatClient _chat;
    private readonly FaqKnowledgeBase _faq;
    private readonly OfficerQueue _officers;
    private readonly InteractionLog _log;
    private readonly TimeProvider _clock;

    /// <summary>Builds the assistant on any chat client, for example a hosted language model grounded on the FAQ.</summary>
    public PublicServiceAssistant(IChatClient chat, FaqKnowledgeBase faq, OfficerQueue officers, InteractionLog log, TimeProvider clock)
    {
        _chat = chat;
        _faq = faq;
        _officers = officers;
        _log = log;
        _clock = clock;
    }

    /// <summary>Whether an officer has paused the assistant; while paused, every question goes to the officer queue.</summary>
    public bool Paused { get; private set; }

    /// <summary>The assistant on its offline backend: keyword retrieval over the bundled FAQ, no network.</summary>
    public static PublicServiceAssistant CreateOffline(FaqKnowledgeBase faq, OfficerQueue officers, InteractionLog log, TimeProvider clock) =>
        new(new OfflineFaqChatClient(faq), faq, officers, log, clock);

    /// <summary>
    /// The assistant on <see cref="LanguageModel"/>, served by the city's Ollama server at <paramref name="ollamaServer"/>
    /// (questions never leave the city's network), grounded on the FAQ entry keyword retrieval finds for each question.
    /// </summary>
    public static PublicServiceAssistant CreateOnLanguageModel(Uri ollamaServer, FaqKnowledgeBase faq, OfficerQueue officers, InteractionLog log, TimeProvider clock) =>
        new(new OllamaApiClient(ollamaServer, LanguageModel), faq, officers, log, clock);

    /// <summary>An officer pauses the assistant ([HumanOversight] CanStop).</summary>
    public void Pause(string officer, string reason)
    {
        Paused = true;
        _log.Append(new Interaction(_clock.GetUtcNow(), "-", "paused", null, null, null, $"{officer}: {reason}", ""));
    }

    public void Resume(string officer)
    {
        Paused = false;
        _log.Append(new Interaction(_clock.GetUtcNow(), "-", "resumed", null, null, null, officer, ""));
    }

    public async Task<AssistantAnswer> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        var language = LanguageDetector.Detect(question);
        var messages = _faq.Messages[language];

        if (InjectionGuard.Detect(question) is { } injection)
        {
            Log(question, language, "refused", reason: $"instruction-like text '{injection}'");
            return new AssistantAnswer(
                AnswerKind.Refused, language, messages.Refused, Label(messages), messages.Disclosure, Provenance(language, null, AlgorithmicMedia, []));
        }

        if (Paused)
        {
            return Escalate(question, language, "assistant paused by an officer", messages.Paused, messages);
        }

        if (SensitiveTopics.Detect(question) is { } sensitive)
        {
            return Escalate(question, language, sensitive.Reason, sensitive.Urgent ? messages.Sensitive : messages.Personal, messages);
        }

        // A language model answers from the entry retrieval found, or, with none, replies ESCALATE as it is told; the
        // offline backend retrieves the same entry itself and ignores this message.
        var grounding = _faq.Search(question, language);
        ChatMessage[] conversation = grounding is null
            ? [new(ChatRole.System, SystemPrompt), new(ChatRole.User, question)]
            : [new(ChatRole.System, SystemPrompt), new(ChatRole.System, GroundingPrompt + grounding.Text.Title + "\n" + grounding.Text.Answer), new(ChatRole.User, question)];
        var response = await _chat.GetResponseAsync(conversation, new ChatOptions { Temperature = 0f }, cancellationToken).ConfigureAwait(false);
        var text = response.Text.Trim();
        if (text.Length == 0 || text == EscalateReply)
        {
            return Escalate(question, language, "no FAQ entry answers it", messages.Escalated, messages, response.ModelId);
        }

        // A backend that names no source (a language model) answered from the grounding entry.
        string? Property(string key) => response.AdditionalProperties?.TryGetValue(key, out var value) == true ? value?.ToString() : null;
        var topicId = Property(SourceIdKey) ?? grounding?.Topic.Id;
        var url = Property(SourceUrlKey) ?? grounding?.Topic.Url;
        var title = Property(SourceTitleKey) ?? grounding?.Text.Title;
        var updated = Property(SourceUpdatedKey) ?? grounding?.Topic.Updated;
        var source = url is null ? "" : $" · {messages.SourceLabel}: {title} <{url}> ({messages.UpdatedLabel} {updated})";
        var label = Label(messages) + source;
        var provenance = Provenance(language, response.ModelId, Property(DigitalSourceTypeKey) ?? TrainedAlgorithmicMedia, url is null ? [] : [url]);
        Log(question, language, "answered", topicId, response.ModelId);
        return new AssistantAnswer(AnswerKind.Answered, language, text, label, messages.Disclosure, provenance, topicId);
    }

    private AssistantAnswer Escalate(string question, string language, string reason, string template, AssistantMessages messages, string? backend = null)
    {
        var ticket = _officers.Open(language, reason, question);
        Log(question, language, "escalated", backend: backend, ticket: ticket.Id, reason: reason);
        return new AssistantAnswer(AnswerKind.Escalated, language, string.Format(template, ticket.Id), Label(messages), messages.Disclosure,
            Provenance(language, backend, AlgorithmicMedia, []), TicketId: ticket.Id);
    }

    private static string Label(AssistantMessages messages) => $"{messages.AiLabel} · {ModelId} {ModelVersion}";

    private AnswerProvenance Provenance(string language, string? backend, string digitalSourceType, IReadOnlyList<string> sources) =>
        new(AiGenerated: true, $"{ModelId}/{ModelVersion}", backend, digitalSourceType, language, sources, _clock.GetUtcNow());

    private void Log(string question, string language, string outcome, string? topic = null, string? backend = null, string? ticket = null, string? reason = null) =>
        _log.Append(new Interaction(_clock.GetUtcNow(), language, outcome, topic, backend, ticket, reason, question));

    /// <summary>
    /// The offline backend: an <see cref="IChatClient"/> that answers the last user message from the bundled FAQ, in the
    /// language it is written in, and replies ESCALATE when no entry matches well enough. It follows the same protocol
    /// as the system prompt asks of a language model, so the two are interchangeable.
    /// </summary>
    private sealed class OfflineFaqChatClient(FaqKnowledgeBase faq) : IChatClient
    {
        private const string BackendId = "offline-faq-retrieval/1.0";

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
            if (faq.Search(question, LanguageDetector.Detect(question)) is not { } match)
            {
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, EscalateReply))
                {
                    ModelId = BackendId,
                    FinishReason = ChatFinishReason.Stop,
                });
            }

            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, match.Text.Answer))
            {
                ModelId = BackendId,
                FinishReason = ChatFinishReason.Stop,
                AdditionalProperties = new()
                {
                    [SourceIdKey] = match.Topic.Id,
                    [SourceTitleKey] = match.Text.Title,
                    [SourceUrlKey] = match.Topic.Url,
                    [SourceUpdatedKey] = match.Topic.Updated,
                    [DigitalSourceTypeKey] = AlgorithmicMedia,
                },
            });
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            foreach (var update in response.ToChatResponseUpdates())
            {
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("example-city-faq", defaultModelId: BackendId)
            : serviceType.IsInstanceOfType(this) ? this
            : null;

        public void Dispose()
        {
        }
    }
}
