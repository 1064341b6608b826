// assembly: AWSSDK.Core
namespace Amazon
{
    public sealed class RegionEndpoint
    {
        public static RegionEndpoint USEast1 => new();
        public static RegionEndpoint USWest2 => new();
        public static RegionEndpoint GetBySystemName(string name) => new();
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public sealed class BasicAWSCredentials(string accessKey, string secretKey) : AWSCredentials { }
    public abstract class ClientConfig { public string? ServiceURL { get; set; } public Amazon.RegionEndpoint? RegionEndpoint { get; set; } }
    public abstract class AmazonWebServiceResponse { public System.Net.HttpStatusCode HttpStatusCode { get; set; } }
    public abstract class AmazonWebServiceRequest { }
}
