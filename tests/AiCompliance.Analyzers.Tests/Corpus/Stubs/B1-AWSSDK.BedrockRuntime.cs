// assembly: AWSSDK.BedrockRuntime
namespace Amazon.BedrockRuntime
{
    public readonly record struct ConversationRole(string Value) { public static ConversationRole User => new("user"); public static ConversationRole Assistant => new("assistant"); }
    public sealed class AmazonBedrockRuntimeConfig : Amazon.Runtime.ClientConfig { }
    public interface IAmazonBedrockRuntime : System.IDisposable
    {
        System.Threading.Tasks.Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default);
    }
    public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() { }
        public AmazonBedrockRuntimeClient(Amazon.RegionEndpoint region) { }
        public AmazonBedrockRuntimeClient(Amazon.Runtime.AWSCredentials credentials, AmazonBedrockRuntimeConfig config) { }
        public virtual System.Threading.Tasks.Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public virtual System.Threading.Tasks.Task<Model.InvokeModelResponse> InvokeModelAsync(Model.InvokeModelRequest request, System.Threading.CancellationToken cancellationToken = default) => null!;
        public void Dispose() { }
    }
}

namespace Amazon.BedrockRuntime.Model
{
    public sealed class ContentBlock { public string? Text { get; set; } }
    public sealed class Message { public ConversationRole Role { get; set; } public System.Collections.Generic.List<ContentBlock> Content { get; set; } = []; }
    public sealed class SystemContentBlock { public string? Text { get; set; } }
    public sealed class InferenceConfiguration { public int? MaxTokens { get; set; } public float? Temperature { get; set; } public float? TopP { get; set; } }
    public sealed class ConverseRequest : Amazon.Runtime.AmazonWebServiceRequest
    {
        public string ModelId { get; set; } = "";
        public System.Collections.Generic.List<Message> Messages { get; set; } = [];
        public System.Collections.Generic.List<SystemContentBlock> System { get; set; } = [];
        public InferenceConfiguration? InferenceConfig { get; set; }
    }
    public sealed class ConverseOutput { public Message? Message { get; set; } }
    public sealed class TokenUsage { public int? InputTokens { get; set; } public int? OutputTokens { get; set; } }
    public sealed class ConverseResponse : Amazon.Runtime.AmazonWebServiceResponse { public ConverseOutput Output { get; set; } = new(); public TokenUsage Usage { get; set; } = new(); public string StopReason { get; set; } = ""; }
    public sealed class InvokeModelRequest : Amazon.Runtime.AmazonWebServiceRequest { public string ModelId { get; set; } = ""; public System.IO.MemoryStream Body { get; set; } = new(); public string ContentType { get; set; } = "application/json"; }
    public sealed class InvokeModelResponse : Amazon.Runtime.AmazonWebServiceResponse { public System.IO.MemoryStream Body { get; set; } = new(); }
}
