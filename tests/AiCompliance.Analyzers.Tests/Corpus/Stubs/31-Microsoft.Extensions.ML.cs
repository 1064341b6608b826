// assembly: Microsoft.Extensions.ML
namespace Microsoft.Extensions.ML
{
    public class PredictionEnginePool<TData, TPrediction> where TData : class where TPrediction : class, new()
    {
        public TPrediction Predict(TData example) => new();
        public TPrediction Predict(string modelName, TData example) => new();
    }
    public sealed class PredictionEnginePoolBuilder<TData, TPrediction> where TData : class where TPrediction : class, new()
    {
        public PredictionEnginePoolBuilder<TData, TPrediction> FromFile(string modelName, string filePath, bool watchForChanges = false) => this;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class PredictionEnginePoolServiceCollectionExtensions
    {
        public static Microsoft.Extensions.ML.PredictionEnginePoolBuilder<TData, TPrediction> AddPredictionEnginePool<TData, TPrediction>(this IServiceCollection services)
            where TData : class where TPrediction : class, new() => new();
    }
}
