// assembly: Azure.Core
// Azure.Core and Azure.Identity surface the Azure AI clients take (credentials, responses); not an AI library.
namespace Azure
{
    public sealed class AzureKeyCredential(string key) { public string Key { get; } = key; }
    public class Response<T>
    {
        public T Value { get; init; } = default!;
        public static implicit operator T(Response<T> response) => response.Value;
    }
    public abstract class TokenCredentialBase { }
}

namespace Azure.Core
{
    public abstract class TokenCredential : Azure.TokenCredentialBase { }
}

namespace Azure.Identity
{
    public sealed class DefaultAzureCredential : Azure.Core.TokenCredential { }
}
