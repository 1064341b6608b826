using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiCompliance.CorpusGenerator;

/// <summary>What the AI components of a corpus look like.</summary>
public enum CorpusShape
{
    /// <summary>Every kind of AI component (OpenAI and Microsoft.Extensions.AI; complete, partial, invalid, undeclared, odd declarations): the analyzers' workout.</summary>
    Mixed,

    /// <summary>
    /// Issue 18's service project: 3% declared models and 2% undeclared helpers, all on Microsoft.Extensions.AI's
    /// <c>IChatClient</c> and <c>IEmbeddingGenerator</c> (compiles against the real Microsoft.Extensions.AI.Abstractions).
    /// </summary>
    Service,

    /// <summary>No AI component at all: the same service code without an AI reference.</summary>
    NoAi,

    /// <summary>
    /// The service project as an ASP.NET Core web API: the same sources, but its controllers derive from ASP.NET Core's
    /// <c>ControllerBase</c> and the project references the ASP.NET Core shared framework, so the rule that follows
    /// request data into prompts (AIC405) runs on every type, as it does in a user's web project.
    /// </summary>
    Web,
}

/// <summary>One source file of a corpus: its path relative to the project folder and its text.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>A generated corpus and what it contains.</summary>
public sealed record Corpus(
    int TypeCount,
    int Seed,
    IReadOnlyList<CorpusFile> Files,
    int AiComponents,
    int AnnotatedModels,
    int Datasets,
    int RiskAcceptances)
{
    public int Lines => Files.Sum(f => f.Text.Count(c => c == '\n'));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TypeCount} types in {Files.Count} files ({Lines} lines), {AiComponents} AI components ({AnnotatedModels} with [AiModel]), {Datasets} datasets, {RiskAcceptances} risk acceptances, seed {Seed}");
}

/// <summary>
/// Generates C# projects that look like real services: per feature a status enum, an entity, DTO records, mappings
/// (extension methods, switch expressions), a request and its validator, a service interface and a service (generics,
/// async, LINQ, pattern matching), a partial controller split over two files, and a generic cache or a report. Every
/// twentieth type is an AI component that calls OpenAI or Microsoft.Extensions.AI (chat, streaming, embeddings) with
/// complete, partial, invalid or no declarations. Deterministic: the same size and seed give the same files.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 20260115;

    /// <summary>One AI component per this many types (5%).</summary>
    public const int AiEvery = 20;

    private static readonly string[] Areas =
    [
        "Billing", "Orders", "Customers", "Inventory", "Shipping", "Payments", "Identity", "Reporting", "Catalog",
        "Support", "Claims", "Lending", "Enrollment", "Scheduling", "Notifications", "Documents", "Benefits", "Permits",
    ];

    private static readonly string[] Nouns =
    [
        "Invoice", "Order", "Customer", "Shipment", "Payment", "Account", "Ticket", "Claim", "Loan", "Application",
        "Appointment", "Permit", "Document", "Policy", "Refund", "Subscription", "Contract", "Case", "Message", "Report",
        "Product", "Supplier", "Warehouse", "Student", "Course", "Patient", "Referral", "Benefit", "Grant", "License",
    ];

    private static readonly string[] Roles = ["Summarizer", "Classifier", "Assistant", "Ranker", "Embedder", "Translator", "Triage", "Drafter"];

    private static readonly string[] Kinds = ["ModelKind.Generative", "ModelKind.Classifier", "ModelKind.Generative", "ModelKind.Ranking", "ModelKind.Embedding", "ModelKind.Generative", "ModelKind.Classifier", "ModelKind.Agent"];

    private const int PlatformTypes = 16;
    private const int FeatureKinds = 10;

    /// <summary>Generates a corpus of exactly <paramref name="typeCount"/> named types (at least the 16 platform types).</summary>
    public static Corpus Generate(int typeCount, int seed = DefaultSeed, CorpusShape shape = CorpusShape.Mixed)
    {
        if (typeCount < PlatformTypes + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(typeCount), "A corpus has at least 17 types.");
        }

        var random = new Random(seed);
        var files = new List<CorpusFile>();
        files.AddRange(Platform(shape));
        var emitted = PlatformTypes;
        var nextAi = shape == CorpusShape.NoAi ? int.MaxValue : AiEvery - 1;
        var ai = 0;
        var annotated = 0;
        var feature = 0;
        Feature? complete = null;
        var models = new List<string>();
        var datasetIds = new List<string>();
        var datasetLines = new List<string>();

        while (emitted < typeCount)
        {
            var area = Areas[feature % Areas.Length];
            var noun = Nouns[(feature / Areas.Length) % Nouns.Length];
            var current = new Feature(area, noun + feature.ToString(CultureInfo.InvariantCulture));
            for (var kind = 0; kind < FeatureKinds && emitted < typeCount; kind++)
            {
                if (emitted >= nextAi && complete is not null)
                {
                    if (datasetIds.Count == 0 || datasetIds.Count * 5 < ai)
                    {
                        var id = Invariant($"{complete.Area.ToLowerInvariant()}-{complete.Name.ToLowerInvariant()}-records");
                        datasetIds.Add(id);
                        datasetLines.Add(Declarations.Dataset(id, complete.Area + " " + complete.Name, random));
                    }

                    var (aiFiles, modelId) = AiComponent(complete, ai, datasetIds, random, shape);
                    files.AddRange(aiFiles);
                    if (modelId is not null)
                    {
                        models.Add(modelId);
                        annotated++;
                    }

                    ai++;
                    emitted++;
                    nextAi += AiEvery;
                    kind--;
                    continue;
                }

                files.AddRange(Ordinary(current, kind, random));
                emitted++;
                if (kind == 3)
                {
                    // The DTO and its mappings exist from here on: AI components can use this feature.
                    complete = current;
                }
            }

            feature++;
        }

        var assembly = new StringBuilder();
        assembly.AppendLine("using AiCompliance;");
        assembly.AppendLine();
        foreach (var line in datasetLines)
        {
            assembly.AppendLine(line);
        }

        var acceptances = 0;
        for (var i = 0; i < models.Count; i += 25)
        {
            assembly.AppendLine(Declarations.RiskAcceptance(models[i], ++acceptances, random));
        }

        files.Add(new CorpusFile("Properties/Governance.cs", assembly.ToString()));
        return new Corpus(typeCount, seed, files, ai, annotated, datasetLines.Count, acceptances);
    }

    private sealed record Feature(string Area, string Name)
    {
        public string Namespace => "Contoso." + Area;

        public string Folder => Area + "/" + Name;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Contoso.Platform;
        """;

    private static CorpusFile File(Feature feature, string type, string body, string extraUsings = "") =>
        new(feature.Folder + "/" + type + ".cs", Usings + "\n" + extraUsings + "\nnamespace " + feature.Namespace + ";\n\n" + body);

    private static IEnumerable<CorpusFile> Ordinary(Feature f, int kind, Random random)
    {
        var n = f.Name;
        switch (kind)
        {
            case 0:
                yield return File(f, n + "Status", $$"""
                    public enum {{n}}Status
                    {
                        Draft,
                        Active,
                        Suspended,
                        Closed,
                        Cancelled,
                    }
                    """);
                break;
            case 1:
                yield return File(f, n + "Entity", $$"""
                    public sealed class {{n}}Entity : EntityBase
                    {
                        public {{n}}Entity(string name, decimal amount)
                        {
                            Name = name;
                            Amount = amount;
                        }

                        public string Name { get; private set; }

                        public decimal Amount { get; private set; }

                        public string Owner { get; set; } = "";

                        public {{n}}Status Status { get; private set; } = {{n}}Status.Draft;

                        public List<string> Tags { get; set; } = new();

                        public string? ClosedReason { get; private set; }

                        public void Activate(DateTimeOffset at)
                        {
                            if (Status != {{n}}Status.Draft)
                            {
                                throw new InvalidOperationException($"Cannot activate a {Status} {{n}}.");
                            }

                            Status = {{n}}Status.Active;
                            UpdatedAt = at;
                            Version++;
                        }

                        public void Close(string reason, DateTimeOffset at)
                        {
                            ArgumentException.ThrowIfNullOrWhiteSpace(reason);
                            Status = Amount > {{random.Next(0, 100)}}m ? {{n}}Status.Closed : {{n}}Status.Cancelled;
                            ClosedReason = reason;
                            UpdatedAt = at;
                            Version++;
                        }

                        public void Rename(string name)
                        {
                            Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("The name is empty.", nameof(name)) : name.Trim();
                            UpdatedAt = DateTimeOffset.UtcNow;
                        }
                    }
                    """);
                break;
            case 2:
                yield return File(f, n + "Dto", $$"""
                    public sealed record {{n}}Dto(Guid Id, string Name, decimal Amount, {{n}}Status Status, string Owner, IReadOnlyList<string> Tags, DateTimeOffset CreatedAt)
                    {
                        public bool IsOpen => Status is {{n}}Status.Draft or {{n}}Status.Active;

                        public string Key => $"{Owner}/{Name}".ToUpperInvariant();
                    }
                    """);
                break;
            case 3:
                yield return File(f, n + "Mappings", $$"""
                    public static class {{n}}Mappings
                    {
                        public static {{n}}Dto ToDto(this {{n}}Entity entity) =>
                            new(entity.Id, entity.Name, entity.Amount, entity.Status, entity.Owner, entity.Tags.AsReadOnly(), entity.CreatedAt);

                        public static IEnumerable<{{n}}Dto> ToDtos(this IEnumerable<{{n}}Entity> entities) => entities.Select(ToDto);

                        public static string Describe(this {{n}}Dto dto) => dto.Status switch
                        {
                            {{n}}Status.Draft => $"{dto.Name} (draft)",
                            {{n}}Status.Active => $"{dto.Name}: {dto.Amount:0.00} for {dto.Owner}",
                            {{n}}Status.Suspended when dto.Tags.Count > 0 => $"{dto.Name} suspended [{string.Join(", ", dto.Tags)}]",
                            _ => $"{dto.Name} [{dto.Status}]",
                        };

                        public static ILookup<string, {{n}}Dto> ByOwner(this IEnumerable<{{n}}Dto> items) =>
                            items.Where(i => !string.IsNullOrEmpty(i.Owner)).ToLookup(i => i.Owner, StringComparer.OrdinalIgnoreCase);
                    }
                    """);
                break;
            case 4:
                yield return File(f, "Create" + n + "Request", $$"""
                    public sealed record Create{{n}}Request
                    {
                        public required string Name { get; init; }

                        public decimal Amount { get; init; }

                        public string? Owner { get; init; }

                        public IEnumerable<string>? Tags { get; init; }
                    }
                    """);
                break;
            case 5:
                var max = 40 + random.Next(200);
                var limit = 1000 * (1 + random.Next(100));
                yield return File(f, n + "Validator", $$"""
                    public sealed class {{n}}Validator : IValidator<Create{{n}}Request>
                    {
                        private const int MaxNameLength = {{max}};

                        private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "admin", "system", "root", "{{n.ToLowerInvariant()}}" };

                        public IReadOnlyList<ValidationError> Validate(Create{{n}}Request value)
                        {
                            var errors = new List<ValidationError>();
                            if (string.IsNullOrWhiteSpace(value.Name))
                            {
                                errors.Add(new(nameof(value.Name), "The name is required."));
                            }
                            else if (value.Name.Length > MaxNameLength)
                            {
                                errors.Add(new(nameof(value.Name), $"The name is longer than {MaxNameLength} characters."));
                            }
                            else if (Reserved.Contains(value.Name))
                            {
                                errors.Add(new(nameof(value.Name), $"'{value.Name}' is reserved."));
                            }

                            if (value.Amount is < 0 or > {{limit}}m)
                            {
                                errors.Add(new(nameof(value.Amount), "The amount is out of range."));
                            }

                            if (value.Tags?.Any(t => t.Length == 0 || t.Any(char.IsWhiteSpace)) == true)
                            {
                                errors.Add(new(nameof(value.Tags), "Tags are single words."));
                            }

                            return errors;
                        }
                    }
                    """);
                break;
            case 6:
                yield return File(f, "I" + n + "Service", $$"""
                    public interface I{{n}}Service
                    {
                        Task<Result<{{n}}Dto>> CreateAsync(Create{{n}}Request request, CancellationToken cancellationToken = default);

                        Task<PagedResult<{{n}}Dto>> SearchAsync(string? text, {{n}}Status? status, int page, int pageSize, CancellationToken cancellationToken = default);

                        Task<IReadOnlyDictionary<{{n}}Status, decimal>> TotalsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

                        Task<bool> CloseAsync(Guid id, string reason, CancellationToken cancellationToken = default);
                    }
                    """);
                break;
            case 7:
                yield return File(f, n + "Service", $$"""
                    public sealed class {{n}}Service : I{{n}}Service
                    {
                        private readonly IRepository<{{n}}Entity, Guid> _repository;
                        private readonly IValidator<Create{{n}}Request> _validator;
                        private readonly IClock _clock;
                        private readonly IAppLogger<{{n}}Service> _logger;

                        public {{n}}Service(IRepository<{{n}}Entity, Guid> repository, IValidator<Create{{n}}Request> validator, IClock clock, IAppLogger<{{n}}Service> logger)
                        {
                            _repository = repository;
                            _validator = validator;
                            _clock = clock;
                            _logger = logger;
                        }

                        public async Task<Result<{{n}}Dto>> CreateAsync(Create{{n}}Request request, CancellationToken cancellationToken = default)
                        {
                            var errors = _validator.Validate(request);
                            if (errors.Count > 0)
                            {
                                _logger.Warn($"Rejected {request.Name}: {string.Join(", ", errors.Select(e => e.Message))}");
                                return Result<{{n}}Dto>.Fail(errors[0].Message);
                            }

                            var entity = new {{n}}Entity(request.Name, request.Amount)
                            {
                                Owner = request.Owner?.Trim() ?? "unknown",
                                Tags = request.Tags?.Select(t => t.ToLowerInvariant()).Distinct().ToList() ?? new List<string>(),
                            };
                            await _repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                            _logger.Info($"Created {nameof({{n}}Entity)} {entity.Id} at {_clock.UtcNow:O}");
                            return Result<{{n}}Dto>.Ok(entity.ToDto());
                        }

                        public async Task<PagedResult<{{n}}Dto>> SearchAsync(string? text, {{n}}Status? status, int page, int pageSize, CancellationToken cancellationToken = default)
                        {
                            var items = await _repository.ListAsync(
                                e => (status is null || e.Status == status) && (string.IsNullOrEmpty(text) || e.Name.Contains(text, StringComparison.OrdinalIgnoreCase)),
                                cancellationToken).ConfigureAwait(false);
                            var ordered = items.OrderByDescending(e => e.UpdatedAt ?? e.CreatedAt).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
                            var slice = ordered.Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize).Select(e => e.ToDto()).ToList();
                            return new PagedResult<{{n}}Dto>(slice, page, pageSize, ordered.Count);
                        }

                        public async Task<IReadOnlyDictionary<{{n}}Status, decimal>> TotalsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
                        {
                            var items = await _repository.ListAsync(e => e.CreatedAt >= since, cancellationToken).ConfigureAwait(false);
                            return items.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
                        }

                        public async Task<bool> CloseAsync(Guid id, string reason, CancellationToken cancellationToken = default)
                        {
                            var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
                            switch (entity)
                            {
                                case null:
                                    return false;
                                case { Status: {{n}}Status.Closed or {{n}}Status.Cancelled }:
                                    _logger.Info($"{id} is already {entity.Status}.");
                                    return true;
                                default:
                                    entity.Close(reason, _clock.UtcNow);
                                    return true;
                            }
                        }
                    }
                    """);
                break;
            case 8:
                var route = f.Area.ToLowerInvariant() + "/" + n.ToLowerInvariant();
                yield return File(f, n + "Controller", $$"""
                    [Route("api/{{route}}")]
                    public sealed partial class {{n}}Controller : ApiController
                    {
                        private readonly I{{n}}Service _service;

                        public {{n}}Controller(I{{n}}Service service) => _service = service;

                        [HttpGet]
                        public async Task<ActionResult<PagedResult<{{n}}Dto>>> Search(string? q, {{n}}Status? status, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
                        {
                            if (!IsValidPage(page, pageSize))
                            {
                                return BadRequest<PagedResult<{{n}}Dto>>(new[] { new ValidationError(nameof(page), "Out of range.") });
                            }

                            return Ok(await _service.SearchAsync(q, status, page, pageSize, cancellationToken));
                        }

                        [HttpPost]
                        public async Task<ActionResult<{{n}}Dto>> Create(Create{{n}}Request request, CancellationToken cancellationToken = default)
                        {
                            var result = await _service.CreateAsync(request, cancellationToken);
                            return result.IsSuccess && result.Value is { } dto
                                ? Ok(dto)
                                : BadRequest<{{n}}Dto>(new[] { new ValidationError("", result.Error ?? "Unknown error.") });
                        }
                    }
                    """);
                yield return File(f, n + "Controller.Routes", $$"""
                    public sealed partial class {{n}}Controller
                    {
                        private const int MaxPageSize = {{50 * (1 + random.Next(8))}};

                        private static bool IsValidPage(int page, int pageSize) => page >= 1 && pageSize is > 0 and <= MaxPageSize;

                        [HttpGet("totals")]
                        public async Task<ActionResult<IReadOnlyDictionary<{{n}}Status, decimal>>> Totals(int days = 30, CancellationToken cancellationToken = default) =>
                            Ok(await _service.TotalsAsync(DateTimeOffset.UtcNow.AddDays(-Math.Clamp(days, 1, 365)), cancellationToken));

                        [HttpDelete("{id}")]
                        public async Task<ActionResult<bool>> Close(Guid id, string reason, CancellationToken cancellationToken = default) =>
                            await _service.CloseAsync(id, reason, cancellationToken) ? Ok(true) : NotFound<bool>();
                    }
                    """);
                break;
            default:
                if (random.Next(2) == 0)
                {
                    yield return File(f, n + "Cache", $$"""
                        public sealed class {{n}}Cache<TKey>
                            where TKey : notnull, IComparable<TKey>
                        {
                            private readonly Dictionary<TKey, ({{n}}Dto Value, DateTimeOffset Expires)> _entries = new();
                            private readonly TimeSpan _ttl;
                            private readonly object _gate = new();

                            public {{n}}Cache(TimeSpan ttl) => _ttl = ttl;

                            public bool TryGet(TKey key, DateTimeOffset now, out {{n}}Dto? value)
                            {
                                lock (_gate)
                                {
                                    if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
                                    {
                                        value = entry.Value;
                                        return true;
                                    }
                                }

                                value = null;
                                return false;
                            }

                            public void Set(TKey key, {{n}}Dto value, DateTimeOffset now)
                            {
                                lock (_gate)
                                {
                                    _entries[key] = (value, now + _ttl);
                                }
                            }

                            public int Evict(DateTimeOffset now)
                            {
                                lock (_gate)
                                {
                                    var expired = _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).OrderBy(k => k).ToList();
                                    expired.ForEach(k => _entries.Remove(k));
                                    return expired.Count;
                                }
                            }

                            public IReadOnlyList<TResult> Project<TResult>(Func<{{n}}Dto, TResult> selector)
                            {
                                lock (_gate)
                                {
                                    return _entries.Values.Select(e => selector(e.Value)).ToList();
                                }
                            }
                        }
                        """);
                }
                else
                {
                    yield return File(f, n + "Report", $$"""
                        public static class {{n}}Report
                        {
                            public static IEnumerable<(string Owner, int Count, decimal Total, decimal Average)> ByOwner(IEnumerable<{{n}}Dto> items, decimal minimum = {{random.Next(0, 50)}}m)
                            {
                                foreach (var group in items.Where(i => i.Amount >= minimum).GroupBy(i => i.Owner).OrderBy(g => g.Key, StringComparer.Ordinal))
                                {
                                    var total = group.Sum(i => i.Amount);
                                    yield return (group.Key, group.Count(), total, Round(total / Math.Max(1, group.Count())));
                                }

                                static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.ToEven);
                            }

                            public static (int Open, int Closed, decimal Share) Summary(IReadOnlyCollection<{{n}}Dto> items)
                            {
                                var open = items.Count(i => i.IsOpen);
                                var closed = items.Count - open;
                                return (open, closed, items.Count == 0 ? 0m : (decimal)open / items.Count);
                            }
                        }
                        """);
                }

                break;
        }
    }

    /// <summary>An AI component of a feature, in one file or split into a declarations part and a code part.</summary>
    private static (IEnumerable<CorpusFile> Files, string? ModelId) AiComponent(Feature f, int index, IReadOnlyList<string> datasetIds, Random random, CorpusShape shape)
    {
        var role = Roles[index % Roles.Length];
        var type = f.Name + role;
        var roll = random.Next(100);
        var style = shape is CorpusShape.Service or CorpusShape.Web
            ? (roll < 60 ? DeclarationStyle.Complete : DeclarationStyle.Unannotated)
            : roll switch
            {
                < 35 => DeclarationStyle.Complete,
                < 60 => DeclarationStyle.Partial,
                < 75 => DeclarationStyle.Invalid,
                < 95 => DeclarationStyle.Unannotated,
                _ => DeclarationStyle.Odd,
            };
        var modelId = Invariant($"{f.Area.ToLowerInvariant()}-{f.Name.ToLowerInvariant()}-{role.ToLowerInvariant()}");
        var display = f.Area + " " + role.ToLowerInvariant();
        var attributes = Declarations.For(modelId, display, Kinds[index % Kinds.Length], style, datasetIds, random);
        // The service and web shapes keep to the Microsoft.Extensions.AI shapes (0, 2, 4): IChatClient and IEmbeddingGenerator.
        var (code, usings) = AiCode(f, type, shape is CorpusShape.Service or CorpusShape.Web ? 2 * (index % 3) : index % 5);
        var declares = attributes.Any(a => a.StartsWith("[AiModel(", StringComparison.Ordinal));
        var files = new List<CorpusFile>();
        if (attributes.Count > 0 && random.Next(3) == 0)
        {
            // Declarations in one part, code in the other, as teams keep them.
            files.Add(File(f, type + ".Governance", string.Join("\n", attributes) + "\npublic sealed partial class " + type + "\n{\n}\n", "using AiCompliance;\n"));
            files.Add(File(f, type, "public sealed partial class " + type + "\n" + code, usings));
        }
        else
        {
            var header = attributes.Count == 0 ? "" : string.Join("\n", attributes) + "\n";
            files.Add(File(f, type, header + "public sealed class " + type + "\n" + code, (attributes.Count == 0 ? "" : "using AiCompliance;\n") + usings));
        }

        return (files, declares && style != DeclarationStyle.Odd ? modelId : null);
    }

    private static (string Code, string Usings) AiCode(Feature f, string type, int shape)
    {
        var n = f.Name;
        switch (shape)
        {
            case 0:
                return ($$"""
                    {
                        private const string Instructions = "Summarize the {{n.ToLowerInvariant()}} for a case worker in three sentences. Do not invent facts.";
                        private readonly IChatClient _chat;
                        private readonly IAppLogger<{{type}}> _logger;

                        public {{type}}(IChatClient chat, IAppLogger<{{type}}> logger)
                        {
                            _chat = chat;
                            _logger = logger;
                        }

                        public async Task<string> SummarizeAsync({{n}}Dto item, CancellationToken cancellationToken = default)
                        {
                            List<ChatMessage> messages =
                            [
                                new(ChatRole.System, Instructions),
                                new(ChatRole.User, $"{item.Name}; amount {item.Amount}; status {item.Status}; tags {string.Join(", ", item.Tags)}"),
                            ];
                            var response = await _chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 300 }, cancellationToken);
                            if (response.FinishReason == ChatFinishReason.Length)
                            {
                                _logger.Warn($"The summary of {item.Id} was cut off.");
                            }

                            return response.Text.Trim();
                        }

                        public async IAsyncEnumerable<string> StreamAsync(IEnumerable<{{n}}Dto> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
                        {
                            var prompt = string.Join('\n', items.Where(i => i.IsOpen).Select(i => i.Describe()));
                            await foreach (var update in _chat.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, prompt)], cancellationToken: cancellationToken))
                            {
                                if (!string.IsNullOrEmpty(update.Text))
                                {
                                    yield return update.Text;
                                }
                            }
                        }
                    }
                    """, "using System.Runtime.CompilerServices;\nusing Microsoft.Extensions.AI;\n");
            case 1:
                return ($$"""
                    {
                        private static readonly string[] Labels = ["routine", "urgent", "fraud", "other"];
                        private readonly ChatClient _client;

                        public {{type}}(string apiKey) => _client = new ChatClient("gpt-4o-mini", apiKey);

                        public async Task<(string Label, int Tokens)> ClassifyAsync({{n}}Dto item, CancellationToken cancellationToken = default)
                        {
                            ChatMessage[] messages =
                            [
                                ChatMessage.CreateSystemMessage($"Answer with one of: {string.Join(", ", Labels)}."),
                                new UserChatMessage(item.Describe()),
                            ];
                            ClientResult<ChatCompletion> result = await _client.CompleteChatAsync(messages, new ChatCompletionOptions { Temperature = 0f, MaxOutputTokenCount = 5 }, cancellationToken);
                            var completion = result.Value;
                            var text = completion.Content.Count > 0 ? completion.Content[0].Text.Trim().ToLowerInvariant() : "";
                            var label = Labels.FirstOrDefault(l => text.StartsWith(l, StringComparison.Ordinal)) ?? "other";
                            return (label, completion.Usage.TotalTokenCount);
                        }
                    }
                    """, "using System.ClientModel;\nusing OpenAI.Chat;\n");
            case 2:
                return ($$"""
                    {
                        private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;

                        public {{type}}(IEmbeddingGenerator<string, Embedding<float>> embedder) => _embedder = embedder;

                        public async Task<IReadOnlyList<({{n}}Dto Item, double Score)>> RankAsync(string query, IReadOnlyList<{{n}}Dto> items, int top = 5, CancellationToken cancellationToken = default)
                        {
                            var queryVector = await _embedder.GenerateVectorAsync(query, cancellationToken: cancellationToken);
                            var embeddings = await _embedder.GenerateAsync(items.Select(i => i.Describe()), cancellationToken: cancellationToken);
                            return items
                                .Zip(embeddings, (item, embedding) => (Item: item, Score: Cosine(queryVector.Span, embedding.Vector.Span)))
                                .OrderByDescending(p => p.Score)
                                .Take(top)
                                .ToList();
                        }

                        private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
                        {
                            double dot = 0, left = 0, right = 0;
                            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
                            {
                                dot += a[i] * b[i];
                                left += a[i] * a[i];
                                right += b[i] * b[i];
                            }

                            return left == 0 || right == 0 ? 0 : dot / (Math.Sqrt(left) * Math.Sqrt(right));
                        }
                    }
                    """, "using Microsoft.Extensions.AI;\n");
            case 3:
                return ($$"""
                    {
                        private readonly EmbeddingClient _embeddings;

                        public {{type}}(OpenAIClient client) => _embeddings = client.GetEmbeddingClient("text-embedding-3-small");

                        public async Task<float[]> EmbedAsync({{n}}Dto item, CancellationToken cancellationToken = default)
                        {
                            var result = await _embeddings.GenerateEmbeddingAsync(item.Describe(), new EmbeddingGenerationOptions { Dimensions = 256 }, cancellationToken);
                            return result.Value.ToFloats().ToArray();
                        }

                        public async Task<IReadOnlyDictionary<Guid, float[]>> EmbedAllAsync(IEnumerable<{{n}}Dto> items, CancellationToken cancellationToken = default)
                        {
                            var list = items.Where(i => i.IsOpen).ToList();
                            var result = await _embeddings.GenerateEmbeddingsAsync(list.Select(i => i.Describe()), cancellationToken: cancellationToken);
                            return result.Value.ToDictionary(e => list[e.Index].Id, e => e.ToFloats().ToArray());
                        }
                    }
                    """, "using OpenAI;\nusing OpenAI.Embeddings;\n");
            default:
                return ($$"""
                    {
                        private readonly IChatClient _chat;
                        private readonly IClock _clock;

                        public {{type}}(IChatClient chat, IClock clock)
                        {
                            _chat = chat;
                            _clock = clock;
                        }

                        public async Task<Result<string>> DraftReplyAsync({{n}}Dto item, string question, CancellationToken cancellationToken = default)
                        {
                            if (string.IsNullOrWhiteSpace(question))
                            {
                                return Result<string>.Fail("The question is empty.");
                            }

                            var response = await _chat.GetResponseAsync($"Draft a reply about {item.Describe()} to: {question}", new ChatOptions { ResponseFormat = ChatResponseFormat.Text }, cancellationToken);
                            var tokens = response.Usage?.TotalTokenCount ?? 0;
                            return tokens > 4000
                                ? Result<string>.Fail($"Too long ({tokens} tokens) at {_clock.UtcNow:t}.")
                                : Result<string>.Ok(response.Text);
                        }
                    }
                    """, "using Microsoft.Extensions.AI;\n");
        }
    }

    private static IEnumerable<CorpusFile> Platform(CorpusShape shape)
    {
        const string header = """
            using System;
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Contoso.Platform;

            """;
        yield return new CorpusFile("Platform/Persistence.cs", header + """
            public abstract class EntityBase
            {
                public Guid Id { get; init; } = Guid.NewGuid();

                public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

                public DateTimeOffset? UpdatedAt { get; set; }

                public int Version { get; set; }
            }

            public interface IRepository<TEntity, TKey>
                where TEntity : EntityBase
                where TKey : notnull
            {
                Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);

                Task<IReadOnlyList<TEntity>> ListAsync(Func<TEntity, bool> predicate, CancellationToken cancellationToken = default);

                Task AddAsync(TEntity entity, CancellationToken cancellationToken = default);

                Task<bool> RemoveAsync(TKey id, CancellationToken cancellationToken = default);
            }

            public class InMemoryRepository<TEntity> : IRepository<TEntity, Guid>
                where TEntity : EntityBase
            {
                private readonly ConcurrentDictionary<Guid, TEntity> _items = new();

                public Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
                    Task.FromResult(_items.TryGetValue(id, out var item) ? item : null);

                public Task<IReadOnlyList<TEntity>> ListAsync(Func<TEntity, bool> predicate, CancellationToken cancellationToken = default) =>
                    Task.FromResult<IReadOnlyList<TEntity>>(_items.Values.Where(predicate).OrderBy(e => e.CreatedAt).ToList());

                public Task AddAsync(TEntity entity, CancellationToken cancellationToken = default)
                {
                    _items[entity.Id] = entity;
                    return Task.CompletedTask;
                }

                public Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(_items.TryRemove(id, out _));
            }

            public readonly record struct Result<T>(T? Value, string? Error)
            {
                public bool IsSuccess => Error is null;

                public static Result<T> Ok(T value) => new(value, null);

                public static Result<T> Fail(string error) => new(default, error);
            }

            public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
            {
                public int Pages => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
            }
            """);
        yield return new CorpusFile("Platform/Validation.cs", header + """
            public sealed record ValidationError(string Property, string Message);

            public interface IValidator<in T>
            {
                IReadOnlyList<ValidationError> Validate(T value);
            }
            """);
        yield return new CorpusFile("Platform/Services.cs", header + """
            public interface IClock
            {
                DateTimeOffset UtcNow { get; }
            }

            public sealed class SystemClock : IClock
            {
                public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
            }

            public interface IAppLogger<T>
            {
                void Info(string message);

                void Warn(string message, Exception? exception = null);
            }
            """);
        // The web shape's controllers are ASP.NET Core controllers (their actions' parameters are request data); the
        // others derive from nothing, so that the project needs no ASP.NET Core reference.
        var controllerBase = shape == CorpusShape.Web
            ? "[Microsoft.AspNetCore.Mvc.ApiController]\npublic abstract class ApiController : Microsoft.AspNetCore.Mvc.ControllerBase"
            : "public abstract class ApiController";
        yield return new CorpusFile("Platform/Web.cs", header + $$"""
            [AttributeUsage(AttributeTargets.Class)]
            public sealed class RouteAttribute(string template) : Attribute
            {
                public string Template { get; } = template;
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HttpGetAttribute(string? template = null) : Attribute
            {
                public string? Template { get; } = template;
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HttpPostAttribute(string? template = null) : Attribute
            {
                public string? Template { get; } = template;
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HttpDeleteAttribute(string? template = null) : Attribute
            {
                public string? Template { get; } = template;
            }

            public sealed record ActionResult<T>(int StatusCode, T? Value, IReadOnlyList<ValidationError>? Errors = null);

            {{controllerBase}}
            {
                protected static ActionResult<T> Ok<T>(T value) => new(200, value);

                protected static ActionResult<T> NotFound<T>() => new(404, default);

                protected static ActionResult<T> BadRequest<T>(IReadOnlyList<ValidationError> errors) => new(400, default, errors);
            }
            """);
    }
}
